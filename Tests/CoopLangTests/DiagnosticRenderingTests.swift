import CoopLang
import Foundation
import Testing

@Suite("Diagnostic rendering")
struct DiagnosticRenderingTests {
  private let source = SourceText(
    path: "Algorithms/x.coop",
    text: "algorithm x version 1\n  uses mobility 1\nprivacy\n  unit employee\n  epsilom 0.5\n")

  private var diagnostics: [Diagnostic] { Parser.parse(source).diagnostics.sorted }

  @Test("text: location, id, source line, caret and underline, notes and help")
  func text() {
    let rendered = DiagnosticRenderer(colors: false).render(diagnostics, in: source)
    let expected = """
      Algorithms/x.coop:5:3: error[E0102]: unknown privacy setting 'epsilom'; did you mean 'epsilon'?
        |
      5 |   epsilom 0.5
        |   ^~~~~~~
        = help: replace with 'epsilon'
      Algorithms/x.coop:5:14: error[E0103]: missing 'from' clause
        |
      5 |   epsilom 0.5
        |              ^ say which table the script reads, e.g. 'from employees e'
      Algorithms/x.coop:5:14: error[E0103]: missing 'release' clause
        |
      5 |   epsilom 0.5
        |              ^ release at least one aggregate, e.g. 'release n = count()'

      """
    #expect(rendered == expected)
  }

  @Test("colour codes only when asked")
  func colours() {
    let plain = DiagnosticRenderer(colors: false).render(diagnostics, in: source)
    let coloured = DiagnosticRenderer(colors: true).render(diagnostics, in: source)
    #expect(!plain.contains("\u{1B}["))
    #expect(coloured.contains("\u{1B}[1;31merror[E0102]"))
  }

  @Test("json: one object per diagnostic with positions and notes")
  func json() throws {
    let records = diagnostics.map { DiagnosticRecord($0, file: source.path) }
    let text = DiagnosticRecord.encode(records)
    let decoded = try JSONDecoder().decode([DiagnosticRecord].self, from: Data(text.utf8))
    #expect(decoded == records)
    let first = try #require(decoded.first)
    #expect(first.id == "E0102" && first.severity == "error")
    #expect((first.line, first.column, first.endLine, first.endColumn) == (5, 3, 5, 10))
    #expect(first.notes == ["help: replace with 'epsilon'"])
    #expect(first.fixIt == "epsilon")
    #expect(DiagnosticRecord.encode([]) == "[]\n")
  }

  @Test("diagnostics are sorted by position")
  func sorted() {
    let offsets = diagnostics.map(\.range.start.offset)
    #expect(offsets == offsets.sorted())
  }

  @Test("spelling suggestions")
  func spelling() {
    #expect(Spelling.suggest("relase", from: ["release", "where"]) == "release")
    #expect(Spelling.suggest("form", from: ["from", "where"]) == "from")
    #expect(Spelling.suggest("xyz", from: ["from", "where"]) == nil)
    #expect(Spelling.distance("ab", "ba") == 1)
  }
}
