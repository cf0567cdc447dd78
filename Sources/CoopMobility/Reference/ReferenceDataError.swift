/// Why La Réunion's reference data could not be loaded.
public enum ReferenceDataError: Error, Equatable, CustomStringConvertible {
  /// A resource file is missing or unreadable.
  case missingResource(String)
  /// A resource file could not be parsed.
  case malformed(resource: String, reason: String)
  /// A commune code 97401–97424 is absent from a resource.
  case missingCommune(code: Int, resource: String)
  /// A resource holds a commune code outside 97401–97424, or holds one twice.
  case unexpectedCommune(code: String, resource: String)

  /// A one-line message naming the file and the problem.
  public var description: String {
    switch self {
    case .missingResource(let name):
      "reference data: cannot read '\(name)'"
    case .malformed(let resource, let reason):
      "reference data: '\(resource)' is malformed: \(reason)"
    case .missingCommune(let code, let resource):
      "reference data: commune \(code) is missing from '\(resource)'"
    case .unexpectedCommune(let code, let resource):
      "reference data: '\(resource)' has an unexpected or repeated commune code '\(code)'"
    }
  }
}
