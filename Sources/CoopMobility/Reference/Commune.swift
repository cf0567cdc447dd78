/// One of La Réunion's 24 communes, joined from the reference files on its INSEE code.
public struct Commune: Sendable, Hashable, Identifiable {
  /// The INSEE commune code, 97401–97424.
  public let code: Int
  /// The official name (`Le Port`, `L'Étang-Salé`), from the administrative division file.
  public let name: String
  /// The name in the GeoJSON file, without article (`Port`, `Étang-Salé`).
  public let shortName: String
  /// The postcodes serving the commune (a postcode belongs to exactly one commune on the island).
  public let postcodes: [String]
  /// Population (INSEE RP2022, `P22_POP`).
  public let population: Int
  /// Jobs at place of work (INSEE RP2022, `P22_EMPLT`; a weighted estimate, hence fractional).
  public let jobs: Double
  /// Working population aged 15–64 (INSEE RP2022, `P22_ACT1564`).
  public let workingPopulation: Double
  /// The commune's territory.
  public let shape: GeoShape
  /// The area-weighted centroid of `shape`.
  public let centroid: GeoPoint
  /// The area of `shape` in square kilometres.
  public let areaSquareKilometres: Double

  /// The INSEE code, which identifies the commune.
  public var id: Int { code }

  /// Creates a commune; the centroid and area are computed from `shape`.
  public init(
    code: Int, name: String, shortName: String, postcodes: [String], population: Int,
    jobs: Double, workingPopulation: Double, shape: GeoShape
  ) {
    self.code = code
    self.name = name
    self.shortName = shortName
    self.postcodes = postcodes
    self.population = population
    self.jobs = jobs
    self.workingPopulation = workingPopulation
    self.shape = shape
    self.centroid = shape.centroid
    self.areaSquareKilometres = shape.areaSquareKilometres
  }
}
