import Foundation

extension Communes {
  /// The reference files `Communes` reads, by role.
  enum Resource {
    static let communes = "communes-974-la-reunion.geojson"
    static let island = "departement-974-la-reunion.geojson"
    static let census = "insee-comparateur-974-RP2022.csv"
    static let divisions = "communes-974-decoupage-administratif.jsonl"
  }

  /// The copy of the reference data shipped with the module (`Resources/reunion`).
  public static func bundled() throws(ReferenceDataError) -> Communes {
    try Communes(directory: try bundledDirectory())
  }

  /// The directory of the shipped reference files.
  static func bundledDirectory() throws(ReferenceDataError) -> URL {
    guard
      let directory = Bundle.module.url(
        forResource: "reunion", withExtension: nil, subdirectory: "Resources")
    else { throw .missingResource("Resources/reunion") }
    return directory
  }

  /// Loads the four reference files from `directory` and joins them on the INSEE code.
  public init(directory: URL) throws(ReferenceDataError) {
    let read = { (name: String) throws(ReferenceDataError) -> Data in
      guard
        let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
      else { throw .missingResource(name) }
      return data
    }
    guard let censusText = String(data: try read(Resource.census), encoding: .utf8) else {
      throw .malformed(resource: Resource.census, reason: "not UTF-8")
    }
    let census = try InseeComparateurReader.rows(in: censusText, resource: Resource.census)
    let divisions = try AdministrativeDivisionReader.entries(
      in: try read(Resource.divisions), resource: Resource.divisions)
    let shapes = try Self.shapesByCode(try read(Resource.communes))
    let outline = try GeoJSONReader.features(
      in: try read(Resource.island), resource: Resource.island)
    guard let island = GeoShape(polygons: outline.flatMap(\.shape.polygons)) else {
      throw .malformed(resource: Resource.island, reason: "no polygon")
    }
    var communes: [Commune] = []
    for code in Self.codes {
      guard let row = census[code] else {
        throw .missingCommune(code: code, resource: Resource.census)
      }
      guard let entry = divisions[code] else {
        throw .missingCommune(code: code, resource: Resource.divisions)
      }
      guard let feature = shapes[code] else {
        throw .missingCommune(code: code, resource: Resource.communes)
      }
      communes.append(
        Commune(
          code: code, name: entry.nom, shortName: feature.name, postcodes: entry.codesPostaux,
          population: row.population, jobs: row.jobs, workingPopulation: row.workingPopulation,
          shape: feature.shape))
    }
    self.init(all: communes, island: island)
  }

  private static func shapesByCode(_ data: Data) throws(ReferenceDataError)
    -> [Int: (name: String, shape: GeoShape)]
  {
    var shapes: [Int: (name: String, shape: GeoShape)] = [:]
    for feature in try GeoJSONReader.features(in: data, resource: Resource.communes) {
      let code = feature.code ?? "(none)"
      guard let number = Int(code), Self.codes.contains(number), shapes[number] == nil else {
        throw .unexpectedCommune(code: code, resource: Resource.communes)
      }
      shapes[number] = (feature.name ?? code, feature.shape)
    }
    return shapes
  }
}
