import CoopLang
import Foundation

/// One case of the conformance corpus: a whole source file with its expected diagnostics.
struct ConformanceChunk: CustomStringConvertible {
  /// The corpus file it comes from.
  var file: String
  /// Line of the chunk's first line in that file.
  var firstLine: Int
  /// The chunk's source.
  var bytes: [UInt8]
  /// Expected diagnostics as (line within the chunk, id), sorted.
  var expected: [Marker]

  struct Marker: Comparable, CustomStringConvertible {
    var line: Int
    var id: String
    static func < (a: Marker, b: Marker) -> Bool { (a.line, a.id) < (b.line, b.id) }
    var description: String { "\(line):\(id)" }
  }

  /// The first comment line: what the chunk tests.
  var title: String {
    let text = String(decoding: bytes, as: UTF8.self)
    return text.split(separator: "\n").first { $0.hasPrefix("#") }.map(String.init) ?? "(untitled)"
  }

  var description: String { "\(file):\(firstLine) \(title)" }

  /// The chunk as a source file whose path names the corpus file and chunk start.
  var source: SourceText { SourceText(path: "\(file):\(firstLine)", bytes: bytes) }

  /// Every chunk of every corpus file under Tests/Conformance.
  static func all() -> [ConformanceChunk] {
    Repository.files(under: "Tests/Conformance", extensions: [".coop"]).flatMap { url in
      split(Repository.bytes(url), file: "Tests/Conformance/" + url.lastPathComponent)
    }
  }

  /// Splits a corpus file at lines holding only `---`.
  static func split(_ bytes: [UInt8], file: String) -> [ConformanceChunk] {
    var chunks: [ConformanceChunk] = []
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { Array($0) }
    if lines.last == [] { lines.removeLast() }
    var current: [[UInt8]] = []
    var start = 1
    func flush() {
      chunks.append(make(lines: current, file: file, firstLine: start))
    }
    for (i, line) in lines.enumerated() {
      if line == Array("---".utf8) {
        flush()
        current = []
        start = i + 2
      } else {
        current.append(line)
      }
    }
    flush()
    return chunks
  }

  private static func make(lines: [[UInt8]], file: String, firstLine: Int) -> ConformanceChunk {
    var markers: [Marker] = []
    var body: [[UInt8]] = []
    var padTo: Int?
    for (i, line) in lines.enumerated() {
      let text = String(decoding: line, as: UTF8.self)
      if text.hasPrefix("#! pad-to ") {
        padTo = Int(text.dropFirst("#! pad-to ".count))
        body.append(Array("# padded".utf8))
        continue
      }
      if let range = text.range(of: "### ") {
        for id in text[range.upperBound...].split(separator: " ") where id.hasPrefix("E") {
          markers.append(Marker(line: i + 1, id: String(id)))
        }
      }
      body.append(line)
    }
    var bytes = Array(body.joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")]
    if let padTo, bytes.count < padTo {
      bytes += [UInt8(ascii: "#")] + [UInt8](repeating: UInt8(ascii: "x"), count: padTo - bytes.count - 2)
      bytes += [UInt8(ascii: "\n")]
    }
    return ConformanceChunk(file: file, firstLine: firstLine, bytes: bytes, expected: markers.sorted())
  }
}
