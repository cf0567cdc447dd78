/// Why a schema could not be loaded.
public enum SchemaCatalogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No file for the reference.
  case notFound(reference: String, searched: [String])
  /// The file exists but cannot be read.
  case unreadable(path: String)
  /// The schema has errors; `diagnostics` is their rendering.
  case invalid(path: String, diagnostics: String)

  /// One line (plus rendered diagnostics) saying what is wrong.
  public var description: String {
    switch self {
    case .notFound(let reference, let searched) where searched.isEmpty:
      return "schema file '\(reference)' not found"
    case .notFound(let reference, let searched):
      return "schema '\(reference)' not found; searched for \(reference).coopschema in "
        + searched.joined(separator: ", ")
    case .unreadable(let path):
      return "cannot read schema file '\(path)'"
    case .invalid(let path, let diagnostics):
      return "schema '\(path)' has errors:\n" + diagnostics
    }
  }
}
