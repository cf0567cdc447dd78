import Foundation

extension Demo {
  /// Step 5: registers the author and analyst, enrolls every edge and starts one edge agent per
  /// company as its own process. The last company's policy allows at most ε = 1 per job, so it
  /// refuses the third-places job: the report shows a refusal and its reason.
  func startEdges(companies: [CompanySummary], hub: DemoHub, board: DemoBoard) throws {
    let operatorArguments = ["--hub", hub.url, "--key", "keys/operator.key"]
    try cli.run(["hub", "enroll", "--role", "author", "--public-key", "keys/author.pub"] + operatorArguments)
    try cli.run(["hub", "enroll", "--role", "analyst", "--public-key", "keys/analyst.pub"] + operatorArguments)
    for (index, company) in companies.enumerated() {
      let n = Demo.number(index + 1)
      try cli.run(["hub", "enroll", "--role", "edge", "--public-key", "keys/edge-\(n).pub", "--name", company.name] + operatorArguments)
      let dir = work.appendingPathComponent("edges/edge-\(n)")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let strict = index == companies.count - 1
      let config = """
        # Edge agent of \(company.name) (synthetic company \(company.key)).
        key = "\(work.appendingPathComponent("keys/edge-\(n).key").path)"
        dataset = "mobility"
        store = "\(work.appendingPathComponent("data/\(company.key).sqlite").path)"
        ledger = "ledger.sqlite"
        audit_log = "audit.log"

        [hub]
        url = "\(hub.url)"
        key = "\(hub.publicKey)"

        [board]
        file = "\(board.file)"
        fingerprint = "\(board.fingerprint)"

        [policy]
        schemas = ["mobility"]
        algorithms = ["carpool", "shuttle", "third_places"]
        max_epsilon_per_job = \(strict ? "1" : "1.5")
        max_epsilon_per_period = 3

        """
      let file = dir.appendingPathComponent("edge.toml")
      try Data(config.utf8).write(to: file)
      _ = try children.start(
        options.executable, ["edge", "run", "--config", file.path, "--schemas", schemas], in: dir,
        log: dir.appendingPathComponent("edge.log"))
    }
    step(5, "\(companies.count) edge agents enrolled and started, one process per company (default-deny policies; the last allows ε ≤ 1 per job)")
  }

  /// Step 6: bundles (author), submits, and two of the three board members approve each.
  func publishAlgorithms(hub: DemoHub) throws -> [String: String] {
    let bundles = work.appendingPathComponent("bundles")
    try FileManager.default.createDirectory(at: bundles, withIntermediateDirectories: true)
    var hashes: [String: String] = [:]
    for name in DemoOptions.algorithms {
      let script = options.root.appendingPathComponent("Algorithms/mobility/\(name).coop").path
      let file = "bundles/\(name).coopbundle"
      try? FileManager.default.removeItem(at: work.appendingPathComponent(file))
      let bundled = try cli.run(["bundle", script, "--schemas", schemas, "--key", "keys/author.key", "--out", file])
      guard let hash = bundled.split(separator: " ").last.map({ String($0).trimmingCharacters(in: .whitespacesAndNewlines) }), hash.count == 64 else {
        throw DemoError.step("coop bundle printed no hash for \(name)")
      }
      try cli.run(["submit", file, "--hub", hub.url, "--key", "keys/author.key"])
      for member in ["board-1", "board-2"] {
        try cli.run(["approve", hash, "--hub", hub.url, "--key", "keys/\(member).key"])
      }
      hashes[name] = hash
    }
    step(6, "carpool, shuttle, third_places: checked, bundled and signed by the author, submitted, approved by 2 of 3 board members")
    return hashes
  }
}
