import CoopLang
import Foundation
import Testing

@Suite("Documentation")
struct DocumentationTests {
  /// The fenced blocks of a Markdown file whose info string is exactly `language`.
  static func codeBlocks(in path: String, language: String) -> [(line: Int, text: String)] {
    let text = String(decoding: Repository.bytes(Repository.url(path)), as: UTF8.self)
    var blocks: [(Int, String)] = []
    var current: [Substring]?
    var start = 0
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if current == nil, line == "```\(language)" {
        current = []
        start = i + 2
      } else if current != nil, line == "```" {
        blocks.append((start, current!.joined(separator: "\n") + "\n"))
        current = nil
      } else if current != nil {
        current!.append(line)
      }
    }
    return blocks
  }

  @Test("every coop block of Docs/language.md checks clean and is canonically formatted")
  func languageExamples() {
    let blocks = Self.codeBlocks(in: "Docs/language.md", language: "coop")
    #expect(blocks.count >= 3)
    for (line, text) in blocks {
      let parsed = Parser.parse(SourceText(path: "Docs/language.md:\(line)", text: text))
      let checked = Checker.check(parsed, registry: CheckerTests.registry)
      #expect(
        checked.diagnostics.sorted.isEmpty,
        "Docs/language.md:\(line): \(checked.diagnostics.sorted.map { "\($0.id) \($0.message)" })")
      #expect(Formatter.format(parsed) == text, "Docs/language.md:\(line) is not in canonical layout")
    }
  }

  @Test("Docs/diagnostics.md lists every diagnostic id")
  func diagnosticsCatalogue() {
    let text = String(decoding: Repository.bytes(Repository.url("Docs/diagnostics.md")), as: UTF8.self)
    for code in DiagnosticCode.allCases {
      #expect(text.contains("| \(code.rawValue) | \(code.title) |"), "\(code.rawValue) is not documented")
    }
  }
}
