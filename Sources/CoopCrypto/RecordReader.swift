/// Reads Coop's record text format (see `RecordWriter`), strictly and in a fixed field order.
public struct RecordReader: Sendable {
  private let bytes: [UInt8]
  private var offset = 0
  /// The 1-based line of the next byte to read.
  public private(set) var line = 1
  /// The file the bytes came from, for error messages.
  public let source: String

  /// A reader over `bytes` read from `source`.
  public init(_ bytes: [UInt8], source: String) {
    self.bytes = bytes
    self.source = source
  }

  /// `true` once every byte has been read.
  public var isAtEnd: Bool { offset == bytes.count }

  /// The byte offset of the next byte to read.
  public var position: Int { offset }

  /// An error at the current line.
  public func error(_ message: String) -> RecordError {
    RecordError(source: source, line: line, message: message)
  }

  /// Reads the header line `coop-KIND v1`.
  public mutating func header(_ kind: String) throws {
    let text = try nextLine()
    guard text == "coop-\(kind) v1" else {
      throw error("expected the header 'coop-\(kind) v1'")
    }
    line += 1
  }

  /// Reads the field `name: value` and returns its non-empty value.
  public mutating func field(_ name: String) throws -> String {
    let text = try nextLine()
    let prefix = "\(name): "
    guard text.hasPrefix(prefix), text.count > prefix.count else {
      throw error("expected the field '\(name): …'")
    }
    line += 1
    return String(text.dropFirst(prefix.count))
  }

  /// Reads the field `name` if it is the next line.
  public mutating func optionalField(_ name: String) throws -> String? {
    var copy = self
    guard let value = try? copy.field(name) else { return nil }
    self = copy
    return value
  }

  /// Reads a length-prefixed blob `name: N`.
  public mutating func blob(_ name: String) throws -> [UInt8] {
    let lengthText = try field(name)
    guard let count = Int(lengthText), String(count) == lengthText, count >= 0 else {
      line -= 1
      throw error("'\(name)' needs a byte count")
    }
    guard count < bytes.count - offset else { throw error("'\(name)' runs past the end") }
    let data = Array(bytes[offset..<offset + count])
    guard bytes[offset + count] == UInt8(ascii: "\n") else {
      throw error("'\(name)' is not followed by a newline after \(count) bytes")
    }
    offset += count + 1
    line += data.count { $0 == UInt8(ascii: "\n") } + 1
    return data
  }

  /// The next line as text, consumed; the caller advances `line` once it is accepted.
  private mutating func nextLine() throws -> String {
    guard let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else {
      throw error(isAtEnd ? "unexpected end of file" : "line does not end with a newline")
    }
    guard let text = String(validating: bytes[offset..<end], as: UTF8.self) else {
      throw error("line is not valid UTF-8")
    }
    offset = end + 1
    return text
  }
}
