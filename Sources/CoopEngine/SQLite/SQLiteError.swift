/// A failure reported by SQLite, with the statement's purpose but never its bound values.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The primary result code (`SQLITE_BUSY`, `SQLITE_CORRUPT`…).
  public let code: Int32
  /// SQLite's message for the connection.
  public let message: String
  /// What was being done: `open /path`, `prepare`, `step`…
  public let context: String

  /// `sqlite error 5 (database is locked) during step`.
  public var description: String { "sqlite error \(code) (\(message)) during \(context)" }
}
