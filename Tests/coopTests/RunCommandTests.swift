import Foundation
import Testing

/// `coop run`: the author's sandbox run on a labelled synthetic store, with the budget ledger.
@Suite("coop run")
struct RunCommandTests {
  static let data: URL? = {
    guard let dir = try? CoopProcess.temporaryDirectory(),
      let result = try? CoopProcess.run(["synth", "--companies", "2", "--employees", "2000", "--seed", "5", "--out", dir.path, "--quiet"]),
      result.status == 0
    else { return nil }
    return dir
  }()

  private func store() throws -> String {
    try #require(Self.data).appendingPathComponent("company-01.sqlite").path
  }

  @Test("a run releases a table, debits the ledger, and refuses once the budget is spent")
  func budget() throws {
    let store = try store()
    let ledger = try CoopProcess.temporaryDirectory().appendingPathComponent("ledger.sqlite").path
    let first = try CoopProcess.run(["run", "Algorithms/mobility/carpool.coop", "--data", store, "--ledger", ledger, "--budget", "1.5"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("home_zone") && first.stdout.contains("cells published"))
    #expect(first.stdout.contains("ε spent: 1"))
    let second = try CoopProcess.run(["run", "Algorithms/mobility/carpool.coop", "--data", store, "--ledger", ledger, "--budget", "1.5"])
    #expect(second.status == 1)
    #expect(second.stderr.contains("requested epsilon 1, remaining 0.5"), "\(second.stderr)")
  }

  @Test("json and csv outputs; a multi-round script prints its final parameters")
  func formats() throws {
    let store = try store()
    let ledger = try CoopProcess.temporaryDirectory().appendingPathComponent("ledger.sqlite").path
    let json = try CoopProcess.run(["run", "Algorithms/examples/headcount.coop", "--data", store, "--ledger", ledger, "--format", "json"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["algorithm"] as? String == "headcount")
    let csv = try CoopProcess.run(["run", "Algorithms/examples/headcount.coop", "--data", store, "--ledger", ledger, "--format", "csv"])
    #expect(csv.stdout.hasPrefix("work_zone,employees,half_width_95\r\n"))
    let rounds = try CoopProcess.run(["run", "Algorithms/mobility/third_places.coop", "--data", store, "--ledger", ledger])
    #expect(rounds.status == 0)
    #expect(rounds.stdout.contains("round 2") && rounds.stdout.contains("final parameters: centers = ["))
  }

  @Test("parameters are typed; unknown ones and bad values are usage errors")
  func parameters() throws {
    let store = try store()
    let ledger = try CoopProcess.temporaryDirectory().appendingPathComponent("ledger.sqlite").path
    let ok = try CoopProcess.run(["run", "Algorithms/examples/long_commutes.coop", "--data", store, "--ledger", ledger, "--param", "threshold=30 km"])
    #expect(ok.status == 0, "\(ok.stderr)")
    let unit = try CoopProcess.run(["run", "Algorithms/examples/long_commutes.coop", "--data", store, "--ledger", ledger, "--param", "threshold=30"])
    #expect(unit.status == 2 && unit.stderr.contains("missing unit"))
    let outside = try CoopProcess.run(["run", "Algorithms/examples/long_commutes.coop", "--data", store, "--ledger", ledger, "--param", "threshold=90 km"])
    #expect(outside.status == 1 && outside.stderr.contains("outside"))
    let unknown = try CoopProcess.run(["run", "Algorithms/examples/long_commutes.coop", "--data", store, "--ledger", ledger, "--param", "radius=3 km"])
    #expect(unknown.status == 2)
  }

  @Test("a file that is not a store of the script's schema is refused before any debit")
  func wrongStore() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let fake = dir.appendingPathComponent("fake.sqlite").path
    FileManager.default.createFile(atPath: fake, contents: Data())
    let result = try CoopProcess.run(["run", "Algorithms/examples/headcount.coop", "--data", fake, "--ledger", dir.appendingPathComponent("l.sqlite").path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("not a Coop store") || result.stderr.contains("does not fit"))
  }
}

@Suite("coop run --policy")
struct RunPolicyTests {
  /// A policy file on mobility with `rules` and a fresh ledger, for company 02's store; returns
  /// the arguments of `coop run SCRIPT` under them.
  func runs(under rules: String) throws -> (String) -> [String] {
    let data = try #require(RunCommandTests.data)
    let store = data.appendingPathComponent("company-02.sqlite").path
    let dir = try CoopProcess.temporaryDirectory()
    let policy = dir.appendingPathComponent("policy.toml")
    try ("[policy]\nschemas = [\"mobility\"]\n" + rules).write(to: policy, atomically: true, encoding: .utf8)
    let ledger = dir.appendingPathComponent("ledger.sqlite").path
    return { script in ["run", script, "--data", store, "--ledger", ledger, "--policy", policy.path] }
  }

  @Test("an edge policy refuses what it does not allow and sets the budget")
  func policy() throws {
    let run = try runs(
      under: """
        algorithms = ["carpool", "headcount"]
        max_epsilon_per_job = 1
        max_epsilon_per_period = 1.2
        local_min_group = 8
        """)
    let denied = try CoopProcess.run(run("Algorithms/mobility/shuttle.coop"))
    #expect(denied.status == 1 && denied.stderr.contains("refused by the policy: policy: algorithm shuttle is not allowed"))
    let ok = try CoopProcess.run(run("Algorithms/mobility/carpool.coop") + ["--format", "json"])
    #expect(ok.status == 0, "\(ok.stderr)")
    let table = try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as? [String: Any]
    let cells = table?["cells"] as? [[String: Any]] ?? []
    #expect(cells.allSatisfy { (($0["count"] as? [String: Any])?["units"] as? Int ?? 0) >= 8 })
    let over = try CoopProcess.run(run("Algorithms/examples/headcount.coop"))
    #expect(over.status == 0)
    let spent = try CoopProcess.run(run("Algorithms/examples/headcount.coop"))
    #expect(spent.status == 1 && spent.stderr.contains("requested epsilon 0.2, remaining 0"), "\(spent.stderr)")
  }

  @Test("the policy's lifetime cap applies to local runs over every month")
  func lifetimeCap() throws {
    let run = try runs(
      under: """
        algorithms = ["headcount"]
        max_epsilon_per_job = 1
        max_epsilon_per_period = 4
        max_epsilon_lifetime = 0.3
        """)
    #expect(try CoopProcess.run(run("Algorithms/examples/headcount.coop")).status == 0)
    let refused = try CoopProcess.run(run("Algorithms/examples/headcount.coop"))
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "over the lifetime cap for company-02.sqlite: requested epsilon 0.2, already spent over the lifetime 0.2, cap 0.3"),
      "\(refused.stderr)")
  }
}
