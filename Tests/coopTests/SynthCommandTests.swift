import ArgumentParser
import Foundation
import Testing

@testable import coop

@Suite("coop synth")
struct SynthCommandTests {
  private func temporaryDirectory() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("coop-synth-\(UUID().uuidString)")
      .path
  }

  private func usageStatus(_ arguments: [String]) -> Int32? {
    do {
      _ = try Coop.parseAsRoot(arguments)
      return nil
    } catch {
      return Coop.exitStatus(for: error)
    }
  }

  @Test(arguments: [
    ["synth", "--companies", "0", "--out", "x"],
    ["synth", "--companies", "501", "--out", "x"],
    ["synth", "--companies", "20", "--employees", "19", "--out", "x"],
    ["synth", "--employees", "5000001", "--out", "x"],
    ["synth", "--companies", "twenty", "--out", "x"],
    ["synth"],
  ])
  func usageErrorsExitWithStatusTwo(arguments: [String]) {
    #expect(usageStatus(arguments) == 2)
  }

  @Test func validationMessageSaysWhatIsWrong() {
    do {
      _ = try Coop.parseAsRoot(["synth", "--companies", "20", "--employees", "3", "--out", "x"])
      Issue.record("expected a validation error")
    } catch {
      #expect(
        Coop.fullMessage(for: error).contains(
          "employees must be at least the number of companies, 20 (got 3)"))
    }
  }

  @Test func writesADataSet() throws {
    let out = temporaryDirectory()
    var command = try Coop.parseAsRoot(
      ["synth", "--companies", "2", "--employees", "30", "--seed", "5", "--out", out, "--quiet"])
    try command.run()
    let json = try Data(
      contentsOf: URL(fileURLWithPath: out).appendingPathComponent("companies.json"))
    let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
    #expect(object?["employees"] as? Int == 30)
    #expect(FileManager.default.fileExists(atPath: out + "/company-01.sqlite"))
    #expect(FileManager.default.fileExists(atPath: out + "/company-02/employees.csv"))
  }

  @Test func isRegistered() {
    #expect(Coop.configuration.subcommands.contains { $0 == SynthCommand.self })
  }
}
