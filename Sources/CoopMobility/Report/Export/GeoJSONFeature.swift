import Foundation

/// A GeoJSON feature written by the report's exports: a point or a line with flat properties.
struct GeoJSONFeature: Encodable {
  /// A property value.
  enum Property: Encodable {
    case number(Double)
    case text(String)

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .number(let value): try container.encode(value)
      case .text(let value): try container.encode(value)
      }
    }
  }

  /// The geometry: a `Point` or a `LineString`, as [longitude, latitude] positions.
  struct Geometry: Encodable {
    var type: String
    var coordinates: Coordinates

    enum Coordinates: Encodable {
      case point([Double])
      case line([[Double]])

      func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .point(let position): try container.encode(position)
        case .line(let positions): try container.encode(positions)
        }
      }
    }

    static func point(_ point: GeoPoint) -> Geometry {
      Geometry(type: "Point", coordinates: .point(position(point)))
    }

    static func line(_ points: [GeoPoint]) -> Geometry {
      Geometry(type: "LineString", coordinates: .line(points.map(position)))
    }

    /// [longitude, latitude] to 6 decimals (about 10 cm).
    private static func position(_ point: GeoPoint) -> [Double] {
      let rounded = point.rounded(toMultipleOf: 0.000_001)
      return [rounded.longitude, rounded.latitude]
    }
  }

  var type = "Feature"
  var geometry: Geometry
  var properties: [String: Property]

  /// A `FeatureCollection` of `features`, keys sorted so that the same report gives the same bytes.
  static func collection(_ features: [GeoJSONFeature]) -> Data {
    struct Collection: Encodable {
      var type = "FeatureCollection"
      var features: [GeoJSONFeature]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Every value is a finite number or a string, so encoding cannot fail.
    return (try? encoder.encode(Collection(features: features))) ?? Data()
  }
}
