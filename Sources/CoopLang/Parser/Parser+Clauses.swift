extension Parser {
  /// `privacy_clause`: `privacy` then `unit`, `epsilon`, `min_group` in any order.
  mutating func parsePrivacyClause() -> PrivacyClause {
    enter(.privacy_clause)
    let keyword = advance()
    var clause = PrivacyClause(range: keyword.range)
    let words: [ContextualKeyword] = [.unit, .epsilon, .min_group]
    while current.kind == .identifier {
      var word = ContextualKeyword(rawValue: current.text).flatMap { words.contains($0) ? $0 : nil }
      if word == nil, peek().kind != .assign, peek().kind != .dot,
        let guess = Spelling.suggest(current.text, from: words.map(\.rawValue))
      {
        panicking = false
        error(
          .unknownKeyword, at: current.range,
          "unknown privacy setting '\(current.text)'; did you mean '\(guess)'?",
          fixIt: FixIt("replace with '\(guess)'", range: current.range, replacement: guess))
        panicking = false
        word = ContextualKeyword(rawValue: guess)
      }
      guard let word else { break }
      panicking = false
      enter(.privacy_item)
      advance()
      switch word {
      case .unit:
        enter(.unit_item)
        clause.unit = expectIdentifier("the privacy unit, e.g. 'unit employee'")
      case .epsilon:
        enter(.epsilon_item)
        if let (value, range) = expectPlainNumber("ε, e.g. 'epsilon 0.5'") {
          clause.epsilon = value
          clause.epsilonRange = range
        }
        if acceptWord(.per) != nil {
          _ = expectWord(.round)
          clause.epsilonPerRound = true
        }
      default:
        enter(.min_group_item)
        clause.minGroup = expectInteger("the minimum group size, e.g. 'min_group 5'")
      }
    }
    clause.range = SourceRange(keyword.range.start, previousEnd)
    return clause
  }

  /// `from_clause`: `from TABLE ALIAS`.
  mutating func parseFromClause() -> FromClause? {
    enter(.from_clause)
    let keyword = advance()
    guard let table = expectIdentifier("the table to read, e.g. 'from employees e'") else {
      return nil
    }
    guard
      let alias = expectIdentifier(
        "a name for rows of '\(table.name)', e.g. 'from \(table.name) \(table.name.prefix(1))'")
    else { return nil }
    return FromClause(table: table, alias: alias, range: SourceRange(keyword.range.start, previousEnd))
  }

  /// `group_clause`: `group by KEY [as NAME], …`.
  mutating func parseGroupClause() -> [GroupKey] {
    enter(.group_clause)
    advance()
    expect(.by)  // when missing, read the keys anyway: the intent is clear
    var keys: [GroupKey] = []
    repeat {
      enter(.group_key)
      let expr = parseExpression()
      var alias: Identifier?
      if accept(.as) != nil { alias = expectIdentifier("a name for the group key") }
      keys.append(GroupKey(expr: expr, alias: alias))
    } while accept(.comma) != nil
    return keys
  }

  /// `release_clause`: `release` then one or more `NAME = AGGREGATE [epsilon N]`.
  mutating func parseReleaseClause() -> [ReleaseItem] {
    enter(.release_clause)
    advance()
    var items: [ReleaseItem] = []
    if !atItemName {
      expected("a released value, e.g. 'n = count()'")
    }
    while atItemName {
      panicking = false
      enter(.release_item)
      guard let name = expectIdentifier("the released value's name"),
        expect(.assign, "'=' after the released value's name") != nil
      else {
        synchronizeToItem()
        continue
      }
      var item = ReleaseItem(name: name, value: parseExpression(), range: name.range)
      if acceptWord(.epsilon) != nil,
        let (value, range) = expectPlainNumber("this value's share of ε, e.g. 'epsilon 0.2'")
      {
        item.epsilon = value
        item.epsilonRange = range
      }
      item.range = SourceRange(name.range.start, previousEnd)
      items.append(item)
      if panicking { synchronizeToItem() }
    }
    return items
  }

  /// `combine_clause`: `combine` then one or more `NAME[KEY] = EXPR [where GUARD]`.
  mutating func parseCombineClause() -> [CombineItem] {
    enter(.combine_clause)
    advance()
    var items: [CombineItem] = []
    if current.kind != .identifier { expected("an assignment, e.g. 'centers[c] = …'") }
    while atItemName {
      panicking = false
      enter(.combine_item)
      guard let target = expectIdentifier("the parameter to assign") else { break }
      var key: Identifier?
      if accept(.leftBracket) != nil {
        key = expectIdentifier("a group key name")
        if key == nil || expect(.rightBracket, "']'") == nil {
          synchronizeToItem()
          continue
        }
      }
      guard expect(.assign, "'=' in the combine assignment") != nil else {
        synchronizeToItem()
        continue
      }
      var item = CombineItem(target: target, key: key, value: parseExpression(), range: target.range)
      if accept(.where) != nil { item.guardExpr = parseExpression() }
      item.range = SourceRange(target.range.start, previousEnd)
      items.append(item)
      if panicking { synchronizeToItem() }
    }
    return items
  }

  /// Whether the cursor is at an item's name: an identifier, or a keyword misused as one (`by =`).
  var atItemName: Bool {
    if current.kind == .identifier { return true }
    if case .keyword(let k) = current.kind, !Keyword.scriptClauses.contains(k) {
      return peek().kind == .assign || peek().kind == .leftBracket
    }
    return false
  }

  /// Skips to the start of the next `NAME =` / `NAME[` item, or the next clause.
  mutating func synchronizeToItem() {
    while !atEnd, !startsClause {
      if current.kind == .identifier,
        peek().kind == .assign || peek().kind == .leftBracket,
        position > 0, tokens[position - 1].range.end.line < current.range.start.line
      {
        return
      }
      advance()
    }
  }
}
