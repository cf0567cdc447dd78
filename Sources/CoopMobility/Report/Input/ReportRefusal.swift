/// A company whose edge did not release results, and the reason its edge gave.
public struct ReportRefusal: Sendable, Hashable {
  /// The company's name.
  public var company: String
  /// Why it refused (for example its budget was spent, or its policy demands a larger group).
  public var reason: String

  /// A refusal.
  public init(company: String, reason: String) {
    self.company = company
    self.reason = reason
  }
}
