import CoopLang
import Foundation
import Testing

@Suite("Formatter")
struct FormatterTests {
  @Test("fmt is idempotent and keeps the tree on every Algorithm, example and schema")
  func algorithms() {
    let files = Repository.files(under: "Algorithms", extensions: [".coop", ".coopschema"])
    for url in files {
      FormatterProperties.check(Repository.bytes(url), name: url.path)
    }
  }

  @Test("fmt is idempotent and keeps the tree on 500 generated scripts and 100 schemas")
  func generated() {
    var generator = ScriptGenerator(seed: 20_261_127)
    for i in 0..<500 {
      let text = generator.script()
      let parsed = Parser.parse(SourceText(path: "gen-\(i)", text: text))
      #expect(!parsed.diagnostics.hasErrors, "generated script \(i) does not parse:\n\(text)\n\(parsed.diagnostics.sorted.map(\.message))")
      FormatterProperties.check(Array(text.utf8), name: "generated script \(i):\n\(text)")
    }
    for i in 0..<100 {
      let text = generator.schema()
      FormatterProperties.check(Array(text.utf8), name: "generated schema \(i):\n\(text)")
    }
  }

  @Test("the canonical layout of a messy script")
  func canonicalLayout() {
    let messy = """
      # leading comment
      algorithm  carpool version 1 title "t" uses mobility 1
      privacy unit employee epsilon 0.5 min_group 5   # budget
      from employees e where ((e.days_on_site)) >= 3 and not (e.telework_eligible)
      group by e.home_zone,slot( e.arrival,30min ) as s
      release drivers=count( )
        # mean distance
        km = mean(clamp(distance(e.home, e.site.location), 0 km, 80 km)) epsilon 0.2
      """
    let expected = """
      # leading comment
      algorithm carpool version 1
        title "t"
        uses mobility 1

      privacy
        unit employee
        epsilon 0.5
        min_group 5  # budget

      from employees e
      where e.days_on_site >= 3 and not e.telework_eligible
      group by e.home_zone, slot(e.arrival, 30 min) as s
      release
        drivers = count()
        # mean distance
        km = mean(clamp(distance(e.home, e.site.location), 0 km, 80 km)) epsilon 0.2

      """
    #expect(Formatter.format(messy) == expected)
  }

  @Test("parentheses are kept exactly where the tree needs them")
  func parentheses() {
    let cases = [
      ("(a + b) * c", "(a + b) * c"), ("a - (b - c)", "a - (b - c)"), ("(a - b) - c", "a - b - c"),
      ("-(-x)", "-(-x)"), ("not (a and b)", "not (a and b)"), ("(a or b) and c", "(a or b) and c"),
      ("(a < b) == c", "(a < b) == c"), ("(a + b).x", "(a + b).x"), ("-(a.b)", "-a.b"),
    ]
    for (input, want) in cases {
      let script = "algorithm p version 1\n  uses mobility 1\n\nprivacy\n  unit employee\n  epsilon 1\n  min_group 1\n\nfrom employees e\nwhere \(input)\nrelease\n  n = count()\n"
      let formatted = Formatter.format(script)
      #expect(formatted?.contains("where \(want)\n") == true, "\(input) -> \(formatted ?? "nil")")
    }
  }

  @Test("a file with errors is not formatted")
  func refusesErrors() {
    #expect(Formatter.format("algorithm x version\n") == nil)
  }
}
