import CSQLite
import Foundation

/// Imports sources into an edge store: every row is read through the mapping, validated against
/// the schema, and the tables are replaced in one transaction, or not at all.
public struct StoreImport: Sendable {
  /// The store's layout.
  public let schema: StoreSchema
  /// The mapping.
  public let mapping: ImportMapping
  /// The mapping file, for messages.
  public let mappingFile: String
  /// Reporting and lookup options.
  public var options: ImportOptions

  /// An import of `mapping` (read from `mappingFile`) into stores of `schema`.
  public init(
    schema: StoreSchema, mapping: ImportMapping, mappingFile: String,
    options: ImportOptions = ImportOptions()
  ) {
    self.schema = schema
    self.mapping = mapping
    self.mappingFile = mappingFile
    self.options = options
  }

  /// Replaces the tables `sources` fill in the store at `storePath` (created if missing), after
  /// checking every row; throws `.rejected` with the bad rows and leaves the store unchanged
  /// otherwise.
  @discardableResult
  public func run(into storePath: String, from sources: [TableSource]) throws(ImportError)
    -> ImportSummary
  {
    let ordered = try order(sources)
    var inputs: [(TableSource, any RowSource, TablePlan)] = []
    let planner = TablePlanner(
      schema: schema, mapping: mapping, options: options, file: mappingFile)
    for source in ordered {
      guard let tableMapping = mapping.table(source.table) else {
        throw .request("the mapping has no [tables.\(source.table)] section")
      }
      let rows: any RowSource =
        if let sourceTable = source.sourceTable {
          try SQLiteRowSource(path: source.path, table: sourceTable)
        } else {
          try CSVRowSource(path: source.path, mapping: mapping)
        }
      do {
        inputs.append(
          (source, rows, try planner.plan(tableMapping, header: rows.header, sourceName: rows.name))
        )
      } catch {
        throw .mapping(error)
      }
    }
    let created = !FileManager.default.fileExists(atPath: storePath)
    do {
      let store = try open(storePath, created: created)
      var writer = TableWriter(store: store, schema: schema, options: options)
      let tables = try writer.replace(inputs)
      return ImportSummary(created: created, tables: tables)
    } catch {
      if created { unlink(storePath) }
      throw error
    }
  }

  private func open(_ path: String, created: Bool) throws(ImportError) -> EdgeStore {
    do {
      if created { return try EdgeStore.create(at: path, for: schema, now: options.now) }
      let store = try EdgeStore(path: path, flags: SQLITE_OPEN_READWRITE)
      try store.verify(matches: schema)
      return store
    } catch {
      throw .store(error)
    }
  }

  /// `sources` in the schema's dependency order; one source per table.
  private func order(_ sources: [TableSource]) throws(ImportError) -> [TableSource] {
    guard !sources.isEmpty else { throw .request("nothing to import") }
    var seen: Set<String> = []
    for source in sources {
      guard schema.table(source.table) != nil else {
        throw .request("schema \(schema.model.name) has no table '\(source.table)'")
      }
      guard seen.insert(source.table).inserted else {
        throw .request("table \(source.table) is given two sources")
      }
    }
    let rank = Dictionary(uniqueKeysWithValues: schema.tables.enumerated().map { ($1.name, $0) })
    return sources.sorted { rank[$0.table, default: 0] < rank[$1.table, default: 0] }
  }
}
