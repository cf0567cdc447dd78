/// The rule for algorithm ids and versions: 1 to 64 characters of `a-z 0-9 . _ -`, starting
/// with a letter or digit, so that they fit on one line of every file and log.
enum Identifier {
  static func isValid(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard (1...64).contains(scalars.count), let first = scalars.first,
      isLetterOrDigit(first)
    else { return false }
    return scalars.allSatisfy { isLetterOrDigit($0) || ".-_".unicodeScalars.contains($0) }
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}
