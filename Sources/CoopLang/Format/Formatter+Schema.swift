extension Formatter {
  static func writeSchema(_ s: Schema, to w: inout LineWriter) {
    let h = s.header
    let version = h.version.map { " version \($0.text)" } ?? ""
    w.line("schema \(h.name.name)\(version)", source: h.range.start)
    if let title = h.title {
      w.line("title \(ExpressionPrinter.quote(title.value))", indent: 1, source: title.range.start)
    }
    if let d = h.description {
      w.line("description \(ExpressionPrinter.quote(d.value))", indent: 1, source: d.range.start)
    }
    for item in s.items {
      w.blank()
      switch item {
      case .unit(let unit): w.line("unit \(unit.name)", source: unit.range.start)
      case .enumeration(let e): writeEnum(e, to: &w)
      case .zones(let z): writeZones(z, to: &w)
      case .table(let t): writeTable(t, to: &w)
      }
    }
  }

  private static func writeEnum(_ e: EnumDecl, to w: inout LineWriter) {
    let oneLine = "enum \(e.name.name) { \(e.cases.map(\.name).joined(separator: ", ")) }"
    if oneLine.count <= 100 {
      w.line(oneLine, source: e.range.start)
      return
    }
    w.line("enum \(e.name.name) {", source: e.range.start)
    for c in e.cases { w.line(c.name + ",", indent: 1, source: c.range.start) }
    w.line("}", source: e.range.end)
  }

  private static func writeZones(_ z: ZonesDecl, to w: inout LineWriter) {
    w.line("zones \(z.name.name) {", source: z.range.start)
    for entry in z.entries {
      var text = "\(entry.code.text) \(ExpressionPrinter.quote(entry.name.value))"
      text += " at \(entry.latitude), \(entry.longitude)"
      if let weight = entry.weight { text += " weight \(weight.text)" }
      w.line(text, indent: 1, source: entry.range.start)
    }
    w.line("}", source: z.range.end)
  }

  private static func writeTable(_ t: TableDecl, to w: inout LineWriter) {
    var head = "table \(t.name.name)"
    if let r = t.rowsPer {
      head += " rows per \(r.unit.name) \(r.min.text)"
      if r.max.value != r.min.value { head += " .. \(r.max.text)" }
      if let column = r.column { head += " by \(column.name)" }
    }
    w.line(head + " {", source: t.range.start)
    for c in t.columns {
      var text = "\(c.name.name): "
      switch c.type {
      case .reference(let table): text += "ref \(table.name)"
      case .value(let type): text += typeRef(type)
      }
      if c.isKey { text += " key" }
      if let bound = c.bound { text += " " + rangeBound(bound) }
      if let resolution = c.resolution {
        text += " resolution " + ExpressionPrinter.print(resolution)
      }
      w.line(text, indent: 1, source: c.range.start)
    }
    w.line("}", source: t.range.end)
  }
}
