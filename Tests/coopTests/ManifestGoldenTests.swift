import Foundation
import Testing

/// Every Algorithm's and example's manifest is byte-identical to its golden file, on every run.
@Suite("Manifests")
struct ManifestGoldenTests {
  static let scripts: [String] = ["mobility", "examples"].flatMap { folder in
    let dir = CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/\(folder)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".coop") }.sorted().map { "Algorithms/\(folder)/\($0)" }
  }

  @Test("there are the three mobility algorithms and at least five examples")
  func inventory() {
    #expect(Self.scripts.filter { $0.contains("/mobility/") }.count == 3)
    #expect(Self.scripts.filter { $0.contains("/examples/") }.count >= 5)
  }

  @Test("coop check --manifest writes the golden manifest, twice the same", arguments: scripts)
  func golden(script: String) throws {
    let dir = try CoopProcess.temporaryDirectory()
    let name = URL(fileURLWithPath: script).deletingPathExtension().lastPathComponent
    var outputs: [Data] = []
    for run in 0..<2 {
      let out = dir.appendingPathComponent("\(name)-\(run).json")
      let result = try CoopProcess.run(["check", "--manifest", out.path, script])
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
      outputs.append(try Data(contentsOf: out))
    }
    #expect(outputs[0] == outputs[1])
    let golden = CoopProcess.repositoryRoot.appendingPathComponent("Tests/coopTests/Golden/manifests/\(name).json")
    #expect(outputs[0] == (try Data(contentsOf: golden)), "regenerate with: coop check --manifest \(golden.path) \(script)")
    let json = try JSONSerialization.jsonObject(with: outputs[0]) as? [String: Any]
    for key in ["algorithm", "schema", "source", "reads", "releases", "privacy", "bounds", "parameters", "rounds", "keys"] {
      #expect(json?[key] != nil, "manifest lacks \(key)")
    }
  }

  @Test("coop explain prints the review sheet in text and Markdown", arguments: scripts)
  func explain(script: String) throws {
    let text = try CoopProcess.run(["explain", script])
    #expect(text.status == 0)
    for section in ["What it reads", "What it releases", "Privacy cost", "Worst-case cost and size", "Warnings"] {
      #expect(text.stdout.contains(section))
    }
    // The errors shown are one company's; the sheet says how a federated total's grow.
    #expect(text.stdout.contains("a total over n companies carries about √n times as much"))
    let md = try CoopProcess.run(["explain", "--format", "md", script])
    #expect(md.status == 0 && md.stdout.contains("## Privacy cost") && md.stdout.contains("|---|"))
  }

  @Test("explain on a script with errors prints them and exits 1")
  func explainErrors() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("bad.coop")
    try "algorithm x version 1\n  uses mobility 1\nprivacy\n  unit employee\n  epsilon 0.5\n  min_group 5\nfrom employees e\ngroup by e.id\nrelease\n  n = count()\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let schemas = CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/schemas").path
    let result = try CoopProcess.run(["explain", "--schemas", schemas, file.path], environment: ["NO_COLOR": "1"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("error[E0301]"))
  }
}
