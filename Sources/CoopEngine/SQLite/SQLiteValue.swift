/// A value bound to a statement parameter.
public enum SQLiteValue: Sendable {
  /// A 64-bit integer.
  case integer(Int64)
  /// A double.
  case real(Double)
  /// UTF-8 text.
  case text(String)
  /// Bytes.
  case blob([UInt8])
  /// NULL.
  case null
}
