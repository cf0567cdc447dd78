import CoopCrypto
import CoopLang

/// The SQLite layout of a schema's edge store: one table per schema table, in dependency order,
/// with types, `NOT NULL`, keys, foreign keys and `CHECK` constraints generated from the schema.
///
/// Nothing here is specific to one schema: any checked `SchemaModel` has a store.
public struct StoreSchema: Sendable, Hashable {
  /// The schema the store is for.
  public let model: SchemaModel
  /// The tables, each after the tables it refers to (declaration order otherwise).
  public let tables: [StoreTable]

  /// The store layout of `model`.
  public init(_ model: SchemaModel) {
    self.model = model
    let ordered = Self.dependencyOrder(model.tables)
    self.tables = ordered.map { table in
      StoreTable(model: table, columns: table.columns.flatMap { Self.columns(for: $0, in: model) })
    }
  }

  /// The BLAKE2b-256 hash (hex) of the schema's canonical text: manifests name it `sourceHash`.
  public var sourceHash: String { Digest(hashing: Array(model.canonicalSource.utf8)).hex }

  /// The table called `name`.
  public func table(_ name: String) -> StoreTable? { tables.first { $0.name == name } }

  /// Every `CREATE TABLE` statement, in dependency order, each ended with `;` and a newline.
  public var dataDefinition: String {
    tables.map { $0.createStatement + ";\n" }.joined()
  }

  /// Tables sorted so that each comes after those it refers to; cycles keep declaration order.
  static func dependencyOrder(_ tables: [TableModel]) -> [TableModel] {
    var placed: [TableModel] = []
    var placedNames: Set<String> = []
    let declared = Set(tables.map(\.name))
    var remaining = tables
    while !remaining.isEmpty {
      let ready = remaining.firstIndex { table in
        table.columns.compactMap(\.referencedTable).allSatisfy { target in
          target == table.name || placedNames.contains(target) || !declared.contains(target)
        }
      }
      let next = remaining.remove(at: ready ?? 0)
      placed.append(next)
      placedNames.insert(next.name)
    }
    return placed
  }
}
