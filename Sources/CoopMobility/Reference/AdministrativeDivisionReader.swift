import Foundation

/// Reads the JSON-lines export of @etalab/decoupage-administratif: official names and postcodes.
enum AdministrativeDivisionReader {
  /// The fields `Communes` uses for one commune.
  struct Entry: Decodable {
    var code: String
    var nom: String
    var codesPostaux: [String]
  }

  /// The entries of `data` by INSEE code, named `resource` in errors.
  static func entries(in data: Data, resource: String) throws(ReferenceDataError) -> [Int: Entry] {
    let decoder = JSONDecoder()
    var entries: [Int: Entry] = [:]
    for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated()
    where !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
      let entry: Entry
      do {
        entry = try decoder.decode(Entry.self, from: Data(line))
      } catch {
        throw .malformed(resource: resource, reason: "line \(number + 1): \(error)")
      }
      guard let code = Int(entry.code), Communes.codes.contains(code), entries[code] == nil else {
        throw .unexpectedCommune(code: entry.code, resource: resource)
      }
      entries[code] = entry
    }
    return entries
  }
}
