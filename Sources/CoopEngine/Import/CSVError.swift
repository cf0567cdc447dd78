/// A CSV file that cannot be split into records.
enum CSVError: Error, Equatable {
  /// A quoted field opened on `line` never closes.
  case unterminatedQuote(line: Int)
  /// A closing quote is followed by something other than a delimiter or a line end.
  case textAfterQuote(line: Int)

  /// The line the problem is on.
  var line: Int {
    switch self {
    case .unterminatedQuote(let line), .textAfterQuote(let line): line
    }
  }

  /// What is wrong, in a few words.
  var reason: String {
    switch self {
    case .unterminatedQuote: "malformed CSV: a quoted field opened here is never closed"
    case .textAfterQuote:
      "malformed CSV: text after a closing quote (write \"\" for a quote inside a field)"
    }
  }
}
