import ArgumentParser
import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import CoopLang
import Foundation

/// `coop run FILE --data edge.sqlite`: the sandbox run an author uses on test data — the same
/// engine, noise, threshold and budget ledger an edge uses. Multi-round scripts run all their
/// rounds, evaluating `combine` between rounds.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a script on a local store, with the same noise, threshold and budget ledger as an edge.",
    discussion: """
      The run's total ε is debited from the ledger before anything is released. Parameters are \
      given as NAME=VALUE ('threshold=30 km', 'centers=-21.0:55.4,-21.3:55.5').
      Exit status: 0 when released, 1 when the script has errors or the run is refused, 2 for \
      usage or I/O errors.
      """)

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
  }

  @Argument(help: "The .coop script.")
  var file: String

  @Option(help: "The store (SQLite file in the script's schema).")
  var data: String

  @Option(help: "The budget ledger (default: next to the store, '<store>.ledger').")
  var ledger: String?

  @Option(help: "The ε budget per dataset and month when the ledger has none set (ignored with --policy).")
  var budget: String = "10"

  @Option(help: "An edge policy (a TOML file with a [policy] table, e.g. an edge.toml) to apply to the run.")
  var policy: String?

  @Option(name: .customLong("param"), help: "A parameter value, NAME=VALUE (repeatable).")
  var parameters: [String] = []

  @Option(help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

  @Option(help: "A directory of .coopschema files (default: Algorithms/schemas, then next to the script).")
  var schemas: [String] = []

  func run() throws {
    let script = try ScriptLoader(schemaDirectories: schemas).check(file)
    try reportingUsageErrors {
      let values = try ParameterArguments.parse(parameters, for: script)
      let ledgerPath = ledger ?? data + ".ledger"
      var limit: Epsilon
      do { limit = try Epsilon(budget) } catch { throw UsageError("--budget: \(error)") }
      var localMinGroup: Int?
      var lifetimeLimit: Epsilon?
      if let policy {
        let rules: EdgePolicy
        do { rules = try EdgePolicy.read(policy) } catch { throw UsageError("\(error)") }
        let manifest = Array(ScriptLoader.manifest(script).text.utf8)
        if case .failure(let refusal) = rules.admit(algorithm: script.name, facts: ManifestFacts(manifest)) {
          Terminal.error("coop: refused by the policy: \(refusal)")
          throw ExitCode(1)
        }
        limit = rules.maxEpsilonPerPeriod
        lifetimeLimit = rules.maxEpsilonLifetime
        localMinGroup = rules.localMinGroup
      }
      let outcome: LocalRun.Outcome
      do {
        outcome = try LocalRun(
          script: script, store: data, ledger: ledgerPath, budget: limit, lifetimeLimit: lifetimeLimit,
          localMinGroup: localMinGroup
        ).run(parameters: values)
      } catch let error as LedgerError {
        Terminal.error("coop: refused: \(error)")
        throw ExitCode(1)
      } catch let error as ExecutionError {
        Terminal.error("coop: \(error)")
        throw ExitCode(1)
      }
      switch format {
      case .table:
        Terminal.write(ReleaseTableRendering.text(outcome.table))
        if script.rounds > 1 {
          Terminal.write("final parameters: " + outcome.parameters.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "; ") + "\n")
        }
        Terminal.write("ε spent: \(outcome.epsilon) (job \(outcome.job)); remaining this month: \(outcome.remaining)\n")
      case .csv: Terminal.write(ReleaseTableRendering.csv(outcome.table))
      case .json:
        let data = try outcome.table.canonicalJSON()
        Terminal.write(String(decoding: data, as: UTF8.self) + "\n")
      }
    }
  }
}
