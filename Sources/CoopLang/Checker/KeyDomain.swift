/// The public, bounded domain of a group key: what makes the number of released cells known.
public enum KeyDomain: Hashable, Sendable {
  /// The cases of a schema enum.
  case enumeration(String, cases: [String])
  /// The zones of a schema zone domain.
  case zones(String, codes: [Int])
  /// `false`, `true`.
  case bool
  /// The integers `low ... high` of a bounded int column.
  case integers(ClosedRange<Int>)
  /// The slots of the day: `0 ..< count`, each `minutes` long.
  case slots(count: Int, minutes: Int)
  /// Indexes of a bounded list parameter, `0 ..< count`.
  case indexes(count: Int)

  /// The number of values.
  public var size: Int {
    switch self {
    case .enumeration(_, let cases): cases.count
    case .zones(_, let codes): codes.count
    case .bool: 2
    case .integers(let r): r.count
    case .slots(let count, _), .indexes(let count): count
    }
  }

  /// A short description for manifests and review sheets.
  public var summary: String {
    switch self {
    case .enumeration(let name, let cases): "enum \(name) (\(cases.count) values)"
    case .zones(let name, let codes): "zones \(name) (\(codes.count) values)"
    case .bool: "bool (2 values)"
    case .integers(let r): "integers \(r.lowerBound)..\(r.upperBound) (\(r.count) values)"
    case .slots(let count, let minutes): "\(minutes)-minute slots of the day (\(count) values)"
    case .indexes(let count): "indexes 0..\(count - 1) (\(count) values)"
    }
  }
}
