/// A Coop record file (key, bundle, approval, revocation) that does not follow its format.
public struct RecordError: Error, Equatable, Sendable {
  /// The file (or other source) being read.
  public let source: String
  /// The 1-based line where reading stopped.
  public let line: Int
  /// What was wrong there, lowercase.
  public let message: String

  /// An error at `line` of `source`.
  public init(source: String, line: Int, message: String) {
    self.source = source
    self.line = line
    self.message = message
  }
}

extension RecordError: CustomStringConvertible {
  /// `source:line: message`.
  public var description: String { "\(source):\(line): \(message)" }
}
