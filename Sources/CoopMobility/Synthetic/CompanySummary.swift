/// One company in `companies.json`.
public struct CompanySummary: Sendable, Hashable, Codable {
  /// The file stem (`company-07`): `company-07.sqlite` and the folder `company-07/`.
  public let key: String
  /// The made-up company name.
  public let name: String
  /// What the company does.
  public let sector: CompanySector
  /// Number of work sites.
  public let sites: Int
  /// Number of employees.
  public let employees: Int
}
