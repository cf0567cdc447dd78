import Foundation

/// What one run of a script releases: one row per published cell, keyed by the group keys.
///
/// This is the wire format between edges and the hub (inside the signed, sealed result) and the
/// input of federation and reports. Every number is an exact integer on a decimal grid with its
/// noise and 95% half-width; derived values (means) are computed by readers from a sum and the
/// cell's count, as post-processing.
public struct ReleaseTable: Codable, Hashable, Sendable {
  /// The algorithm that produced the table.
  public var algorithm: String
  /// Its version.
  public var version: Int
  /// The round (1-based) for multi-round scripts, 1 otherwise.
  public var round: Int
  /// The group keys' names, in the order of each cell's `key`.
  public var keyNames: [String]
  /// The released values, in script order.
  public var values: [ReleasedValueSpec]
  /// The published cells, sorted by key.
  public var cells: [ReleaseCell]
  /// How many cells were suppressed by the minimum group size (a post-processing fact).
  public var suppressed: Int

  /// A table with all its parts.
  public init(
    algorithm: String, version: Int, round: Int, keyNames: [String], values: [ReleasedValueSpec],
    cells: [ReleaseCell], suppressed: Int
  ) {
    self.algorithm = algorithm
    self.version = version
    self.round = round
    self.keyNames = keyNames
    self.values = values
    self.cells = cells
    self.suppressed = suppressed
  }

  /// The canonical JSON encoding (sorted keys, no extra whitespace): what gets signed.
  public func canonicalJSON() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}

/// How a released value is computed from a cell's noisy numbers.
public struct ReleasedValueSpec: Codable, Hashable, Sendable {
  /// The kind of aggregate.
  public enum Kind: String, Codable, Sendable {
    /// The cell's noisy count.
    case count
    /// A noisy sum, `sums[name]`.
    case sum
    /// `sums[name] / count`, computed by the reader.
    case mean
  }

  /// The value's name in the script.
  public var name: String
  /// How it is computed.
  public var kind: Kind
  /// The unit of the value for display (`km`, `min`, `°`, or empty).
  public var unit: String
  /// The bounds of one row's value in display units (sums and means), from the script's clamp:
  /// a mean is clamped to them when displayed.
  public var lower: Double?
  public var upper: Double?

  /// A value spec.
  public init(name: String, kind: Kind, unit: String, lower: Double? = nil, upper: Double? = nil) {
    self.name = name
    self.kind = kind
    self.unit = unit
    self.lower = lower
    self.upper = upper
  }
}

/// One published cell: its key, its noisy count and its noisy sums.
public struct ReleaseCell: Codable, Hashable, Sendable {
  /// The group key values, in `ReleaseTable.keyNames` order.
  public var key: [CellKey]
  /// The cell's noisy count (always released: the threshold and means need it).
  public var count: NoisyNumber
  /// Noisy sums by released value name (for `sum` and `mean` values).
  public var sums: [String: NoisyNumber]

  /// A cell.
  public init(key: [CellKey], count: NoisyNumber, sums: [String: NoisyNumber]) {
    self.key = key
    self.count = count
    self.sums = sums
  }
}

/// A group key value: an integer (zone code, slot, index) or a text (enum case).
public enum CellKey: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
  case int(Int)
  case text(String)

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Int.self) {
      self = .int(value)
    } else {
      self = .text(try container.decode(String.self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .int(let value): try container.encode(value)
    case .text(let value): try container.encode(value)
    }
  }

  public var description: String {
    switch self {
    case .int(let value): String(value)
    case .text(let value): value
    }
  }
}

/// A noisy integer on a decimal grid: the value is `units × 10^-decimals`.
public struct NoisyNumber: Codable, Hashable, Sendable {
  /// The noisy value in grid units.
  public var units: Int
  /// Fractional digits of the grid (0 for counts).
  public var decimals: Int
  /// The noise added, in grid units: `laplace:t` (scale t) or `gaussian:s2` (variance), with t
  /// and s2 written as exact fractions `n/d`; several edges' noises are joined by `+`.
  public var noise: String
  /// The 95% half-width of the noise, in grid units.
  public var halfWidth95: Int

  /// A noisy number.
  public init(units: Int, decimals: Int, noise: String, halfWidth95: Int) {
    self.units = units
    self.decimals = decimals
    self.noise = noise
    self.halfWidth95 = halfWidth95
  }

  /// An approximation of the value, for display.
  public var approximateValue: Double {
    Double(units) / pow(10, Double(decimals))
  }
}
