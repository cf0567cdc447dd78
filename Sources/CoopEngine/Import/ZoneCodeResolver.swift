/// Reads zone codes written as integers (`97411`).
public struct ZoneCodeResolver: ZoneResolver {
  /// A resolver of plain codes.
  public init() {}

  /// The integer `text` is.
  public func code(for text: String) -> Int? { Int(text) }
}
