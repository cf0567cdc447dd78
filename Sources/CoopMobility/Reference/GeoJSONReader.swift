import Foundation

/// Reads the `Polygon`/`MultiPolygon` features of a GeoJSON FeatureCollection or Feature.
enum GeoJSONReader {
  /// One feature: its `code` and `nom` properties (if any) and its shape.
  struct Feature {
    var code: String?
    var name: String?
    var shape: GeoShape
  }

  private struct FeatureCollectionFile: Decodable {
    var features: [FeatureFile]?
    var geometry: Geometry?
  }

  private struct FeatureFile: Decodable {
    var properties: Properties?
    var geometry: Geometry
  }

  private struct Properties: Decodable {
    var code: String?
    var nom: String?
  }

  private struct Geometry: Decodable {
    var polygons: [[[[Double]]]]

    enum CodingKeys: String, CodingKey { case type, coordinates }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      switch try container.decode(String.self, forKey: .type) {
      case "Polygon": polygons = [try container.decode([[[Double]]].self, forKey: .coordinates)]
      case "MultiPolygon":
        polygons = try container.decode([[[[Double]]]].self, forKey: .coordinates)
      case let other:
        throw DecodingError.dataCorruptedError(
          forKey: .type, in: container, debugDescription: "unsupported geometry type '\(other)'")
      }
    }
  }

  /// The features of `data`, named `resource` in errors.
  static func features(in data: Data, resource: String) throws(ReferenceDataError) -> [Feature] {
    let file: FeatureCollectionFile
    do {
      file = try JSONDecoder().decode(FeatureCollectionFile.self, from: data)
    } catch {
      throw .malformed(resource: resource, reason: "not GeoJSON (\(error))")
    }
    let raw =
      file.features ?? file.geometry.map { [FeatureFile(properties: nil, geometry: $0)] } ?? []
    var features: [Feature] = []
    for feature in raw {
      let polygons = try feature.geometry.polygons.map { rings throws(ReferenceDataError) in
        GeoPolygon(
          rings: try rings.map { ring throws(ReferenceDataError) in try points(ring, resource) })
      }
      guard let shape = GeoShape(polygons: polygons) else {
        throw .malformed(resource: resource, reason: "a feature has no polygon")
      }
      features.append(
        Feature(code: feature.properties?.code, name: feature.properties?.nom, shape: shape))
    }
    return features
  }

  private static func points(_ ring: [[Double]], _ resource: String) throws(ReferenceDataError)
    -> [GeoPoint]
  {
    var points: [GeoPoint] = []
    points.reserveCapacity(ring.count)
    for position in ring {
      guard position.count >= 2, (-180...180).contains(position[0]),
        (-90...90).contains(position[1])
      else { throw .malformed(resource: resource, reason: "invalid position \(position)") }
      points.append(GeoPoint(latitude: position[1], longitude: position[0]))
    }
    return points
  }
}
