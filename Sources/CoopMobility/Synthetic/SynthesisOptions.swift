/// What to generate: how many companies and employees, from which seed.
public struct SynthesisOptions: Sendable, Hashable, Codable {
  /// The allowed number of companies.
  public static let companyRange = 1...500
  /// The largest number of employees.
  public static let maxEmployees = 5_000_000

  /// Number of companies, 1…500.
  public var companies: Int
  /// Total number of employees over all companies, at least one per company, at most 5,000,000.
  public var employees: Int
  /// The seed: the same options give byte-identical files.
  public var seed: UInt64

  /// Options with the given counts and seed; call `validate()` before use.
  public init(companies: Int = 20, employees: Int = 5000, seed: UInt64 = 1) {
    self.companies = companies
    self.employees = employees
    self.seed = seed
  }

  /// Throws `SynthesisError.invalidOption` naming the first option out of range.
  public func validate() throws(SynthesisError) {
    guard Self.companyRange.contains(companies) else {
      throw .invalidOption("companies must be between 1 and 500 (got \(companies))")
    }
    guard employees >= companies else {
      throw .invalidOption(
        "employees must be at least the number of companies, \(companies) (got \(employees))")
    }
    guard employees <= Self.maxEmployees else {
      throw .invalidOption("employees must be at most 5,000,000 (got \(employees))")
    }
  }
}
