/// A failed SQLite call: the result code and SQLite's message (never the bound values).
public struct SQLiteError: Error, Equatable, CustomStringConvertible {
  /// The SQLite result code.
  public let code: Int32
  /// SQLite's explanation.
  public let message: String

  /// A one-line message.
  public var description: String { "sqlite error \(code): \(message)" }
}
