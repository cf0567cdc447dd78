extension EdgeStore {
  /// The schema the store records and each of `schema`'s tables' rows and last import.
  public func info(schema: StoreSchema) throws(StoreError) -> StoreInfo {
    try info(tables: schema.tables.map(\.name))
  }

  /// The schema the store records and, for each table it has (in creation order), rows and last
  /// import.
  public func info() throws(StoreError) -> StoreInfo {
    let names = try tablesInCreationOrder().map(\.0).filter {
      !$0.hasPrefix("coop_") && !$0.hasPrefix("sqlite_")
    }
    return try info(tables: names)
  }

  private func info(tables: [String]) throws(StoreError) -> StoreInfo {
    let definitions = try tableDefinitions()
    guard definitions["coop_store"] != nil else { throw .notAStore(path: path) }
    do {
      let store = try connection.prepare(
        "SELECT schema_name, schema_version, schema_hash, created_at FROM coop_store")
      guard try store.step() else { throw StoreError.notAStore(path: path) }
      var info = StoreInfo(
        schemaName: store.text(0) ?? "", schemaVersion: Int(store.integer(1)),
        schemaHash: store.text(2) ?? "", createdAt: store.text(3) ?? "", tables: [])
      let imports = try connection.prepare(
        "SELECT source, imported_at FROM coop_imports WHERE table_name = ?")
      for name in tables where definitions[name] != nil {
        let count = try connection.prepare("SELECT count(*) FROM \"\(name)\"")
        _ = try count.step()
        var table = StoreInfo.TableInfo(name: name, rows: Int(count.integer(0)))
        if try imports.bind(.text(name)).step() {
          table.source = imports.text(0)
          table.importedAt = imports.text(1)
        }
        info.tables.append(table)
      }
      return info
    } catch let error as StoreError {
      throw error
    } catch let error as SQLiteError {
      throw .sqlite(path: path, error)
    } catch {
      throw .notAStore(path: path)
    }
  }
}
