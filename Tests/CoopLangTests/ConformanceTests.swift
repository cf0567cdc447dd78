import CoopLang
import Foundation
import Testing

/// The conformance corpus: every chunk gives exactly its expected diagnostics, every grammar
/// production and every diagnostic id is exercised, and formatting is stable on clean chunks.
@Suite("Conformance corpus")
struct ConformanceTests {
  static let chunks = ConformanceChunk.all()
  static let registry = SchemaRegistry(directories: [Repository.url("Algorithms/schemas")])

  @Test("every chunk gives exactly its expected diagnostics")
  func expectedDiagnostics() {
    #expect(Self.chunks.count >= 20)
    for chunk in Self.chunks {
      let result = Checker.check(chunk.source, registry: Self.registry)
      let actual = result.diagnostics.sorted.map {
        ConformanceChunk.Marker(line: $0.range.start.line, id: $0.id)
      }.sorted()
      if actual != chunk.expected {
        let rendered = DiagnosticRenderer(colors: false).render(
          result.diagnostics.sorted, in: chunk.source)
        Issue.record(
          "\(chunk): expected \(chunk.expected), got \(actual)\n\(rendered)")
      }
    }
  }

  @Test("the corpus enters every production of the grammar")
  func productionCoverage() {
    var entered: Set<Production> = []
    for chunk in Self.chunks {
      entered.formUnion(Parser.parse(chunk.source, tracing: true).productions)
    }
    let missing = Production.allCases.filter { !entered.contains($0) }.map(\.rawValue)
    #expect(missing.isEmpty, "productions no chunk exercises: \(missing)")
  }

  @Test("the grammar file and the parser name the same productions")
  func grammarMatchesParser() throws {
    let grammar = String(decoding: Repository.bytes(Repository.url("Grammar/coop.ebnf")), as: UTF8.self)
    let defined = Set(
      grammar.split(separator: "\n").compactMap { line -> String? in
        let parts = line.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, !line.hasPrefix(" "), !line.hasPrefix("(") else { return nil }
        let name = parts[0].trimmingCharacters(in: .whitespaces)
        return name.allSatisfy { $0.isLetter || $0 == "_" } ? name : nil
      })
    let known = Set(Production.allCases.map(\.rawValue))
    #expect(defined.subtracting(known).isEmpty, "in the grammar, not the parser: \(defined.subtracting(known).sorted())")
    #expect(known.subtracting(defined).isEmpty, "in the parser, not the grammar: \(known.subtracting(defined).sorted())")
  }

  @Test("every diagnostic id has a conformance case")
  func diagnosticCoverage() {
    let marked = Set(Self.chunks.flatMap { $0.expected.map(\.id) })
    let missing = DiagnosticCode.allCases.filter { !marked.contains($0.rawValue) }.map(\.rawValue)
    #expect(missing.isEmpty, "ids without a conformance case: \(missing)")
  }

  @Test("fmt is idempotent and keeps the tree on every clean chunk")
  func formatterOnCorpus() {
    for chunk in Self.chunks where chunk.expected.isEmpty {
      FormatterProperties.check(chunk.bytes, name: chunk.description)
    }
  }
}
