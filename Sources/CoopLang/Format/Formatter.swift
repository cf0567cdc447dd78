/// The canonical layout of `.coop` scripts and schemas (`coop fmt`).
///
/// One clause or item per line, two-space indentation, single spaces around operators, the
/// fewest parentheses, blank lines between sections, comments kept where they were. Formatting
/// is idempotent and never changes the syntax tree (both are tested).
public enum Formatter {
  /// The canonical text of a parsed file, or nil when it has errors (nothing is formatted then).
  public static func format(_ parsed: ParseResult) -> String? {
    guard !parsed.diagnostics.hasErrors else { return nil }
    var writer = LineWriter(comments: parsed.comments)
    switch parsed.syntax {
    case .script(let script): writeScript(script, to: &writer)
    case .schema(let schema): writeSchema(schema, to: &writer)
    }
    return writer.finish()
  }

  /// Parses and formats `text`; nil when it has errors.
  public static func format(_ text: String, path: String = "<input>") -> String? {
    format(Parser.parse(SourceText(path: path, text: text)))
  }

  static func writeScript(_ s: Script, to w: inout LineWriter) {
    let h = s.header
    let version = h.version.map { " version \($0.text)" } ?? ""
    w.line("algorithm \(h.name.name)\(version)", source: h.range.start)
    if let title = h.title {
      w.line("title \(ExpressionPrinter.quote(title.value))", indent: 1, source: title.range.start)
    }
    if let d = h.description {
      w.line("description \(ExpressionPrinter.quote(d.value))", indent: 1, source: d.range.start)
    }
    if let uses = h.uses {
      w.line("uses \(uses.name.name) \(uses.version.text)", indent: 1, source: uses.name.range.start)
    }
    if !s.params.isEmpty || s.rounds != nil { w.blank() }
    for p in s.params { w.line(param(p), source: p.range.start) }
    if let rounds = s.rounds, let range = s.roundsRange {
      w.line("rounds \(rounds.text)", source: range.start)
    }
    if let privacy = s.privacy { writePrivacy(privacy, to: &w) }
    writeQuery(s, to: &w)
    if let combine = s.combine {
      w.blank()
      w.line("combine", source: (s.clauseKeywords.combine ?? combine.first?.range ?? s.range).start)
      for item in combine {
        let key = item.key.map { "[\($0.name)]" } ?? ""
        let guardText = item.guardExpr.map { " where " + ExpressionPrinter.print($0) } ?? ""
        w.line(
          "\(item.target.name)\(key) = \(ExpressionPrinter.print(item.value))\(guardText)",
          indent: 1, source: item.range.start)
      }
    }
  }

  private static func param(_ p: ParamDecl) -> String {
    var text = "param \(p.name.name): \(typeRef(p.type))"
    if let bound = p.bound { text += " " + rangeBound(bound) }
    if let initial = p.initial { text += " init " + ExpressionPrinter.print(initial) }
    return text
  }

  private static func writePrivacy(_ p: PrivacyClause, to w: inout LineWriter) {
    w.blank()
    w.line("privacy", source: p.range.start)
    // Items keep their source order, so comments stay with the item they follow.
    var items: [(SourceRange, String)] = []
    if let unit = p.unit { items.append((unit.range, "unit \(unit.name)")) }
    if let epsilon = p.epsilon, let range = p.epsilonRange {
      items.append((range, "epsilon \(epsilon.digits)" + (p.epsilonPerRound ? " per round" : "")))
    }
    if let minGroup = p.minGroup { items.append((minGroup.range, "min_group \(minGroup.text)")) }
    for (range, text) in items.sorted(by: { $0.0.start < $1.0.start }) {
      w.line(text, indent: 1, source: range.start)
    }
  }

  private static func writeQuery(_ s: Script, to w: inout LineWriter) {
    w.blank()
    if let from = s.from {
      w.line("from \(from.table.name) \(from.alias.name)", source: from.range.start)
    }
    if let filter = s.filter {
      w.line("where " + ExpressionPrinter.print(filter), source: (s.clauseKeywords.filter ?? filter.range).start)
    }
    if let keys = s.groupBy, let first = keys.first {
      let text = keys.map { key in
        ExpressionPrinter.print(key.expr) + (key.alias.map { " as \($0.name)" } ?? "")
      }
      w.line("group by " + text.joined(separator: ", "), source: (s.clauseKeywords.group ?? first.expr.range).start)
    }
    if let release = s.release {
      w.line("release", source: (s.clauseKeywords.release ?? release.first?.range ?? s.range).start)
      for item in release {
        let share = item.epsilon.map { " epsilon \($0.digits)" } ?? ""
        w.line(
          "\(item.name.name) = \(ExpressionPrinter.print(item.value))\(share)", indent: 1,
          source: item.range.start)
      }
    }
  }

  static func typeRef(_ t: TypeRef) -> String {
    switch t {
    case .named(let id): id.name
    case .list(let element, let max, _): "list<\(typeRef(element))> max \(max.text)"
    }
  }

  static func rangeBound(_ b: RangeBound) -> String {
    "in \(ExpressionPrinter.print(b.low)) .. \(ExpressionPrinter.print(b.high))"
  }
}
