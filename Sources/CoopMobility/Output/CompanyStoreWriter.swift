import CoopEngine
import Foundation

/// Writes one company's normalized store: a SQLite file with `sites` and `employees`.
enum CompanyStoreWriter {
  /// Writes `company` to `url` atomically, in one transaction, foreign keys enforced.
  static func write(_ company: SyntheticCompany, to url: URL) throws(SynthesisError) {
    let temporary = AtomicFile.temporaryPath(for: url)
    unlink(temporary)
    do {
      try fill(temporary, with: company)
    } catch {
      unlink(temporary)
      throw .sqlite(path: url.path, message: error.message)
    }
    try AtomicFile.commit(temporary: temporary, to: url)
  }

  private static func fill(_ path: String, with company: SyntheticCompany) throws(SQLiteError) {
    let connection = try SQLiteConnection(path: path)
    // No journal: the file is private until renamed, so a failure just discards it.
    try connection.execute(
      "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;")
    try connection.execute(MobilityStoreLayout.sitesTable + MobilityStoreLayout.employeesTable)
    try connection.execute("BEGIN")
    do {
      let site = try connection.prepare("INSERT INTO sites VALUES (?, ?, ?, ?)")
      for row in company.sites { try site.bind(row.storeRow.map(\.sqliteValue)).run() }
      let employee = try connection.prepare(
        "INSERT INTO employees VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      for row in company.employees { try employee.bind(row.storeRow.map(\.sqliteValue)).run() }
    }
    try connection.execute("COMMIT")
  }
}
