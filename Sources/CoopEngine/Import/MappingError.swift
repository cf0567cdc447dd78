/// A mapping file that cannot be used: where (the TOML key path) and what is wrong.
public struct MappingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The mapping file.
  public var file: String
  /// The key path (`tables.employees.columns.mode`), or the line for syntax errors.
  public var location: String
  /// What is wrong.
  public var message: String

  /// A problem at `location` of `file`.
  public init(file: String, location: String, _ message: String) {
    self.file = file
    self.location = location
    self.message = message
  }

  /// `mapping.toml: tables.employees.columns.mode: …`.
  public var description: String {
    location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)"
  }
}
