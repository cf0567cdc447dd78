import CoopLang
import CoopMobility
import Foundation

@testable import CoopEngine

/// Synthetic stores and checked Algorithms shared by the executor tests.
enum ExecutorFixture {
  /// The repository's root directory.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Two synthetic companies (4,000 employees, seed 7), written once per test process.
  static let stores: [String] = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coop-executor-\(UUID().uuidString)")
    guard let communes = try? Communes.bundled(),
      let synthesizer = try? Synthesizer(communes: communes, options: SynthesisOptions(companies: 2, employees: 4000, seed: 7)),
      (try? synthesizer.write(to: dir)) != nil
    else { return [] }
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
      .filter { $0.hasSuffix(".sqlite") }.sorted().map { dir.appendingPathComponent($0).path }
  }()

  static let registry = SchemaRegistry(directories: [root.appendingPathComponent("Algorithms/schemas")])

  /// Every Algorithm and example, checked.
  static let scripts: [String: CheckedScript] = {
    var out: [String: CheckedScript] = [:]
    for folder in ["mobility", "examples"] {
      let dir = root.appendingPathComponent("Algorithms/\(folder)")
      for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where name.hasSuffix(".coop") {
        let url = dir.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { continue }
        if let script = Checker.check(SourceText(path: url.path, bytes: [UInt8](data)), registry: registry).script {
          out[String(name.dropLast(5))] = script
        }
      }
    }
    return out
  }()

  /// The first store.
  static var store: String { stores.first ?? "" }
}
