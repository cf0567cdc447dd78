import ArgumentParser
import CoopEngine
import CoopMobility
import Foundation

/// `coop synth`: writes a synthetic La Réunion data set of companies and their employees.
struct SynthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "synth",
    abstract: "Generate synthetic La Réunion companies and employees (SQLite and CSV).",
    discussion: """
      Work sites follow the communes' jobs and homes their population (INSEE RP2022), with a \
      distance-decay gravity model. The same options and seed give byte-identical files. \
      See Docs/synthetic-data.md.
      """)

  /// Number of companies.
  @Option(help: "Number of companies, 1…500.")
  var companies = 20

  /// Total number of employees.
  @Option(help: "Total number of employees, at least one per company, at most 5,000,000.")
  var employees = 5000

  /// The seed.
  @Option(help: "Seed of the pseudo-random generator: same seed, same files.")
  var seed: UInt64 = 1

  /// The output directory.
  @Option(help: "Output directory (created if needed).")
  var out: String

  /// Whether to stay silent.
  @Flag(name: .shortAndLong, help: "Print nothing but errors.")
  var quiet = false

  var options: SynthesisOptions {
    SynthesisOptions(companies: companies, employees: employees, seed: seed)
  }

  func validate() throws {
    do {
      try options.validate()
    } catch {
      throw ValidationError(error.description)
    }
  }

  func run() throws {
    let start = Date()
    let communes = try Communes.bundled()
    let synthesizer = try Synthesizer(communes: communes, options: options)
    let directory = URL(fileURLWithPath: out, isDirectory: true)
    let summary = try synthesizer.write(to: directory) { done in
      if !quiet, done % max(1, companies / 10) == 0 || done == companies {
        print("  \(done)/\(companies) companies written")
      }
    }
    let catalog = SchemaCatalog(
      directories: SchemaCatalog.defaultDirectories(
        currentDirectory: FileManager.default.currentDirectoryPath, executablePath: ExecutablePath.current))
    if let schema = try? catalog.load("mobility") {
      try Synthesizer.labelStores(in: directory, schema: schema)
    } else if !quiet {
      print("note: the mobility schema was not found, so the stores are not labelled; run 'coop store label --schema mobility FILE' before using them")
    }
    if !quiet {
      let seconds = Date().timeIntervalSince(start)
      print(
        "wrote \(summary.companies.count) companies, \(summary.employees) employees to \(directory.path) "
          + "in \(String(format: "%.1f", seconds)) s (seed \(seed))")
    }
  }
}
