extension Parser {
  /// `algorithm_header` after its keyword: `NAME version N`, then header items.
  @discardableResult
  mutating func parseHeaderRest(keywordStart: SourceLocation) -> AlgorithmHeader {
    enter(.algorithm_header)
    let name =
      expectIdentifier("the algorithm's name")
      ?? Identifier("", SourceRange(at: previousEnd))
    var header = AlgorithmHeader(name: name, range: SourceRange(at: keywordStart))
    if expect(.version) != nil {
      header.version = expectInteger("a version number")
    }
    while !atEnd, atWord(.title) || atWord(.description) || atWord(.uses) {
      panicking = false
      parseHeaderItem(into: &header)
    }
    header.range = SourceRange(keywordStart, previousEnd)
    return header
  }

  /// `header_item`: `title "…"`, `description "…"` or `uses NAME N`.
  mutating func parseHeaderItem(into header: inout AlgorithmHeader) {
    enter(.header_item)
    if acceptWord(.title) != nil {
      enter(.title_item)
      header.title = expectString("a title in double quotes")
    } else if acceptWord(.description) != nil {
      enter(.description_item)
      header.description = expectString("a description in double quotes")
    } else if acceptWord(.uses) != nil {
      header.uses = parseUsesRest()
    }
  }

  /// `uses_item` after `uses`: `NAME VERSION`.
  mutating func parseUsesRest() -> SchemaReference? {
    enter(.uses_item)
    guard let name = expectIdentifier("the schema's name") else { return nil }
    guard let version = expectInteger("the schema's version, e.g. 'uses \(name.name) 1'") else {
      return nil
    }
    return SchemaReference(name: name, version: version)
  }

  /// `param_decl`: `param NAME: TYPE [in LOW .. HIGH] [init EXPR]`.
  mutating func parseParamDecl() -> ParamDecl? {
    enter(.param_decl)
    let keyword = advance()
    guard let name = expectIdentifier("the parameter's name"),
      expect(.colon, "':' and the parameter's type") != nil,
      let type = parseTypeRef()
    else { synchronizeToClause(); return nil }
    var param = ParamDecl(name: name, type: type, range: keyword.range)
    if at(.in) { param.bound = parseRangeBound() }
    if acceptWord(.`init`) != nil { param.initial = parseExpression() }
    param.range = SourceRange(keyword.range.start, previousEnd)
    return param
  }

  /// `type_ref`: a type name or `list<T> max N`.
  mutating func parseTypeRef() -> TypeRef? {
    enter(.type_ref)
    if atWord(.list), peek().kind == .less {
      enter(.list_type)
      let start = advance().range.start
      advance()
      guard let element = parseTypeRef() else { return nil }
      guard expect(.greater, "'>' to close 'list<'") != nil else { return nil }
      guard
        acceptWord(.max) != nil
          || { expected("'max N': lists are bounded, e.g. 'list<point> max 12'"); return false }()
      else { return nil }
      guard let max = expectInteger("the list's maximum length") else { return nil }
      return .list(element: element, max: max, range: SourceRange(start, previousEnd))
    }
    guard let name = expectIdentifier("a type") else { return nil }
    return .named(name)
  }

  /// `range_bound`: `in LOW .. HIGH`.
  mutating func parseRangeBound() -> RangeBound? {
    enter(.range_bound)
    advance()
    let low = parseExpression()
    guard expect(.dotDot, "'..' between the bounds") != nil else { return nil }
    let high = parseExpression()
    return RangeBound(low: low, high: high)
  }
}
