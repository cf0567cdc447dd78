import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation

@testable import CoopHub

/// Real scripts for the in-process hub: bundles made by `coop bundle`, and edge stores of the
/// mobility schema, so that edges can run the production `ExecutorRunner`.
extension HubFixture {
  /// `Algorithms/PATH.coop` bundled with `coop bundle` under the fixture's author key.
  func algorithmBundle(_ path: String) throws -> ScriptBundle {
    let key = directory + "/author.key"
    if !FileManager.default.fileExists(atPath: key) {
      try SecretKeyFile(role: .author, key: author, owner: try KeyOwner(name: "author", organisation: ""))
        .write(to: key)
    }
    let out = directory + "/" + path.replacingOccurrences(of: "/", with: "-") + ".coopbundle"
    let arguments = [
      "bundle", "\(Cooperative.packageRoot)/Algorithms/\(path).coop", "--key", key, "--out", out,
      "--schemas", Cooperative.schemas,
    ]
    let (status, output) = try CoopBinary.run(arguments, in: directory)
    guard status == 0 else {
      throw CooperativeError.command(arguments.joined(separator: " "), status: status, output: output)
    }
    return try BundleFile(parsing: Array(try Data(contentsOf: URL(fileURLWithPath: out))), source: out)
      .bundle
  }

  /// A script that checks against the mobility schema, for hubs that check parameters (its
  /// manifest is not `edgeManifest`: edges running the real executor refuse it, before any debit).
  static let countScript = """
    algorithm count version 1
      uses mobility 1

    privacy
      unit employee
      epsilon 0.5
      min_group 5

    from employees e
    group by e.mode
    release
      n = count()

    """

  /// An empty store of the mobility schema where edge `index`'s agent reads.
  func emptyStore(_ index: Int) throws {
    let schema = try SchemaCatalog(directories: [Cooperative.schemas]).load("mobility")
    try EdgeStore.create(at: directory + "/store-\(index).sqlite", for: StoreSchema(schema))
  }

  /// A policy running the repository's algorithms on mobility, up to ε 2 per job and 10 a month.
  static func algorithmsPolicy() throws -> EdgePolicy {
    EdgePolicy(
      schemas: ["mobility"], algorithms: ["carpool", "third_places", "long_commutes"],
      maxEpsilonPerJob: try Epsilon("2"), maxEpsilonPerPeriod: try Epsilon("10"), localMinGroup: nil,
      neverRead: [], answerInterval: HubFixture.answerInterval)
  }
}
