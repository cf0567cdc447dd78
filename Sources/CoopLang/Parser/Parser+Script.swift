extension Parser {
  /// Parses a whole file: a script (`algorithm …`) or a schema (`schema …`).
  mutating func parseSourceFile() -> SourceFileSyntax {
    enter(.source_file)
    if at(.schema) { return .schema(parseSchema()) }
    if current.kind == .identifier,
      Spelling.suggest(current.text, from: ["algorithm", "schema"]) == "schema"
    {
      reportMisspelledStart(as: "schema")
      tokens[position] = Token(.keyword(.schema), current.range, "schema")
      return .schema(parseSchema())
    }
    return .script(parseScript())
  }

  /// `script`: the header, then clauses. Clauses are accepted in any order so that a misplaced
  /// one is reported as such instead of derailing the rest of the file.
  mutating func parseScript() -> Script {
    enter(.script)
    let start = current.range.start
    var script = Script(
      header: AlgorithmHeader(
        name: Identifier("", SourceRange(at: start)), range: SourceRange(at: start)),
      range: SourceRange(at: start))
    var seen: [ScriptClause: SourceRange] = [:]
    var latest: ScriptClause?
    if !at(.algorithm) {
      if current.kind == .identifier,
        Spelling.suggest(current.text, from: ["algorithm", "schema"]) == "algorithm"
      {
        reportMisspelledStart(as: "algorithm")
        tokens[position] = Token(.keyword(.algorithm), current.range, "algorithm")
      } else {
        error(
          .missingClause, at: SourceRange(at: current.range.start),
          "missing 'algorithm' header: a script starts with 'algorithm NAME version N'",
          fixIt: FixIt(
            "start with an algorithm header", range: SourceRange(at: current.range.start),
            replacement: "algorithm NAME version 1\n"))
        seen[.header] = SourceRange(at: current.range.start)
        seen[.uses] = seen[.header]  // the missing header covers its 'uses'
      }
    }
    while !atEnd {
      panicking = false
      guard let (clause, keywordRange) = clauseAtCursor() else {
        strayTokenAtClauseLevel()
        continue
      }
      checkPlacement(clause, at: keywordRange, seen: &seen, latest: &latest)
      parseClause(clause, into: &script)
      // The rest of a broken clause is skipped, so one mistake gives one diagnostic.
      if panicking { synchronizeToClause() }
    }
    panicking = false
    reportMissingClauses(script, seen: seen)
    script.range = SourceRange(start, previousEnd)
    return script
  }

  private mutating func reportMisspelledStart(as word: String) {
    error(
      .unknownKeyword, at: current.range,
      "unknown keyword '\(current.text)'; did you mean '\(word)'?",
      fixIt: FixIt("replace with '\(word)'", range: current.range, replacement: word))
  }

  /// The clause starting at the cursor, reading a misspelled clause word as the clause it most
  /// likely means (reported once, with a fix-it).
  private mutating func clauseAtCursor() -> (ScriptClause, SourceRange)? {
    if let clause = ScriptClause(token: current) { return (clause, current.range) }
    guard current.kind == .identifier else { return nil }
    let words = ScriptClause.allCases.map(\.word)
    let lowered = current.text.lowercased()
    if lowered == "groupby" || lowered == "group_by" {
      let range = current.range
      error(
        .unknownKeyword, at: range, "unknown keyword '\(current.text)'; did you mean 'group by'?",
        fixIt: FixIt("replace with 'group by'", range: range, replacement: "group by"))
      tokens[position] = Token(.keyword(.by), range, "by")
      return (.group, range)
    }
    guard let guess = Spelling.suggest(current.text, from: words),
      let clause = ScriptClause.allCases.first(where: { $0.word == guess })
    else { return nil }
    let range = current.range
    error(
      .unknownKeyword, at: range, "unknown keyword '\(current.text)'; did you mean '\(guess)'?",
      fixIt: FixIt("replace with '\(guess)'", range: range, replacement: guess))
    tokens[position] = Token(
      Keyword(rawValue: guess).map { .keyword($0) } ?? .identifier, range, guess)
    panicking = false
    return (clause, range)
  }

  private mutating func strayTokenAtClauseLevel() {
    if current.kind == .invalid {  // already reported by the lexer
      advance()
      return
    }
    let clauses = "algorithm, param, rounds, privacy, from, where, group by, release, combine"
    error(
      .unexpectedToken, at: current.range,
      "unexpected \(current.display); expected a clause (\(clauses))")
    advance()
    synchronizeToClause()
  }

  /// Skips to the next token that starts a clause.
  mutating func synchronizeToClause() {
    while !atEnd, !startsClause { advance() }
  }

  /// Whether the current token starts a clause, or is a misspelled clause word first on its line.
  var startsClause: Bool {
    if ScriptClause(token: current) != nil { return true }
    guard current.kind == .identifier, position > 0,
      tokens[position - 1].range.end.line < current.range.start.line
    else { return false }
    let lowered = current.text.lowercased()
    return lowered == "groupby" || lowered == "group_by"
      || Spelling.suggest(current.text, from: ScriptClause.allCases.map(\.word)) != nil
  }

  private mutating func checkPlacement(
    _ clause: ScriptClause, at range: SourceRange, seen: inout [ScriptClause: SourceRange],
    latest: inout ScriptClause?
  ) {
    if let first = seen[clause], !clause.repeatable {
      diagnostics.report(
        Diagnostic(
          .duplicateClause, at: range, "duplicate '\(clause.spelling)' clause",
          notes: [DiagnosticNote("first '\(clause.spelling)' is here", at: first)]))
    } else if let latest, clause < latest {
      diagnostics.report(
        Diagnostic(
          .clauseOutOfOrder, at: range,
          "'\(clause.spelling)' must come before '\(latest.spelling)'",
          notes: [
            DiagnosticNote(
              "clauses go in this order: algorithm, title/description/uses, param/rounds, privacy, from, where, group by, release, combine"
            )
          ]))
    }
    if seen[clause] == nil { seen[clause] = range }
    if latest == nil || latest! < clause { latest = clause }
  }

  private mutating func parseClause(_ clause: ScriptClause, into script: inout Script) {
    let keywordRange = current.range
    switch clause {
    case .header:
      let keyword = advance()
      let header = parseHeaderRest(keywordStart: keyword.range.start)
      if script.header.name.name.isEmpty { script.header = header }
    case .title, .description, .uses:
      parseHeaderItem(into: &script.header)
    case .param:
      if let param = parseParamDecl() { script.params.append(param) }
    case .rounds:
      enter(.rounds_decl)
      let keyword = advance()
      script.rounds = expectInteger("the number of rounds")
      script.roundsRange = keyword.range.union(SourceRange(at: previousEnd))
    case .privacy: script.privacy = parsePrivacyClause()
    case .from: script.from = parseFromClause()
    case .filter:
      script.clauseKeywords.filter = script.clauseKeywords.filter ?? keywordRange
      enter(.where_clause)
      advance()
      script.filter = parseExpression()
    case .group:
      script.clauseKeywords.group = script.clauseKeywords.group ?? keywordRange
      script.groupBy = parseGroupClause()
    case .release:
      script.clauseKeywords.release = script.clauseKeywords.release ?? keywordRange
      script.release = parseReleaseClause()
    case .combine:
      script.clauseKeywords.combine = script.clauseKeywords.combine ?? keywordRange
      script.combine = parseCombineClause()
    }
  }

  private mutating func reportMissingClauses(_ script: Script, seen: [ScriptClause: SourceRange]) {
    let end = SourceRange(at: previousEnd)
    let required: [(ScriptClause, String)] = [
      (.uses, "say which schema the script reads, e.g. 'uses mobility 1'"),
      (.privacy, "declare the privacy cost: 'privacy unit employee epsilon 0.5 min_group 5'"),
      (.from, "say which table the script reads, e.g. 'from employees e'"),
      (.release, "release at least one aggregate, e.g. 'release n = count()'"),
    ]
    guard seen[.header] != nil else { return }
    var seen = seen
    if script.header.uses != nil { seen[.uses] = script.header.uses?.name.range }
    for (clause, hint) in required where seen[clause] == nil {
      let anchor = seen.filter { $0.key > clause }.min { $0.key < $1.key }?.value ?? end
      diagnostics.report(
        Diagnostic(
          .missingClause, at: SourceRange(at: anchor.start),
          "missing '\(clause.spelling)' clause", notes: [DiagnosticNote(hint)]))
    }
  }
}
