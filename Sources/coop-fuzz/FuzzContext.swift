import CoopEngine
import CoopLang
import Foundation

/// What every input shares, built once per process on first use: the schema registry and the
/// store. (A global outside `main.swift` is initialised lazily; under libFuzzer the top-level code
/// of `main.swift` never runs, libFuzzer's `main` does.)
struct FuzzContext: Sendable {
  /// The schemas scripts are checked against (`Algorithms/schemas`: mobility).
  let registry: SchemaRegistry
  /// The store accepted scripts run on (see `FuzzStore`), in the temporary directory.
  let store: String
  /// Known findings to skip instead of trapping, so that a campaign goes past them:
  /// `COOP_FUZZ_KNOWN=initial-values,combine-index,format-depth` (see Docs/fuzzing.md).
  let known: Set<String>
  /// The accepted scripts of `Algorithms/` (mobility and examples): bases for the token mutator.
  let algorithms: [[UInt8]]

  /// The checker's limits in the fuzzer: the standard ones, except at most 4,096 cells and 3
  /// rounds, so that a run stays cheap. They only refuse more: a script accepted under them is
  /// accepted under the standard limits.
  static let limits = CheckLimits(
    maxCells: 4096, maxCostPerRow: CheckLimits.standard.maxCostPerRow,
    maxMemoryBytes: CheckLimits.standard.maxMemoryBytes, maxRounds: 3,
    maxEpsilonMicros: CheckLimits.standard.maxEpsilonMicros)

  static let shared = FuzzContext()

  private init() {
    let environment = ProcessInfo.processInfo.environment
    known = Set((environment["COOP_FUZZ_KNOWN"] ?? "").split(separator: ",").map(String.init))
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    registry = SchemaRegistry(directories: [root.appendingPathComponent("Algorithms/schemas")])
    guard let mobility = registry.schema("mobility", version: 1) else {
      fail("coop-fuzz: Algorithms/schemas/mobility.coopschema did not load from \(root.path)")
    }
    var algorithms: [[UInt8]] = []
    for folder in ["mobility", "examples"] {
      let directory = root.appendingPathComponent("Algorithms/\(folder)")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".coop") {
        let path = directory.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        let bytes = [UInt8](data)
        if Checker.check(SourceText(path: name, bytes: bytes), registry: registry).script != nil {
          algorithms.append(bytes)
        }
      }
    }
    self.algorithms = algorithms
    Self.removeStaleStores()
    let temporary = FileManager.default.temporaryDirectory
    store = temporary.appendingPathComponent("coop-fuzz-\(getpid()).sqlite").path
    unlink(store)
    do {
      try FuzzStore.create(schema: mobility, at: store)
    } catch {
      fail("coop-fuzz: cannot write the store \(store): \(error)")
    }
    atexit {
      unlink(FuzzContext.shared.store)
      if ProcessInfo.processInfo.environment["COOP_FUZZ_STATS"] == "1" {
        FileHandle.standardError.write(Data(fuzzStats.summary.utf8))
      }
    }
  }
}

extension FuzzContext {
  /// Removes the stores of processes that no longer run: a crash ends the process without its
  /// `atexit` handler.
  fileprivate static func removeStaleStores() {
    let directory = FileManager.default.temporaryDirectory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in names where name.hasPrefix("coop-fuzz-") && name.hasSuffix(".sqlite") {
      let digits = name.dropFirst("coop-fuzz-".count).dropLast(".sqlite".count)
      guard let pid = Int32(digits), kill(pid, 0) != 0, errno == ESRCH else { continue }
      unlink(directory.appendingPathComponent(name).path)
    }
  }
}

/// How far the inputs went, printed at exit with `COOP_FUZZ_STATS=1`: the share of inputs that
/// reach the checker's acceptance and the interpreter.
struct FuzzStats {
  var inputs = 0
  var formatted = 0
  var accepted = 0
  var ran = 0
  var rounds = 0
  var known = 0

  var summary: String {
    "coop-fuzz: \(inputs) inputs, \(formatted) parsed without errors, \(accepted) accepted by "
      + "the checker, \(ran) ran (\(rounds) rounds), \(known) known findings stepped over\n"
  }
}

/// The counts (one fuzzing thread; a global outside main.swift, initialised on first use).
nonisolated(unsafe) var fuzzStats = FuzzStats()

/// Prints `message` to standard error (optimised builds drop `preconditionFailure`'s message),
/// then traps, which libFuzzer reports as a crash and saves the input.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data(("\n==coop-fuzz== " + message + "\n").utf8))
  preconditionFailure(message)
}
