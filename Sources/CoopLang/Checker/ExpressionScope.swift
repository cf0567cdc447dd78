/// Where an expression is checked, which decides what names mean.
enum ExpressionScope: Hashable {
  /// `where`, group keys and aggregate arguments: the row, parameters, enums.
  case row
  /// `param … init`: literals and functions of public data only.
  case parameterInit
  /// `combine`: released values, group keys and parameters — never rows.
  case combine(keys: [String: ValueType], released: Set<String>)
}
