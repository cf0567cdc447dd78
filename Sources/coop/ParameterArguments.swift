import CoopLang

/// Parses `--param NAME=VALUE` arguments against a script's parameters: numbers with their unit
/// (`30 km`), times (`07:30`), points (`-21.0:55.4`) and lists of points separated by commas.
enum ParameterArguments {
  static func parse(_ arguments: [String], for script: CheckedScript) throws -> [String: ParameterValue] {
    var out: [String: ParameterValue] = [:]
    for argument in arguments {
      guard let eq = argument.firstIndex(of: "=") else { throw UsageError("--param '\(argument)': write NAME=VALUE") }
      let name = String(argument[..<eq])
      let text = String(argument[argument.index(after: eq)...])
      guard let p = script.parameters.first(where: { $0.name == name }) else {
        throw UsageError("--param: the script has no parameter '\(name)'")
      }
      out[name] = try value(text, type: p.type, name: name)
    }
    return out
  }

  private static func value(_ text: String, type: ValueType, name: String) throws -> ParameterValue {
    switch type {
    case .list(let element, _):
      let items = text.split(separator: ",").map { String($0).trimmingSpaces() }
      return .list(try items.map { try value($0, type: element, name: name) })
    case .point:
      let parts = text.split(separator: ":")
      guard parts.count == 2, let lat = ExactDecimal(String(parts[0])), let lon = ExactDecimal(String(parts[1])) else {
        throw UsageError("--param \(name): a point is written LAT:LON, e.g. -21.0:55.4")
      }
      return .point(latitude: lat, longitude: lon)
    default:
      let parsed = Parser.parse(SourceText(path: "--param", text: "algorithm p version 1\nwhere \(text)\n"))
      guard let expr = parsed.script?.filter, !parsed.diagnostics.diagnostics.contains(where: { $0.code.rawValue < "E0103" }) else {
        throw UsageError("--param \(name): '\(text)' is not a value")
      }
      switch LiteralValue.value(of: expr, as: type) {
      case .success(let v): return .number(v)
      case .failure(let problem):
        throw UsageError("--param \(name): \(LiteralValue.diagnostic(problem, at: expr, expected: type).message)")
      }
    }
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
