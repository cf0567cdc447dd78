import CoopLang
import Testing

@Suite("Hard limits")
struct LimitsTests {
  private func script(where condition: String) -> String {
    "algorithm x version 1\n  uses mobility 1\nprivacy\n  unit employee\n  epsilon 1\n  min_group 1\nfrom employees e\nwhere \(condition)\nrelease\n  n = count()\n"
  }

  private func codes(_ text: String) -> [DiagnosticCode] {
    Parser.parse(SourceText(path: "t", text: text)).diagnostics.sorted.map(\.code)
  }

  @Test("nesting up to the limit parses; one more is a diagnostic")
  func nestingBoundary() {
    // The where clause's expression is level 1; each parenthesis adds one.
    let ok = String(repeating: "(", count: Parser.maxDepth - 1) + "true"
      + String(repeating: ")", count: Parser.maxDepth - 1)
    #expect(codes(script(where: ok)) == [])
    let deep = "(" + ok + ")"
    #expect(codes(script(where: deep)) == [.nestingTooDeep])
  }

  @Test("pathological nesting is one diagnostic, never a crash", arguments: ["(", "[", "not ", "-", "f("])
  func pathological(opener: String) {
    let text = script(where: String(repeating: opener, count: 100_000) + "x")
    let found = codes(text)
    #expect(found.first == .nestingTooDeep || found.contains(.nestingTooDeep))
    #expect(found.count <= 3)
  }

  @Test("at most 100 diagnostics, then a count of the rest")
  func diagnosticCap() {
    let text = script(where: "true") + String(repeating: "@\n", count: 250)
    let sorted = Parser.parse(SourceText(path: "t", text: text)).diagnostics.sorted
    #expect(sorted.count == 101)
    #expect(sorted.last?.code == .tooManyDiagnostics)
    #expect(sorted.last?.message.contains("150 more not shown") == true)
  }
}
