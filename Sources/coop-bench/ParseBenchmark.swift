import CoopLang
import Foundation

/// Lex+parse throughput on a generated 1 MB script, against Foundation's JSON parser on a JSON
/// document of the same size as a baseline.
enum ParseBenchmark {
  static func run() {
    let script = generatedScript(bytes: 1_000_000)
    let megabytes = Double(script.count) / 1e6
    let source = SourceText(path: "bench.coop", bytes: script)
    let check = Parser.parse(source)
    precondition(!check.diagnostics.hasErrors, "the generated script must be clean")
    let lexTime = Bench.best(5) { _ = Lexer.lex(script) }
    let parseTime = Bench.best(5) { _ = Parser.parse(source) }
    let json = generatedJSON(bytes: script.count)
    let jsonTime = Bench.best(5) { _ = try? JSONSerialization.jsonObject(with: json) }
    let jsonRate = Double(json.count) / 1e6 / jsonTime
    print("== language front end (\(String(format: "%.2f", megabytes)) MB generated script)")
    Bench.report("lex", megabytes / lexTime, "MB/s", baseline: "JSONSerialization", ratio: megabytes / lexTime / jsonRate)
    Bench.report(
      "lex+parse", megabytes / parseTime, "MB/s", baseline: "JSONSerialization",
      ratio: megabytes / parseTime / jsonRate, goal: "≥ 10 MB/s")
    Bench.report("baseline: JSONSerialization on same-size JSON", jsonRate, "MB/s")
  }

  /// A clean script of about `bytes` bytes: many release items with realistic expressions.
  static func generatedScript(bytes: Int) -> [UInt8] {
    var text = """
      # generated for the parser benchmark
      algorithm bench version 1
        title "Parser benchmark"
        uses mobility 1

      privacy
        unit employee
        epsilon 0.5
        min_group 5

      from employees e
      where e.mode == Mode.car_solo and e.days_on_site >= 3 and not e.telework_eligible
      group by e.home_zone, e.site.zone, slot(e.arrival, 30 min)
      release

      """
    var i = 0
    while text.utf8.count < bytes {
      text += "  v\(i) = sum(clamp(distance(e.home, e.site.location) * \(i % 7 + 1), 0 km, \(i % 80 + 1) km))  # item \(i)\n"
      i += 1
    }
    return Array(text.utf8)
  }

  static func generatedJSON(bytes: Int) -> Data {
    var text = "["
    var i = 0
    while text.utf8.count < bytes {
      text += "{\"name\":\"v\(i)\",\"fn\":\"clamp\",\"args\":[\(i % 7 + 1),0,\(i % 80 + 1)],\"unit\":\"km\",\"ok\":true},"
      i += 1
    }
    text += "null]"
    return Data(text.utf8)
  }
}
