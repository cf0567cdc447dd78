import Foundation

/// What `coop demo` builds and where.
public struct DemoOptions: Sendable {
  /// Where the report, exports and working files go.
  public var output: URL
  /// The repository (or installation) holding `Algorithms/`.
  public var root: URL
  /// The `coop` executable used for the hub, the edges and every command.
  public var executable: String
  /// Synthetic companies and employees, and the seed.
  public var companies = 20
  public var employees = 5000
  public var seed: UInt64 = 2026
  /// The report's language.
  public var language: ReportLanguage = .french
  /// Seconds each round waits for the edges.
  public var deadline = 120

  /// Options with defaults for everything but the paths.
  public init(output: URL, root: URL, executable: String) {
    self.output = output
    self.root = root
    self.executable = executable
  }

  /// The three mobility algorithms, in the order they run: the report's.
  static let algorithms = SynergyReportInput.algorithms
}
