extension Checker {
  /// A parameter: bounded type, optional literal bounds, initial value evaluated now.
  mutating func checkParameter(_ p: ParamDecl, all: [ParamDecl]) -> CheckedParameter? {
    if let first = all.first(where: { $0.name.name == p.name.name }), first.range != p.range {
      report(
        .duplicateName, p.name.range, "duplicate parameter '\(p.name.name)'",
        notes: [DiagnosticNote("first declared here", at: first.name.range)])
      return nil
    }
    guard let type = resolveParameterType(p.type) else { return nil }
    var parameter = CheckedParameter(name: p.name.name, type: type)
    switch type {
    case .list: break
    case .int, .decimal, .distance, .duration, .time:
      guard let bound = p.bound else {
        report(
          .unboundedParameter, p.name.range, "parameter '\(p.name.name)' has no bounds",
          notes: [DiagnosticNote("write e.g. 'param \(p.name.name): \(type) in LOW .. HIGH'")])
        return nil
      }
      switch (LiteralValue.value(of: bound.low, as: type), LiteralValue.value(of: bound.high, as: type)) {
      case (.success(let low), .success(let high)) where low <= high: parameter.bounds = low...high
      case (.failure(let problem), _): report(LiteralValue.diagnostic(problem, at: bound.low, expected: type))
      case (_, .failure(let problem)): report(LiteralValue.diagnostic(problem, at: bound.high, expected: type))
      default: report(.invalidLiteral, bound.high.range, "the upper bound is below the lower bound")
      }
    default:
      report(
        .unboundedParameter, p.type.range, "a parameter cannot be a \(type)",
        notes: [DiagnosticNote("parameters are bounded numbers, quantities, times, points or bounded lists of them")])
      return nil
    }
    if let initial = p.initial { parameter.initial = evaluateInitial(initial, type: type, bounds: parameter.bounds) }
    return parameter
  }

  private mutating func resolveParameterType(_ t: TypeRef) -> ValueType? {
    switch t {
    case .named(let id):
      if let builtin = ValueType.builtins[id.name] { return builtin }
      if schema?.enums[id.name] != nil || schema?.zoneDomains[id.name] != nil {
        report(.unboundedParameter, id.range, "enum and zone parameters are not supported yet; use a number")
        return nil
      }
      let guess = Spelling.suggest(id.name, from: ValueType.builtins.keys)
      report(
        .unknownType, id.range, "unknown type '\(id.name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
        fixIt: guess.map { FixIt("replace with '\($0)'", range: id.range, replacement: $0) })
      return nil
    case .list(let element, let max, let range):
      guard let e = resolveParameterType(element) else { return nil }
      guard (1...10_000).contains(max.value) else {
        report(.unboundedParameter, range, "a list parameter holds 1 to 10000 values")
        return nil
      }
      if case .list = e {
        report(.unboundedParameter, range, "lists of lists are not supported")
        return nil
      }
      // The values a job can give: numbers, quantities, times and points (as scalars are).
      switch e {
      case .int, .decimal, .distance, .duration, .time, .point: break
      default:
        report(
          .unboundedParameter, range, "a list parameter cannot hold \(e) values",
          notes: [DiagnosticNote("lists hold numbers, quantities, times or points")])
        return nil
      }
      return .list(e, max: max.value)
    }
  }

  /// Whether a point value lies on the globe (other values always do): what an edge requires.
  private static func isOnTheGlobe(_ value: ParameterValue) -> Bool {
    guard case .point(let lat, let lon) = value else { return true }
    return ExactDecimal(units: -90) <= lat && lat <= ExactDecimal(units: 90) && ExactDecimal(units: -180) <= lon
      && lon <= ExactDecimal(units: 180)
  }

  /// The value of an `init` expression: literals, points, lists, `zone_centroids(n)`.
  private mutating func evaluateInitial(_ e: Expr, type: ValueType, bounds: ClosedRange<ExactDecimal>?) -> ParameterValue? {
    let typed = typeOf(e, .parameterInit)
    guard typed.type != .invalid else { return nil }
    guard let value = ParameterEvaluator.value(of: typed, schema: schema) else {
      report(.invalidLiteral, e.range, "a parameter's initial value must be a literal, a point, a list of them or zone_centroids(n)")
      return nil
    }
    if case .list(let element, let max) = type {
      guard case .list(let items) = value, items.count <= max else {
        report(.unboundedParameter, e.range, "the initial value has more than \(max) items, or is not a list")
        return nil
      }
      if case .list(let have, _) = typed.type, have != element, !items.isEmpty {
        report(.typeMismatch, e.range, "expected a list of \(element), found a list of \(have)")
        return nil
      }
      guard !items.isEmpty else {
        report(.unboundedParameter, e.range, "the initial list is empty: an edge refuses an empty list")
        return nil
      }
      guard items.allSatisfy(Self.isOnTheGlobe) else {
        report(.invalidLiteral, e.range, "the initial value holds a point off the globe (latitude -90 .. 90, longitude -180 .. 180)")
        return nil
      }
      return value
    }
    guard Self.isOnTheGlobe(value) else {
      report(.invalidLiteral, e.range, "the initial value is a point off the globe (latitude -90 .. 90, longitude -180 .. 180)")
      return nil
    }
    if case .number(let n) = value, let bounds, !bounds.contains(n) {
      report(.invalidLiteral, e.range, "the initial value \(n) is outside the parameter's bounds")
      return nil
    }
    return value
  }
}

/// Evaluates constant expressions: parameter initial values and, on the hub, `combine`.
public enum ParameterEvaluator {
  /// The value of a constant typed expression, or nil if it is not constant.
  public static func value(of e: TypedExpr, schema: SchemaModel?) -> ParameterValue? {
    switch e {
    case .number(let v, _): return .number(v)
    case .list(let items, _):
      let values = items.compactMap { value(of: $0, schema: schema) }
      return values.count == items.count ? .list(values) : nil
    case .call(.point, let args, _):
      guard case .number(let lat)? = value(of: args[0], schema: schema),
        case .number(let lon)? = value(of: args[1], schema: schema)
      else { return nil }
      return .point(latitude: lat, longitude: lon)
    case .call(.zoneCentroids, let args, _):
      guard case .number(let n, _) = args[0], let count = n.rescaled(to: 0)?.units,
        let domain = schema?.zoneDomains.values.sorted(by: { $0.name < $1.name }).first
      else { return nil }
      let heaviest = domain.zones.enumerated().sorted {
        ($0.element.weight ?? 0, -$0.offset) > ($1.element.weight ?? 0, -$1.offset)
      }
      return .list(heaviest.prefix(count).map { .point(latitude: $0.element.latitude, longitude: $0.element.longitude) })
    case .unary(.negate, let inner, _):
      guard case .number(let v)? = value(of: inner, schema: schema), let negated = v.negated else { return nil }
      return .number(negated)
    default: return nil
    }
  }
}
