extension String {
  /// The text without leading and trailing ASCII spaces.
  var trimmingSpaces: Substring {
    let scalars = unicodeScalars
    let start = scalars.firstIndex { $0 != " " } ?? scalars.endIndex
    let end = scalars.lastIndex { $0 != " " }.map { scalars.index(after: $0) } ?? start
    return self[start..<max(start, end)]
  }
}
