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
    let first = try CoopProcess.run(["run", "Algorithms/mobility/carpool.coop", "--data", store, "--ledger", ledger, "--budget", "1"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("home_zone") && first.stdout.contains("cells published"))
    #expect(first.stdout.contains("ε spent: 0.6"))
    let second = try CoopProcess.run(["run", "Algorithms/mobility/carpool.coop", "--data", store, "--ledger", ledger, "--budget", "1"])
    #expect(second.status == 1)
    #expect(second.stderr.contains("requested epsilon 0.6, remaining 0.4"), "\(second.stderr)")
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
    #expect(rounds.stdout.contains("round 4") && rounds.stdout.contains("final parameters: centers = ["))
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
