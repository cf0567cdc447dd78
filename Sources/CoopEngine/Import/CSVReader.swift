/// A strict RFC 4180 reader over a file's bytes: quoted fields with `""` escapes, delimiters and
/// line breaks inside quotes, CRLF or LF line ends, an optional UTF-8 byte order mark.
///
/// Each record carries the line it starts on, so problems can be reported as `file:line`.
/// Blank lines are skipped.
struct CSVReader {
  private let bytes: [UInt8]
  private let delimiter: UInt8
  private var position: Int
  private var line = 1

  /// A reader of `bytes` (UTF-8) whose fields are separated by `delimiter`.
  init(bytes: [UInt8], delimiter: UInt8) {
    self.bytes = bytes
    self.delimiter = delimiter
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    position = bytes.starts(with: bom) ? 3 : 0
  }

  private static let quote: UInt8 = 0x22
  private static let cr: UInt8 = 0x0D
  private static let lf: UInt8 = 0x0A

  /// The next record and the line it starts on, or nil at the end of the input.
  mutating func next() throws(CSVError) -> (line: Int, fields: [String])? {
    while position < bytes.count, bytes[position] == Self.cr || bytes[position] == Self.lf {
      consumeLineEnd()
    }
    guard position < bytes.count else { return nil }
    let start = line
    var fields: [String] = []
    while true {
      fields.append(try field(recordStart: start))
      guard position < bytes.count else { return (start, fields) }
      if bytes[position] == delimiter {
        position += 1
        continue
      }
      consumeLineEnd()
      return (start, fields)
    }
  }

  /// Reads one field, leaving `position` on the delimiter, the line end or the end of input.
  private mutating func field(recordStart: Int) throws(CSVError) -> String {
    guard position < bytes.count, bytes[position] == Self.quote else {
      let begin = position
      while position < bytes.count, bytes[position] != delimiter, bytes[position] != Self.cr,
        bytes[position] != Self.lf
      {
        position += 1
      }
      return String(decoding: bytes[begin..<position], as: UTF8.self)
    }
    let opening = line
    position += 1
    var content: [UInt8] = []
    while true {
      guard position < bytes.count else { throw .unterminatedQuote(line: opening) }
      let byte = bytes[position]
      position += 1
      if byte == Self.quote {
        if position < bytes.count, bytes[position] == Self.quote {
          content.append(Self.quote)
          position += 1
          continue
        }
        break
      }
      if byte == Self.lf
        || (byte == Self.cr && (position >= bytes.count || bytes[position] != Self.lf))
      {
        line += 1
      }
      content.append(byte)
    }
    if position < bytes.count, bytes[position] != delimiter, bytes[position] != Self.cr,
      bytes[position] != Self.lf
    {
      throw .textAfterQuote(line: line)
    }
    return String(decoding: content, as: UTF8.self)
  }

  /// Consumes one CRLF, LF or CR.
  private mutating func consumeLineEnd() {
    if bytes[position] == Self.cr, position + 1 < bytes.count, bytes[position + 1] == Self.lf {
      position += 1
    }
    position += 1
    line += 1
  }
}
