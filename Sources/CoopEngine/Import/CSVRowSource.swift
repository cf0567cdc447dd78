import Foundation

/// The rows of a CSV file whose first record is the header.
struct CSVRowSource: RowSource {
  let name: String
  let header: [String]
  /// About one row per 64 bytes.
  let expectedRows: Int
  private var reader: CSVReader

  /// Reads `path` whole; throws (a usage error) when it cannot be read, is not valid text or has no
  /// header.
  init(path: String, mapping: ImportMapping) throws(ImportError) {
    name = path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .source(path: path, "cannot read the file")
    }
    var bytes = [UInt8](data)
    switch mapping.encoding {
    case .latin1: bytes = Self.utf8(fromLatin1: bytes)
    case .utf8:
      guard String(validating: bytes, as: UTF8.self) != nil else {
        throw .source(
          path: path,
          "not valid UTF-8 text; if it is ISO 8859-1, add encoding = \"latin1\" to [source]")
      }
    }
    expectedRows = bytes.count / 64
    reader = CSVReader(bytes: bytes, delimiter: mapping.delimiter)
    do {
      guard let first = try reader.next() else {
        throw ImportError.source(path: path, "the file is empty: expected a header line")
      }
      header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    } catch let error as CSVError {
      throw .source(path: path, "line \(error.line): \(error.reason)")
    } catch let error as ImportError {
      throw error
    } catch {
      throw .source(path: path, "cannot read the header")
    }
  }

  /// ISO 8859-1 bytes as UTF-8: bytes from 0x80 take two.
  static func utf8(fromLatin1 bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        out.append(byte)
      } else {
        out.append(0xC0 | (byte >> 6))
        out.append(0x80 | (byte & 0x3F))
      }
    }
    return out
  }

  mutating func next() throws(RowSourceError) -> (line: Int, fields: [String?])? {
    do {
      guard let record = try reader.next() else { return nil }
      return (record.line, record.fields)
    } catch {
      throw RowSourceError(line: error.line, reason: error.reason)
    }
  }
}
