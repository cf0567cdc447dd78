/// Draws an employee's mode, schedule and remote-work eligibility, given where they live and work.
enum EmployeeTraits {
  /// A complete employee of `site` living at `home`.
  static func draw(
    id: String, site: SyntheticSite, homeZone: Int, home: GeoPoint, sector: CompanySector,
    random: inout SyntheticRandom
  ) -> SyntheticEmployee {
    let distance = home.distance(to: site.location)
    let eligible = random.bernoulli(sector.teleworkEligibleShare)
    let mode = self.mode(distance: distance, teleworkEligible: eligible, random: &random)
    let days = daysOnSite(mode: mode, teleworkEligible: eligible, random: &random)
    let arrival = self.arrival(sector: sector, random: &random)
    let departure = self.departure(arrival: arrival, random: &random)
    return SyntheticEmployee(
      id: id, site: site.id, homeZone: homeZone, home: home, mode: mode, arrival: arrival,
      departure: departure, daysOnSite: days, teleworkEligible: eligible)
  }

  /// Mostly the car; walking and cycling only over short distances; telework only when eligible.
  static func mode(distance: Double, teleworkEligible: Bool, random: inout SyntheticRandom)
    -> CommuteMode
  {
    if teleworkEligible, random.bernoulli(0.2) { return .telework }
    let walk = distance < 1 ? 0.5 : distance < 2 ? 0.3 : distance < 3.5 ? 0.12 : 0
    let bike = distance < 3.5 ? 0.08 : distance < 8 ? 0.05 : 0
    var weights: [(CommuteMode, Double)] = [
      (.walk, walk), (.bike, bike), (.bus, 0.07), (.motorbike, 0.04), (.other, 0.025),
      (.carPassenger, 0.11),
    ]
    weights.append((.carSolo, max(0, 1 - weights.reduce(0) { $0 + $1.1 })))
    return random.pick(weights) ?? .carSolo
  }

  /// Mostly four or five days; teleworkers come in zero or one day, eligible staff a little less.
  static func daysOnSite(mode: CommuteMode, teleworkEligible: Bool, random: inout SyntheticRandom)
    -> Int
  {
    let weights: [(Int, Double)]
    if mode == .telework {
      weights = [(0, 0.6), (1, 0.4)]
    } else if teleworkEligible {
      weights = [(5, 0.40), (4, 0.32), (3, 0.20), (2, 0.08)]
    } else {
      weights = [(5, 0.64), (4, 0.14), (6, 0.11), (3, 0.05), (7, 0.02), (2, 0.02), (1, 0.02)]
    }
    return random.pick(weights) ?? 5
  }

  /// Bimodal: a 7:30 peak and an 8:30 peak, shifted by sector, 6:00–10:00, on a 5-minute grid.
  static func arrival(sector: CompanySector, random: inout SyntheticRandom) -> Int {
    let peak = random.bernoulli(0.6) ? 450.0 : 510.0
    let minutes = random.normal(mean: peak + sector.arrivalShiftMinutes, standardDeviation: 15)
    return fiveMinuteGrid(min(600, max(360, minutes)))
  }

  /// About 8 h 45 min after arrival (lunch included), 4–11 h, on a 5-minute grid, before midnight.
  static func departure(arrival: Int, random: inout SyntheticRandom) -> Int {
    let duration = min(660, max(240, random.normal(mean: 525, standardDeviation: 35)))
    return min(1435, fiveMinuteGrid(Double(arrival) + duration))
  }

  private static func fiveMinuteGrid(_ minutes: Double) -> Int {
    Int((minutes / 5).rounded()) * 5
  }
}
