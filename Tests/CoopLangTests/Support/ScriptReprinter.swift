import CoopLang

/// Rebuilds a checked script from the printed text of its expressions, checks it again and
/// says where the re-checked expressions differ: what the board reads must be what runs.
enum ScriptReprinter {
  /// Which printout of the expressions the rebuilt script is made of.
  enum Form: CaseIterable {
    /// What the review sheet prints: the filter's `TypedExprText`, the keys', released values'
    /// and combine's canonical source.
    case sheet
    /// `TypedExprText` of every checked expression.
    case typed
  }

  /// The differences between `script` (checked from `source`) and its rebuild in `form`, empty
  /// when every expression checks back to the same `TypedExpr`.
  static func differences(_ script: CheckedScript, source: SourceText, form: Form) -> [String] {
    let text = rebuild(script, source: source, form: form)
    let result = Checker.check(SourceText(path: "\(source.path) (\(form))", text: text), registry: CheckerTests.registry)
    guard let again = result.script else {
      return ["the rebuilt script does not check: \(result.diagnostics.sorted.map { "\($0.id) \($0.message)" })\n\(text)"]
    }
    var out: [String] = []
    func compare<T: Equatable>(_ what: String, _ a: T, _ b: T) {
      if a != b { out.append("\(what) changed\n  was: \(a)\n  now: \(b)\n\(text)") }
    }
    compare("filter", script.filter, again.filter)
    compare("keys", script.keys.map { [$0.name: $0.expr] }, again.keys.map { [$0.name: $0.expr] })
    compare("releases", script.releases.map(\.argument), again.releases.map(\.argument))
    compare("release kinds", script.releases.map(\.kind), again.releases.map(\.kind))
    compare("combine values", script.combine.map(\.value), again.combine.map(\.value))
    compare("combine guards", script.combine.map(\.guardExpr), again.combine.map(\.guardExpr))
    compare("combine targets", script.combine.map { "\($0.target)[\($0.key ?? "")]" }, again.combine.map { "\($0.target)[\($0.key ?? "")]" })
    return out
  }

  /// The script: its canonical source up to `from`, then every expression as printed in `form`.
  static func rebuild(_ s: CheckedScript, source: SourceText, form: Form) -> String {
    let shares = Dictionary(
      (Parser.parse(source).script?.release ?? []).compactMap { item in item.epsilon.map { (item.name.name, $0.digits) } },
      uniquingKeysWith: { a, _ in a })
    let lines = s.canonicalSource.split(separator: "\n", omittingEmptySubsequences: false)
    var out = lines.prefix { !$0.hasPrefix("from ") }.map(String.init)
    out.append("from \(s.table.name) \(s.alias)")
    let text = { (e: TypedExpr) in TypedExprText.text(e, alias: s.alias) }
    if let filter = s.filter { out.append("where " + text(filter)) }
    if !s.keys.isEmpty {
      out.append("group by " + s.keys.map { (form == .sheet ? $0.source : text($0.expr)) + " as " + $0.name }.joined(separator: ", "))
    }
    out.append("release")
    for r in s.releases {
      let value = form == .sheet ? r.source : "\(r.kind.rawValue)(\(r.argument.map(text) ?? ""))"
      out.append("  \(r.name) = \(value)" + (shares[r.name].map { " epsilon " + $0 } ?? ""))
    }
    if !s.combine.isEmpty { out.append("combine") }
    for c in s.combine {
      let typed = "\(c.target)\(c.key.map { "[\($0)]" } ?? "") = \(text(c.value))" + (c.guardExpr.map { " where " + text($0) } ?? "")
      out.append("  " + (form == .sheet ? c.source : typed))
    }
    return out.joined(separator: "\n") + "\n"
  }
}
