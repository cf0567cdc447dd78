import CoopCrypto
import CoopEngine
import CoopLang
import Foundation

/// The board file and its pinned fingerprint.
struct DemoBoard {
  var file: String
  var fingerprint: String
}

/// The running hub: its URL and public key.
struct DemoHub {
  var url: String
  var publicKey: String
}

extension Demo {
  /// Step 1: synthetic companies, their stores labelled with the mobility schema.
  func synthesize() throws -> [CompanySummary] {
    let started = Date()
    let data = work.appendingPathComponent("data")
    let synthesizer = try Synthesizer(
      communes: try Communes.bundled(),
      options: SynthesisOptions(companies: options.companies, employees: options.employees, seed: options.seed))
    let summary = try synthesizer.write(to: data)
    let schema = try SchemaCatalog(directories: [schemas]).load("mobility")
    try Synthesizer.labelStores(in: data, schema: schema)
    step(1, String(format: "%d synthetic companies, %d employees in La Réunion (seed %llu), %.1f s", summary.companies.count, summary.employees, options.seed, Date().timeIntervalSince(started)))
    return summary.companies
  }

  /// Steps 2 and 3: every key, and the board (3 members, quorum 2).
  func makeKeysAndBoard(companies: Int) throws -> DemoBoard {
    let keys = work.appendingPathComponent("keys")
    try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
    let people: [(String, String, String, String)] = [
      ("operator", "analyst", "Hub operator", "Territoire"),
      ("author", "author", "Algorithm author", "Territoire"),
      ("analyst", "analyst", "Territory analyst", "Territoire"),
      ("board-1", "board", "Public authority", "Région Réunion"),
      ("board-2", "board", "Company representative", "Club d'entreprises"),
      ("board-3", "board", "Legal expert", "Cabinet juridique"),
    ]
    for (name, role, holder, organisation) in people {
      try cli.run(["keygen", "--role", role, "--out", "keys/\(name)", "--name", holder, "--organisation", organisation])
    }
    for i in 1...companies {
      try cli.run(["keygen", "--role", "edge", "--out", "keys/edge-\(Demo.number(i))", "--name", "company-\(Demo.number(i))"])
    }
    step(2, "keys: operator, author, analyst, 3 board members, \(companies) edges (secret keys 0600)")
    let output = try cli.run([
      "board", "init", "--member", "keys/board-1.pub", "--member", "keys/board-2.pub",
      "--member", "keys/board-3.pub", "--quorum", "2", "--out", "board.toml",
    ])
    guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("fingerprint ") }) else {
      throw DemoError.step("board init printed no fingerprint")
    }
    let fingerprint = String(line.dropFirst("fingerprint ".count))
    step(3, "board: 3 members, quorum 2, fingerprint \(fingerprint.prefix(16))…")
    return DemoBoard(file: work.appendingPathComponent("board.toml").path, fingerprint: fingerprint)
  }

  /// Step 4: the hub, as its own process on a free loopback port.
  func startHub(board: DemoBoard) throws -> DemoHub {
    let log = work.appendingPathComponent("hub.log")
    _ = try children.start(
      options.executable,
      [
        "hub", "serve", "--dir", "hub", "--listen", "127.0.0.1:0", "--board", board.file,
        "--board-fingerprint", board.fingerprint, "--operator", "keys/operator.pub", "--schemas", schemas,
      ], in: work, log: log)
    let url = try poll(timeout: 60, what: "the hub to listen") { () -> String? in
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      guard let range = text.range(of: "listening on ") else { return nil }
      return String(text[range.upperBound...].prefix { !$0.isWhitespace })
    }
    let key = try PublicKeyFile.read(work.appendingPathComponent("hub/hub.pub").path).key.base64
    step(4, "hub listening on \(url) (its own process; SQLite store, signed requests)")
    return DemoHub(url: url, publicKey: key)
  }

  /// The two-digit form of a company number.
  static func number(_ i: Int) -> String { i < 10 ? "0\(i)" : "\(i)" }
}
