import CoopCrypto

extension RecordReader {
  /// Reads the field `name` and converts it, reporting a failed conversion at its line.
  mutating func decode<T>(_ name: String, _ convert: (String) throws -> T) throws -> T {
    let value = try field(name)
    do {
      return try convert(value)
    } catch {
      throw RecordError(source: source, line: line - 1, message: "\(name): \(error)")
    }
  }

  /// Reads the field `name` as a canonical timestamp.
  mutating func timestamp(_ name: String) throws -> Timestamp {
    try decode(name) { text in
      guard let value = Timestamp(canonical: text) else {
        throw FieldValueError(message: "not a UTC timestamp YYYY-MM-DDTHH:MM:SSZ")
      }
      return value
    }
  }
}
