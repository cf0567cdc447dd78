/// The governance board's review sheet (`coop explain`): what a script reads, what it releases,
/// its privacy cost, worst-case cost and size, the expected error of each value, and warnings,
/// in plain words.
public struct ReviewSheet: Sendable {
  /// Output format.
  public enum Format: String, Sendable, CaseIterable {
    case text, md
  }

  /// The script described.
  public let script: CheckedScript

  /// The sheet of `script`.
  public init(_ script: CheckedScript) { self.script = script }

  /// The sheet as plain text or Markdown.
  public func render(_ format: Format) -> String {
    var doc = SheetWriter(markdown: format == .md)
    let s = script
    doc.title("Review sheet: \(s.name) version \(s.version)")
    if let title = s.title { doc.paragraph(title) }
    if let description = s.description { doc.paragraph(description) }
    writeReads(&doc)
    writeReleases(&doc)
    writePrivacy(&doc)
    writeBounds(&doc)
    if !s.parameters.isEmpty || s.rounds > 1 { writeRounds(&doc) }
    doc.heading("Warnings")
    let warnings = self.warnings
    if warnings.isEmpty { doc.paragraph("None.") } else { warnings.forEach { doc.bullet($0) } }
    return doc.finished
  }

  private func writeReads(_ doc: inout SheetWriter) {
    let s = script
    doc.heading("What it reads")
    doc.paragraph(
      "Schema \(s.schema.name) version \(s.schema.version). It scans table \(s.table.name), where each \(s.privacy.unit) has at most \(s.privacy.rowsPerUnit) row\(s.privacy.rowsPerUnit == 1 ? "" : "s").")
    for (table, columns) in s.columnsRead.sorted(by: { $0.key < $1.key }) {
      doc.bullet("\(table): \(columns.joined(separator: ", "))")
    }
    if let filter = s.filter { doc.paragraph("Rows counted: those where \(TypedExprText.text(filter, alias: s.alias)).") }
  }

  private func writeReleases(_ doc: inout SheetWriter) {
    let s = script
    doc.heading("What it releases")
    if s.keys.isEmpty {
      doc.paragraph("One cell for all rows.")
    } else {
      doc.paragraph("One cell per combination of:")
      for key in s.keys { doc.bullet("\(key.name) = \(key.source): \(key.domain.summary)") }
    }
    doc.paragraph(
      "Each published cell releases a noisy count and the values below. A cell whose noisy count is below \(s.privacy.minGroup) is suppressed and releases nothing.")
    var rows: [[String]] = [["value", "computed as", "expected error (95%)"]]
    let count = s.privacy.noisyNumbers.first  // number 0 is the cell count
    if !s.releases.contains(where: { $0.kind == .count }) {
      rows.append(["(cell count)", "count()", "± \(count.map(Accuracy.halfWidthText) ?? "?") \(s.privacy.unit)s"])
    }
    for (i, r) in s.releases.enumerated() {
      rows.append([r.name, r.source, errorText(release: i)])
    }
    doc.table(rows)
    doc.paragraph(
      "These errors are those of one company's release. Every company adds its own noise, so a total over n companies carries about √n times as much (4.5 times for 20 companies); the hub publishes a total only when it is at least twice its own error.")
  }

  /// The expected error of released value `index` in words, from its own noisy number (by
  /// position, never by name).
  func errorText(release index: Int) -> String {
    let plan = script.privacy
    let r = script.releases[index]
    guard let count = plan.noisyNumbers.first else { return "" }
    if r.kind == .count { return "± \(Accuracy.halfWidthText(count)) \(plan.unit)s" }
    let position = PrivacyPlan.noisyNumberIndex(ofRelease: index, in: script.releases)
    guard plan.noisyNumbers.indices.contains(position) else { return "" }
    let sum = plan.noisyNumbers[position]
    let unit = r.displayUnit.isEmpty ? "" : " \(r.displayUnit)"
    if r.kind == .sum { return "± \(Accuracy.halfWidthText(sum))\(unit)" }
    let maxAbs = r.valueBounds.map { Swift.max(Swift.abs($0.lowerBound.doubleValue), Swift.abs($0.upperBound.doubleValue)) } ?? 0
    let examples = [plan.minGroup, 100].map { n -> String in
      let denominator = Double(n) - Double(count.halfWidth95Units)
      guard denominator > 0 else { return "unbounded for \(n) \(plan.unit)s" }
      let width = (Accuracy.halfWidth(sum) + maxAbs / Double(r.displayFactor) * Double(count.halfWidth95Units)) / denominator
      return "± \(Accuracy.format(width))\(unit) for \(n) \(plan.unit)s"
    }
    return examples.joined(separator: "; ")
  }

  private func writePrivacy(_ doc: inout SheetWriter) {
    let p = script.privacy
    doc.heading("Privacy cost")
    let total = Manifest.micros(p.epsilonTotalMicros)
    let perRound = Manifest.micros(p.epsilonPerRoundMicros)
    doc.paragraph(
      p.rounds > 1
        ? "ε = \(total) for the whole run: \(perRound) per round × \(p.rounds) rounds. Protected person: one \(p.unit)."
        : "ε = \(total) for one run. Protected person: one \(p.unit).")
    doc.paragraph(
      "Noise: exact discrete Laplace, drawn from libsodium's CSPRNG at each edge. Minimum group size: \(p.minGroup) (on noisy counts, then on federated totals).")
    var rows: [[String]] = [["noisy number", "share of ε", "sensitivity", "noise scale"]]
    for (i, n) in p.noisyNumbers.enumerated() {
      let scale = Double(n.scale.numerator) / Double(Swift.max(1, n.scale.denominator))
      let display = scale / Accuracy.pow10(n.decimals) / Double(n.displayFactor)
      let unit = PrivacyPlan.release(ofNoisyNumber: i, in: script.releases)?.displayUnit ?? ""
      let sensitivity = Double(n.sensitivity) / Accuracy.pow10(n.decimals) / Double(n.displayFactor)
      let suffix = unit.isEmpty ? "" : " \(unit)"
      rows.append([n.name, Manifest.micros(n.epsilonMicros), Accuracy.format(sensitivity) + suffix, Accuracy.format(display) + suffix])
    }
    doc.table(rows)
  }

  private func writeBounds(_ doc: inout SheetWriter) {
    let b = script.bounds
    doc.heading("Worst-case cost and size")
    let n = "N(\(b.scannedTable))"
    for (table, perRow) in b.rowsPerScannedRow.sorted(by: { $0.key < $1.key }) {
      doc.bullet(table == b.scannedTable ? "rows scanned: \(perRow)·\(n)" : "lookups in \(table): \(perRow)·\(n)")
    }
    doc.bullet("released cells: at most \(b.cells.max)")
    doc.bullet("cost: \(b.costPerRow.min)·\(n) to \(b.costPerRow.max)·\(n) units")
    doc.bullet("aggregation memory: at most \(b.memoryBytes.max) bytes")
  }

  private func writeRounds(_ doc: inout SheetWriter) {
    doc.heading("Parameters and rounds")
    for p in script.parameters {
      doc.bullet("\(p.name): \(p.type)" + (p.initial.map { ", initially \($0)" } ?? ""))
    }
    if script.rounds > 1 {
      doc.paragraph("\(script.rounds) rounds. Between rounds the hub computes, from federated noisy totals only:")
      for c in script.combine { doc.bullet(c.source) }
    }
  }

  /// Things a board member should look at twice.
  public var warnings: [String] {
    let p = script.privacy
    var out: [String] = []
    if p.epsilonTotalMicros > 1_000_000 {
      out.append("The total ε is above 1: a weak guarantee; say why it is needed.")
    }
    if p.minGroup < 5 { out.append("The minimum group size is below 5.") }
    if script.bounds.cells.max > 10_000 {
      out.append("Up to \(script.bounds.cells.max) cells: most will be small and suppressed; coarser keys would be more useful.")
    }
    for (i, r) in script.releases.enumerated() where r.kind == .mean {
      if errorText(release: i).contains("unbounded") {
        out.append("'\(r.name)' is a mean whose error is unbounded for cells of \(p.minGroup): expect it to be noisy in small cells.")
      }
    }
    return out
  }
}
