import Foundation

/// Reads the `;`-separated INSEE "comparateur de territoires" extract (RP2022).
enum InseeComparateurReader {
  /// The figures `Communes` uses for one commune.
  struct Row {
    var population: Int
    var jobs: Double
    var workingPopulation: Double
  }

  /// The rows of `text` by INSEE code, named `resource` in errors.
  static func rows(in text: String, resource: String) throws(ReferenceDataError) -> [Int: Row] {
    let lines = text.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
    guard let header = lines.first?.split(separator: ";", omittingEmptySubsequences: false) else {
      throw .malformed(resource: resource, reason: "empty file")
    }
    let columns = ["CODGEO", "P22_POP", "P22_EMPLT", "P22_ACT1564"]
    var index: [String: Int] = [:]
    for column in columns {
      guard
        let position = header.firstIndex(where: {
          $0.trimmingCharacters(in: .whitespaces) == column
        })
      else { throw .malformed(resource: resource, reason: "no column \(column)") }
      index[column] = position
    }
    var rows: [Int: Row] = [:]
    for (number, line) in lines.dropFirst().enumerated() {
      let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      func value(_ column: String) throws(ReferenceDataError) -> Double {
        let position = index[column] ?? 0
        guard position < fields.count,
          let value = Double(fields[position].replacingOccurrences(of: ",", with: ".")),
          value.isFinite, value >= 0
        else {
          throw .malformed(resource: resource, reason: "line \(number + 2): bad \(column)")
        }
        return value
      }
      let code = fields[index["CODGEO"] ?? 0]
      guard let number = Int(code), Communes.codes.contains(number), rows[number] == nil else {
        throw .unexpectedCommune(code: code, resource: resource)
      }
      rows[number] = Row(
        population: Int(try value("P22_POP").rounded()), jobs: try value("P22_EMPLT"),
        workingPopulation: try value("P22_ACT1564"))
    }
    return rows
  }
}
