/// A synthetic company: its sites and, once generated, its employees.
public struct SyntheticCompany: Sendable, Hashable, Codable {
  /// Position in the data set, from 1.
  public let number: Int
  /// The file stem of its outputs (`company-07`).
  public let key: String
  /// A made-up name (`Clinique Tamarin`); any likeness to a real company is accidental.
  public let name: String
  /// What the company does.
  public let sector: CompanySector
  /// Its one to three work sites.
  public let sites: [SyntheticSite]
  /// Its employees (empty in a plan, filled by `Synthesizer.company(_:)`).
  public var employees: [SyntheticEmployee]

  /// The number of employees over all sites.
  public var employeeCount: Int { sites.reduce(0) { $0 + $1.employeeCount } }
}
