/// The bad rows of a rejected import: the first problems, and how many there were in all.
public struct ImportRejection: Sendable, CustomStringConvertible {
  /// The problems listed, in source order.
  public var problems: [RowProblem]
  /// How many problems there were (more than `problems.count` when the list was capped).
  public var total: Int

  /// Every listed problem on its own line, then a summary line.
  public var description: String {
    var lines = problems.map(\.description)
    if total > problems.count { lines.append("… and \(total - problems.count) more problems") }
    lines.append(
      "import rejected: \(total) problem\(total == 1 ? "" : "s"); the store was not changed")
    return lines.joined(separator: "\n")
  }
}
