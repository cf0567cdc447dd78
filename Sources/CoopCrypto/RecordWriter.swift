/// Writes Coop's record text format: a header line `coop-KIND v1`, then `name: value` lines,
/// and length-prefixed blobs (`name: N`, a newline, N raw bytes, a newline).
///
/// Readers re-encode what they parsed and require the very same bytes, so each record has
/// exactly one accepted spelling.
public struct RecordWriter: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []

  /// An empty record text.
  public init() {}

  /// Starts a record of `kind` (for instance `bundle`): `coop-bundle v1`.
  public mutating func header(_ kind: String) {
    line("coop-\(kind) v1")
  }

  /// A one-line field.
  public mutating func field(_ name: String, _ value: String) {
    line("\(name): \(value)")
  }

  /// A length-prefixed blob of arbitrary bytes.
  public mutating func blob(_ name: String, _ data: [UInt8]) {
    line("\(name): \(data.count)")
    bytes += data
    bytes.append(UInt8(ascii: "\n"))
  }

  private mutating func line(_ text: String) {
    bytes += Array(text.utf8)
    bytes.append(UInt8(ascii: "\n"))
  }
}
