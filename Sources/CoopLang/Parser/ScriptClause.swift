/// The clauses of a script, in the order the grammar requires them.
enum ScriptClause: Int, CaseIterable, Comparable {
  case header, title, description, uses, param, rounds, privacy, from, filter, group, release
  case combine

  static func < (a: ScriptClause, b: ScriptClause) -> Bool { a.order < b.order }

  /// Position in the required order; header items and params/rounds share a slot.
  var order: Int {
    switch self {
    case .header: 0
    case .title, .description, .uses: 1
    case .param, .rounds: 2
    case .privacy: 3
    case .from: 4
    case .filter: 5
    case .group: 6
    case .release: 7
    case .combine: 8
    }
  }

  /// How the clause is written.
  var spelling: String {
    switch self {
    case .header: "algorithm"
    case .title: "title"
    case .description: "description"
    case .uses: "uses"
    case .param: "param"
    case .rounds: "rounds"
    case .privacy: "privacy"
    case .from: "from"
    case .filter: "where"
    case .group: "group by"
    case .release: "release"
    case .combine: "combine"
    }
  }

  /// Whether the clause may appear more than once.
  var repeatable: Bool { self == .param }

  /// The clause a token starts, if any (without guessing at misspellings).
  init?(token: Token) {
    switch token.kind {
    case .keyword(.algorithm): self = .header
    case .keyword(.param): self = .param
    case .keyword(.rounds): self = .rounds
    case .keyword(.privacy): self = .privacy
    case .keyword(.from): self = .from
    case .keyword(.where): self = .filter
    case .keyword(.group): self = .group
    case .keyword(.release): self = .release
    case .keyword(.combine): self = .combine
    case .identifier where token.text == "title": self = .title
    case .identifier where token.text == "description": self = .description
    case .identifier where token.text == "uses": self = .uses
    default: return nil
    }
  }

  /// The single word that starts the clause.
  var word: String { self == .group ? "group" : spelling }
}
