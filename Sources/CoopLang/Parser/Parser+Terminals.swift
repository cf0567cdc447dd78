extension Parser {
  /// A name. A keyword in a name's place is reported as such and, unless it starts a clause,
  /// taken as the name so parsing can continue.
  mutating func expectIdentifier(_ what: String) -> Identifier? {
    enter(.identifier)
    if current.kind == .identifier {
      let token = advance()
      return Identifier(token.text, token.range)
    }
    if case .keyword(let keyword) = current.kind, !Keyword.scriptClauses.contains(keyword),
      !Keyword.schemaItems.contains(keyword)
    {
      let token = advance()
      error(
        .keywordAsName, at: token.range,
        "'\(keyword.rawValue)' is a keyword and cannot be used as \(what)",
        notes: [DiagnosticNote("choose another name, e.g. '\(keyword.rawValue)_'")])
      return Identifier(token.text, token.range)
    }
    expected(what)
    return nil
  }

  /// An integer literal (digits only, no unit).
  mutating func expectInteger(_ what: String) -> IntegerLiteral? {
    enter(.integer)
    guard current.kind == .number, current.unit == nil, !current.text.contains(".") else {
      expected(what)
      return nil
    }
    let token = advance()
    let most = RuntimeNumbers.maxMagnitude.units
    guard let value = Int(token.text), value <= most else {
      diagnostics.report(
        Diagnostic(.numberOutOfRange, at: token.range, "\(token.text) is out of range: \(what) is at most \(most)"))
      return IntegerLiteral(value: most, text: token.text, range: token.range)
    }
    return IntegerLiteral(value: value, text: token.text, range: token.range)
  }

  /// A number without a unit, kept as written.
  mutating func expectPlainNumber(_ what: String) -> (NumberLiteral, SourceRange)? {
    enter(.number)
    guard current.kind == .number else {
      expected(what)
      return nil
    }
    if let unit = current.unit {
      error(
        .unexpectedToken, at: current.range,
        "expected \(what), found a quantity in '\(unit.rawValue)'",
        notes: [DiagnosticNote("this value has no unit")])
      advance()
      return nil
    }
    let token = advance()
    return (NumberLiteral(digits: token.text, unit: nil), token.range)
  }

  /// A string literal.
  mutating func expectString(_ what: String) -> StringLiteral? {
    enter(.string)
    guard current.kind == .string else {
      expected(what)
      return nil
    }
    let token = advance()
    return StringLiteral(value: token.text, range: token.range)
  }
}
