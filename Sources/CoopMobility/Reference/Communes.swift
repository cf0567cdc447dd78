/// La Réunion's 24 communes (INSEE codes 97401–97424) with population, jobs and territory.
///
/// Load the copy shipped with the module with `Communes.bundled()`.
public struct Communes: Sendable {
  /// The INSEE codes of La Réunion's communes.
  public static let codes: ClosedRange<Int> = 97401...97424

  /// Every commune, ordered by INSEE code.
  public let all: [Commune]
  /// The island's outline.
  public let island: GeoShape
  let namesIndex: [String: Int]
  let postcodesIndex: [String: Int]

  /// Creates the set from exactly one commune per code in `Communes.codes`.
  init(all: [Commune], island: GeoShape) {
    self.all = all.sorted { $0.code < $1.code }
    self.island = island
    var names: [String: Int] = [:]
    var postcodes: [String: Int] = [:]
    for commune in all {
      names[CommuneNameKey.make(commune.name)] = commune.code
      names[CommuneNameKey.make(commune.shortName)] = commune.code
      for postcode in commune.postcodes { postcodes[postcode] = commune.code }
    }
    self.namesIndex = names
    self.postcodesIndex = postcodes
  }

  /// The commune with INSEE code `code`, if it is one of the 24.
  public subscript(code: Int) -> Commune? {
    guard Self.codes.contains(code) else { return nil }
    return all[code - Self.codes.lowerBound]
  }

  /// Total population (RP2022 `P22_POP`): 881,348.
  public var totalPopulation: Int { all.reduce(0) { $0 + $1.population } }
  /// Total jobs at place of work (RP2022 `P22_EMPLT`): 287,188.
  public var totalJobs: Double { all.reduce(0) { $0 + $1.jobs } }
}
