/// What `Synthesizer.write(to:)` produced: the content of `companies.json`.
public struct SynthesisSummary: Sendable, Hashable, Codable {
  /// The seed the data set was drawn from.
  public let seed: UInt64
  /// The total number of employees.
  public let employees: Int
  /// The companies, in file order.
  public let companies: [CompanySummary]
  /// A reminder that the data are made up, for anyone who finds the files.
  public let note: String
}
