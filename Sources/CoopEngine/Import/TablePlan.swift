import CoopLang

/// How every SQL column of one table is read from a source with a given header.
struct TablePlan: Sendable {
  /// The table filled.
  var table: StoreTable
  /// One plan per SQL column, in the table's column order.
  var fields: [FieldPlan]
  /// The number of fields a source record has.
  var width: Int

  /// The index in `fields` of the key column.
  var keyIndex: Int? { fields.firstIndex { $0.column.isKey } }

  /// For each foreign key: its index in `fields` and the table it refers to.
  var references: [(index: Int, table: String)] {
    fields.indices.compactMap { i in fields[i].column.referencedTable.map { (i, $0) } }
  }
}
