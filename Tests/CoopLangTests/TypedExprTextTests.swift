import CoopLang
import Testing

@Suite("Typed expression text and the review sheet")
struct TypedExprTextTests {
  private func checked(where filter: String) throws -> CheckedScript {
    let text = TestScript.filtering(filter)
    let result = Checker.check(SourceText(path: "x.coop", text: text), registry: CheckerTests.registry)
    return try #require(result.script, "\(result.diagnostics.sorted.map(\.message))")
  }

  @Test(
    "parentheses go where precedence needs them, and nowhere else",
    arguments: [
      ("(e.mode == Mode.car_solo or e.mode == Mode.car_passenger) and distance(e.home, e.site.location) > 30 km",
       "(e.mode == Mode.car_solo or e.mode == Mode.car_passenger) and distance(e.home, e.site.location) > 30 km"),
      ("e.mode == Mode.car_solo or e.mode == Mode.car_passenger and e.telework_eligible",
       "e.mode == Mode.car_solo or e.mode == Mode.car_passenger and e.telework_eligible"),
      ("not (e.telework_eligible or e.days_on_site > 3)", "not (e.telework_eligible or e.days_on_site > 3)"),
      ("(not e.telework_eligible) or (e.days_on_site > 3)", "not e.telework_eligible or e.days_on_site > 3"),
      ("not (e.days_on_site > 3)", "not e.days_on_site > 3"),
      ("e.telework_eligible and (e.telework_eligible and true)", "e.telework_eligible and (e.telework_eligible and true)"),
      ("(e.days_on_site > 3) == e.telework_eligible", "(e.days_on_site > 3) == e.telework_eligible"),
      ("e.telework_eligible != (not e.telework_eligible)", "e.telework_eligible != (not e.telework_eligible)"),
      ("e.days_on_site - (3 - 1) > (e.days_on_site - 3) - 1", "e.days_on_site - (3 - 1) > e.days_on_site - 3 - 1"),
      ("(e.days_on_site + 1) * 2 % 5 <= e.days_on_site * (2 % 5)", "(e.days_on_site + 1) * 2 % 5 <= e.days_on_site * (2 % 5)"),
      ("-(e.days_on_site + 1) < - -e.days_on_site", "-(e.days_on_site + 1) < -(-e.days_on_site)"),
      ("e.days_on_site - -3 > -(2)", "e.days_on_site - -3 > -2"),
      ("point(e.home.lat * 2.0, -e.home.lon).lat > 0", "point(e.home.lat * 2.0, -e.home.lon).lat > 0"),
    ])
  func parentheses(written: String, printed: String) throws {
    let script = try checked(where: written)
    let filter = try #require(script.filter)
    #expect(TypedExprText.text(filter, alias: "e") == printed)
    #expect(ReviewSheet(script).render(.text).contains("Rows counted: those where \(printed).\n"))
  }

  @Test(
    "literals print in a unit a reader expects and check back to the same value and type",
    arguments: [
      ("distance(e.home, e.site.location) > 500 m", "distance(e.home, e.site.location) > 0.5 km"),
      ("e.departure - e.arrival >= 5400 s", "e.departure - e.arrival >= 90 min"),
      ("e.departure - e.arrival >= 7200 s", "e.departure - e.arrival >= 2 h"),
      ("e.departure - e.arrival < 0.5 min", "e.departure - e.arrival < 30 s"),
      ("e.departure - e.arrival > -1 h", "e.departure - e.arrival > -1 h"),
      ("e.arrival >= 06:05", "e.arrival >= 06:05"),
      ("e.home.lat * 2.0 > 1.50", "e.home.lat * 2.0 > 1.5"),
      ("e.home_zone == 97411", "e.home_zone == 97411"),
      ("e.site.zone != e.home_zone", "e.site.zone != e.home_zone"),
    ])
  func literals(written: String, printed: String) throws {
    let filter = try #require(try checked(where: written).filter)
    #expect(TypedExprText.text(filter, alias: "e") == printed)
  }
}
