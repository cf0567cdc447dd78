/// Why an import did not happen. `rejected` is about the data (exit status 1); the others are
/// about the command, the mapping, the files or the store (exit status 2).
public enum ImportError: Error, Sendable, CustomStringConvertible {
  /// The mapping file cannot be used.
  case mapping(MappingError)
  /// A source file or table cannot be read.
  case source(path: String, String)
  /// The store cannot be opened, created or written, or was made for another schema.
  case store(StoreError)
  /// The request does not say which source fills which table.
  case request(String)
  /// Some rows are bad: nothing was changed.
  case rejected(ImportRejection)

  /// One line (or, for a rejection, the list of problems).
  public var description: String {
    switch self {
    case .mapping(let error): return error.description
    case .source(let path, let message): return "\(path): \(message)"
    case .store(let error): return error.description
    case .request(let message): return message
    case .rejected(let rejection): return rejection.description
    }
  }
}
