import Foundation

/// Draws the companies of a data set: sectors, skewed sizes, one to three sites each, site
/// communes in proportion to jobs (`P22_EMPLT`), site locations and names.
struct CompanyPlanner {
  let communes: Communes
  let options: SynthesisOptions
  var random: SyntheticRandom

  init(communes: Communes, options: SynthesisOptions) {
    self.communes = communes
    self.options = options
    self.random = SyntheticRandom(seed: options.seed, stream: 0)
  }

  /// Companies from 1 to `options.companies`, with sites and no employees.
  mutating func plan() -> [SyntheticCompany] {
    let count = options.companies
    let sectorChoice = CompanySector.allCases.map { ($0, $0.frequency) }
    let sectors = (0..<count).map { _ in random.pick(sectorChoice) ?? .officeServices }
    // Log-normal weights: a few big companies, many small ones.
    let sizeWeights = (0..<count).map { _ in exp(random.normal(standardDeviation: 1.2)) }
    let sizes = Apportionment.split(options.employees, weights: sizeWeights, minimum: 1)
    let siteSizes = sizes.map { drawSiteSizes(companySize: $0) }
    let zones = siteZones(siteSizes)
    var names = CompanyNamer()
    return (0..<count).map { index in
      let number = index + 1
      let companyId = "c" + Self.padded(number, toWidthOf: count)
      let sites = siteSizes[index].indices.map { siteIndex in
        let commune = zones[index][siteIndex]
        return SyntheticSite(
          id: companyId + "-s\(siteIndex + 1)", zone: commune.code,
          location: CommunePointSampler.point(in: commune, step: 0.0001, random: &random),
          employeeCount: siteSizes[index][siteIndex])
      }
      return SyntheticCompany(
        number: number, key: "company-" + Self.padded(number, toWidthOf: count),
        name: names.name(sector: sectors[index], random: &random), sector: sectors[index],
        sites: sites, employees: [])
    }
  }

  /// One site below 20 employees; otherwise one to three, the first the biggest. A company holding
  /// more than 5 % of all employees (a hospital group, a big administration) always has several.
  private mutating func drawSiteSizes(companySize: Int) -> [Int] {
    let major = Double(companySize) > 0.05 * Double(options.employees)
    let counts: [(Int, Double)] = major ? [(2, 0.4), (3, 0.6)] : [(1, 0.5), (2, 0.3), (3, 0.2)]
    let siteCount = companySize < 20 ? 1 : min(companySize, random.pick(counts) ?? 1)
    let weights = (0..<siteCount).map { $0 == 0 ? 2.0 : random.uniform(0.4..<1.0) }
    return Apportionment.split(companySize, weights: weights, minimum: 1)
  }

  /// The commune of every site. Sites are placed biggest first, each in a commune drawn in
  /// proportion to the jobs not yet filled there (`P22_EMPLT` scaled to the data set), so the
  /// data set's jobs by commune follow the census even with few companies; a company's sites are
  /// in different communes when possible.
  private mutating func siteZones(_ siteSizes: [[Int]]) -> [[Commune]] {
    let scale = Double(options.employees) / communes.totalJobs
    var remaining = communes.all.map { $0.jobs * scale }
    let floor = communes.all.map { $0.jobs * scale * 0.01 }
    var zones: [[Commune?]] = siteSizes.map { Array(repeating: nil, count: $0.count) }
    let order = siteSizes.indices.flatMap { company in
      siteSizes[company].indices.map { (company, $0, siteSizes[company][$0]) }
    }.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
    for (company, site, size) in order {
      let taken = Set(zones[company].compactMap { $0?.code })
      let weights = communes.all.indices.map { index in
        if taken.contains(communes.all[index].code) { return 0.0 }
        // Prefer communes that can still absorb the whole site: big employers go to big job centres.
        let room = max(remaining[index], floor[index])
        let fit = min(1, room / Double(max(1, size)))
        return room * fit * fit
      }
      let index = WeightedChoice(weights)?.pick(using: &random) ?? 0
      zones[company][site] = communes.all[index]
      remaining[index] -= Double(size)
    }
    // Every slot was filled above: the order lists every site once.
    return zones.map { $0.compactMap { $0 } }
  }

  /// `number` in decimal, zero-padded to as many digits as `largest` has (at least `minimum`).
  static func padded(_ number: Int, toWidthOf largest: Int, minimum: Int = 2) -> String {
    let digits = String(number)
    let width = max(minimum, String(largest).count)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
