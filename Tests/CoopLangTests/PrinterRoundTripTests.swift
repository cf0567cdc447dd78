import CoopLang
import Testing

/// The printed text of every checked expression parses and checks back to the same
/// `TypedExpr`: on every Algorithm, every clean conformance chunk, every example of
/// Docs/language.md, and thousands of generated expressions.
@Suite("Printed expressions check back to what runs")
struct PrinterRoundTripTests {
  /// Every script of the repository that checks, with its source.
  static let corpus: [SourceText] = {
    let algorithms = Repository.files(under: "Algorithms", extensions: [".coop"]).map {
      SourceText(path: $0.path, bytes: Repository.bytes($0))
    }
    let chunks = ConformanceChunk.all().filter(\.expected.isEmpty).map(\.source)
    let examples = DocumentationTests.codeBlocks(in: "Docs/language.md", language: "coop").map {
      SourceText(path: "Docs/language.md:\($0.line)", text: $0.text)
    }
    return algorithms + chunks + examples
  }()

  @Test("every script of the repository", arguments: ScriptReprinter.Form.allCases)
  func repository(form: ScriptReprinter.Form) {
    var checked = 0
    for source in Self.corpus {
      guard let script = Checker.check(source, registry: CheckerTests.registry).script else { continue }
      checked += 1
      for difference in ScriptReprinter.differences(script, source: source, form: form) {
        Issue.record("\(source.path): \(difference)")
      }
    }
    // 9 Algorithms, the clean scripts of the corpus and the language guide's examples.
    #expect(checked >= 20, "only \(checked) scripts checked")
  }

  @Test("generated expressions over the mobility schema", arguments: ScriptReprinter.Form.allCases)
  func generated(form: ScriptReprinter.Form) {
    var generator = ExpressionGenerator(seed: 20_260_611)
    var failures = 0
    // Five expressions per script: filter, aggregate argument, combine guard and two values.
    for i in 0..<800 where failures < 10 {
      let source = SourceText(path: "generated-\(i).coop", text: generator.script())
      let result = Checker.check(source, registry: CheckerTests.registry)
      guard let script = result.script else {
        failures += 1
        Issue.record("\(source.path) does not check: \(result.diagnostics.sorted.map { "\($0.id) \($0.message)" })\n\(String(decoding: source.bytes, as: UTF8.self))")
        continue
      }
      for difference in ScriptReprinter.differences(script, source: source, form: form) {
        failures += 1
        Issue.record("\(source.path): \(difference)")
      }
    }
  }

  @Test("the generator reaches every production it has: operators, calls, keys and released values")
  func generatorCoverage() {
    var generator = ExpressionGenerator(seed: 20_260_611)
    let text = (0..<800).map { _ in generator.script() }.joined()
    for piece in [
      " or ", " and ", "not ", " == ", " != ", " < ", " <= ", " > ", " >= ", " + ", " - ", " * ", " / ", " % ",
      "-(", "((", "min(", "max(", "abs(", "round(", "clamp(", "distance(", "nearest(", "slot(", "point(",
      ".lat", ".lon", "centers[c]", "e.mode", "Mode.", "97411", "e.arrival", "start", "shift", "limit", "share",
      "days", "mean(", "sum(",
    ] {
      #expect(text.contains(piece), "no generated script contains '\(piece)'")
    }
  }
}
