/// "Did you mean" suggestions by edit distance.
public enum Spelling {
  /// The Damerau–Levenshtein distance (with adjacent transpositions) between two strings,
  /// or `limit + 1` as soon as it is known to exceed `limit`.
  public static func distance(_ a: String, _ b: String, limit: Int = 3) -> Int {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMin = current[0]
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          d = min(d, previous2[j - 2] + 1)
        }
        current[j] = d
        rowMin = min(rowMin, d)
      }
      if rowMin > limit { return limit + 1 }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[y.count]
  }

  /// The closest candidate to `word`, if one is close enough to be a likely typo: within 1 edit
  /// for short words, 2 for words of 5 letters or more, and not `word` itself.
  public static func suggest(_ word: String, from candidates: some Sequence<String>) -> String? {
    let limit = word.count >= 5 ? 2 : 1
    var best: (String, Int)?
    for candidate in candidates where candidate != word {
      let d = distance(word.lowercased(), candidate, limit: limit)
      if d <= limit, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) {
        best = (candidate, d)
      }
    }
    return best?.0
  }
}
