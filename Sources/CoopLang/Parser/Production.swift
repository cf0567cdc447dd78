/// The productions of Grammar/coop.ebnf, by the names the grammar gives them.
///
/// The parser records each production it enters when tracing is on; a test checks that this list
/// and the grammar file name the same productions, and that the conformance corpus enters them all.
public enum Production: String, CaseIterable, Sendable {
  case source_file, script, algorithm_header, header_item, title_item, description_item, uses_item
  case param_decl, rounds_decl, privacy_clause, privacy_item, unit_item, epsilon_item
  case min_group_item, from_clause, where_clause, group_clause, group_key, release_clause
  case release_item, combine_clause, combine_item
  case type_ref, list_type, range_bound
  case expression, or_expr, and_expr, not_expr, comparison, compare_op, additive, multiplicative
  case unary, postfix, member_suffix, index_suffix, call_suffix, primary, paren_expr
  case list_literal, boolean
  case schema, schema_header, schema_item, schema_unit, enum_decl, zones_decl, zone_entry
  case table_decl, rows_per, column_decl, column_type, column_attr, signed_number
  case identifier, letter, digit, integer, number, quantity, unit, time_literal, string
  case string_char, escape, comment
}
