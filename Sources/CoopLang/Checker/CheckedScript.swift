/// A script that passed every check: names resolved, types known, keys bounded, sensitivities,
/// privacy costs and static bounds computed. This is what manifests describe and executors run.
public struct CheckedScript: Sendable, Hashable {
  /// The algorithm's name.
  public var name: String
  /// Its version.
  public var version: Int
  /// Its title and description, if any.
  public var title: String?
  public var description: String?
  /// The schema it is written against.
  public var schema: SchemaModel
  /// The table it reads and the name of one row.
  public var table: TableModel
  public var alias: String
  /// Public parameters, in declaration order.
  public var parameters: [CheckedParameter]
  /// Rounds of a multi-round script (1 otherwise).
  public var rounds: Int
  /// The privacy settings and the split of ε.
  public var privacy: PrivacyPlan
  /// The row filter.
  public var filter: TypedExpr?
  /// The group keys, in order.
  public var keys: [CheckedKey]
  /// The released values, in order.
  public var releases: [CheckedRelease]
  /// The combine step.
  public var combine: [CheckedCombine]
  /// Worst-case rows, cells, cost and memory.
  public var bounds: StaticBounds
  /// The script in canonical layout (`coop fmt` output).
  public var canonicalSource: String

  /// The columns read, by table, sorted.
  public var columnsRead: [String: [String]] {
    var out: [String: Set<String>] = [:]
    var exprs: [TypedExpr] = keys.map(\.expr) + releases.compactMap(\.argument)
    if let filter { exprs.append(filter) }
    for path in exprs.flatMap(\.columns) {
      out[path.table, default: []].insert(path.column)
      // Following a foreign key reads it.
      var table = self.table
      for join in path.joins {
        out[table.name, default: []].insert(join)
        if let next = table.column(join)?.referencedTable, let model = schema.table(next) { table = model }
      }
    }
    return out.mapValues { $0.sorted() }
  }
}

/// A public parameter.
public struct CheckedParameter: Sendable, Hashable {
  /// Its name.
  public var name: String
  /// Its type.
  public var type: ValueType
  /// Bounds of a scalar, in base units.
  public var bounds: ClosedRange<ExactDecimal>?
  /// The value of its `init` expression, when it has one.
  public var initial: ParameterValue?
}

/// The value of a parameter: a number, a point, or a list of them.
public indirect enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
  case number(ExactDecimal)
  case point(latitude: ExactDecimal, longitude: ExactDecimal)
  case list([ParameterValue])

  public var description: String {
    switch self {
    case .number(let n): n.description
    case .point(let lat, let lon): "point(\(lat), \(lon))"
    case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
    }
  }
}

/// A group key with its domain.
public struct CheckedKey: Sendable, Hashable {
  /// The key's name (its `as` alias, or the last name of its expression).
  public var name: String
  /// The key's expression.
  public var expr: TypedExpr
  /// Its public domain.
  public var domain: KeyDomain
  /// The expression as written (canonical).
  public var source: String
}

/// A released value with its sensitivity and noise.
public struct CheckedRelease: Sendable, Hashable {
  /// What kind of aggregate.
  public enum Kind: String, Sendable, Hashable {
    case count, sum, mean
  }

  /// Its name.
  public var name: String
  /// Its kind.
  public var kind: Kind
  /// The summed expression (sum and mean).
  public var argument: TypedExpr?
  /// The bounds of one row's contribution, in base units (sum and mean).
  public var valueBounds: ClosedRange<ExactDecimal>?
  /// Fractional digits of the fixed-point grid sums are computed on, in base units.
  public var decimals: Int
  /// The display unit and the factor from base units to it (`km`, 1000).
  public var displayUnit: String
  public var displayFactor: Int
  /// The expression as written (canonical).
  public var source: String
}

/// `combine`: `target[key] = value where guard`.
public struct CheckedCombine: Sendable, Hashable {
  /// The parameter assigned.
  public var target: String
  /// The group key indexing it, if any.
  public var key: String?
  /// The new value.
  public var value: TypedExpr
  /// The condition.
  public var guardExpr: TypedExpr?
  /// The assignment as written (canonical).
  public var source: String
}
