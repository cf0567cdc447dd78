import Foundation
import Testing

@testable import CoopEngine

@Suite("Edge store")
struct EdgeStoreTests {
  @Test func aNewStoreVerifiesAgainstItsSchema() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let schema = try StoreFixtures.mobility()
    let path = directory.file("edge.sqlite")
    try EdgeStore.create(at: path, for: schema, now: Date(timeIntervalSince1970: 0))
    let store = try EdgeStore(readingAt: path)
    try store.verify(matches: schema)
    #expect(throws: StoreError.exists(path: path)) { try EdgeStore.create(at: path, for: schema) }
    let info = try store.info(schema: schema)
    #expect(info.schemaName == "mobility" && info.schemaVersion == 1)
    #expect(info.createdAt == "1970-01-01T00:00:00Z")
    #expect(info.schemaHash == schema.sourceHash && info.schemaHash.count == 64)
    #expect(info.tables.map(\.name) == ["sites", "employees"])
    #expect(info.tables.allSatisfy { $0.rows == 0 && $0.source == nil })
  }

  @Test func anotherSchemaIsRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("edge.sqlite")
    try EdgeStore.create(at: path, for: try StoreFixtures.mobility())
    let other = try StoreFixtures.schema(StoreFixtures.commute)
    #expect(
      throws: StoreError.schemaMismatch(
        path: path, store: "schema mobility version 1", wanted: "schema commute version 2")
    ) {
      try EdgeStore(readingAt: path).verify(matches: other)
    }
  }

  @Test func anotherTextOfTheSameSchemaVersionIsRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("edge.sqlite")
    let text = "schema s version 1\nunit u\ntable t {\n  id: id key\n  n: int in 0 .. 9\n}\n"
    try EdgeStore.create(at: path, for: try StoreFixtures.schema(text))
    let edited = try StoreFixtures.schema(text.replacingOccurrences(of: "0 .. 9", with: "0 .. 10"))
    #expect(
      throws: StoreError.schemaMismatch(
        path: path, store: "schema s version 1",
        wanted: "schema s version 1 (the schema's text differs)")
    ) { try EdgeStore(readingAt: path).verify(matches: edited) }
  }

  @Test func aChangedTableIsRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("edge.sqlite")
    let schema = try StoreFixtures.mobility()
    try EdgeStore.create(at: path, for: schema)
    let connection = try SQLiteConnection(path: path)
    try connection.execute("DROP TABLE employees; CREATE TABLE employees (id TEXT)")
    #expect(throws: StoreError.layoutMismatch(path: path, table: "employees")) {
      try EdgeStore(readingAt: path).verify(matches: schema)
    }
  }

  @Test func aDatabaseInTheLayoutCanBeLabelled() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let schema = try StoreFixtures.mobility()
    let path = directory.file("plain.sqlite")
    try SQLiteConnection(path: path).execute(schema.dataDefinition)
    #expect(throws: StoreError.notAStore(path: path)) {
      try EdgeStore(readingAt: path).verify(matches: schema)
    }
    try EdgeStore.label(at: path, for: schema)
    try EdgeStore(readingAt: path).verify(matches: schema)
    try EdgeStore.label(at: path, for: schema)
    let other = directory.file("other.sqlite")
    try SQLiteConnection(path: other).execute("CREATE TABLE sites (id TEXT)")
    #expect(throws: StoreError.layoutMismatch(path: other, table: "sites")) {
      try EdgeStore.label(at: other, for: schema)
    }
    #expect(throws: StoreError.notAStore(path: other)) { try EdgeStore(readingAt: other).info() }
  }

  @Test func readOnlyStoresCannotBeWritten() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("edge.sqlite")
    try EdgeStore.create(at: path, for: try StoreFixtures.mobility())
    let store = try EdgeStore(readingAt: path)
    #expect(throws: SQLiteError.self) { try store.connection.execute("DELETE FROM sites") }
  }

  @Test func missingFilesAndOtherDatabasesAreNotStores() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(throws: StoreError.missing(path: directory.file("none.sqlite"))) {
      try EdgeStore(readingAt: directory.file("none.sqlite"))
    }
    let path = directory.file("other.sqlite")
    try SQLiteConnection(path: path).execute("CREATE TABLE t (x)")
    #expect(throws: StoreError.notAStore(path: path)) { try EdgeStore(readingAt: path).info() }
  }

  @Test func schemasAreFoundByNameOrPathWithDiagnostics() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try "schema broken version 1\nunit person\ntable t { x: nope }\n".write(
      toFile: directory.file("broken.coopschema"), atomically: true, encoding: .utf8)
    let catalog = SchemaCatalog(directories: [
      directory.path, StoreFixtures.root.path + "/Algorithms/schemas",
    ])
    #expect(try catalog.load("mobility").name == "mobility")
    #expect(
      throws: SchemaCatalogError.notFound(reference: "nothing", searched: catalog.directories)
    ) {
      try catalog.load("nothing")
    }
    do {
      _ = try catalog.load(directory.file("broken.coopschema"))
      Issue.record("expected diagnostics")
    } catch {
      #expect(error.description.contains("unknown type 'nope'"))
      #expect(error.description.contains("broken.coopschema:3:"))
    }
  }
}
