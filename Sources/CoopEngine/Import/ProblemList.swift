/// The problems of an import: the first `limit` kept, all counted.
struct ProblemList {
  let limit: Int
  let showValues: Bool
  private(set) var kept: [RowProblem] = []
  private(set) var total = 0

  init(limit: Int, showValues: Bool) {
    self.limit = max(0, limit)
    self.showValues = showValues
  }

  var isEmpty: Bool { total == 0 }

  /// Records a problem; `value` is kept only when values are shown.
  mutating func add(
    _ source: String, line: Int?, field: String?, _ problem: ValueProblem, value: String? = nil
  ) {
    total += 1
    guard kept.count < limit else { return }
    kept.append(
      RowProblem(
        source: source, line: line, field: field, problem: problem, value: showValues ? value : nil)
    )
  }

  var rejection: ImportRejection { ImportRejection(problems: kept, total: total) }
}
