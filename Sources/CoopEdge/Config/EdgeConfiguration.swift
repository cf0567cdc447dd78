import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation

/// An edge's configuration file (`edge.toml`); relative paths are relative to the file.
///
/// ```toml
/// key = "edge.key"            # the edge's secret key
/// dataset = "mobility"        # the ledger's dataset name
/// store = "company.sqlite"    # the normalized data store
/// ledger = "ledger.sqlite"    # the privacy-budget ledger
/// audit_log = "audit.log"
///
/// [hub]
/// url = "http://127.0.0.1:8080"
/// key = "BASE64"              # the hub's public key, pinned
///
/// [board]
/// file = "board.toml"
/// fingerprint = "HEX"
///
/// [policy]
/// schemas = ["mobility"]
/// algorithms = ["mobility.*"]
/// max_epsilon_per_job = 1
/// max_epsilon_per_period = 4  # per calendar month (UTC)
/// local_min_group = 3
/// never_read = ["employees.home"]
/// ```
public struct EdgeConfiguration: Sendable {
  /// The edge's secret key file.
  public var keyFile: String
  /// The ledger's dataset name.
  public var dataset: String
  /// The data store.
  public var store: String
  /// The budget ledger file.
  public var ledger: String
  /// The audit log file.
  public var auditLog: String
  /// The hub's base URL.
  public var hubURL: URL
  /// The hub's pinned public key.
  public var hubKey: PublicKey
  /// The board file.
  public var boardFile: String
  /// The board fingerprint the edge pins.
  public var boardFingerprint: String
  /// The local policy.
  public var policy: EdgePolicy

  /// Reads and checks the file at `path`.
  public static func read(_ path: String) throws -> EdgeConfiguration {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let base = URL(fileURLWithPath: path).deletingLastPathComponent()
    return try EdgeConfiguration(TOMLFile(parsing: text, source: path), source: path, base: base)
  }

  init(_ file: TOMLFile, source: String, base: URL) throws(EdgeConfigurationError) {
    let reader = Reader(file: file, source: source, base: base)
    keyFile = try reader.path("", "key")
    dataset = try reader.string("", "dataset")
    store = try reader.path("", "store")
    ledger = try reader.path("", "ledger")
    auditLog = try reader.path("", "audit_log")
    guard let url = URL(string: try reader.string("hub", "url")) else {
      throw .invalid(source: source, key: "hub.url", message: "is not a URL")
    }
    hubURL = url
    guard let key = try? PublicKey(base64: try reader.string("hub", "key")) else {
      throw .invalid(source: source, key: "hub.key", message: "is not a base64 public key")
    }
    hubKey = key
    boardFile = try reader.path("board", "file")
    boardFingerprint = try reader.string("board", "fingerprint")
    policy = try EdgePolicy(reader)
  }

  /// Typed access to the file's values, with errors naming the key.
  struct Reader {
    let file: TOMLFile
    let source: String
    let base: URL

    func value(_ table: String, _ key: String) -> TOMLValue? { file.tables[table]?[key] }

    func name(_ table: String, _ key: String) -> String { table.isEmpty ? key : table + "." + key }

    func string(_ table: String, _ key: String) throws(EdgeConfigurationError) -> String {
      guard let value = value(table, key) else {
        throw .missing(source: source, key: name(table, key))
      }
      guard case .string(let text) = value else {
        throw .invalid(source: source, key: name(table, key), message: "must be a string")
      }
      return text
    }

    func path(_ table: String, _ key: String) throws(EdgeConfigurationError) -> String {
      let text = try string(table, key)
      return text.hasPrefix("/") ? text : base.appendingPathComponent(text).path
    }

    func strings(_ table: String, _ key: String, required: Bool = true)
      throws(EdgeConfigurationError) -> [String]
    {
      guard let value = value(table, key) else {
        if required { throw .missing(source: source, key: name(table, key)) }
        return []
      }
      guard case .array(let items) = value else {
        throw .invalid(source: source, key: name(table, key), message: "must be an array")
      }
      var strings: [String] = []
      for item in items {
        guard case .string(let text) = item else {
          throw .invalid(source: source, key: name(table, key), message: "must hold strings")
        }
        strings.append(text)
      }
      return strings
    }

    func epsilon(_ table: String, _ key: String) throws(EdgeConfigurationError) -> Epsilon {
      let text: String
      switch value(table, key) {
      case .decimal(let number)?, .string(let number)?: text = number
      case .integer(let number)?: text = String(number)
      case nil: throw .missing(source: source, key: name(table, key))
      default: throw .invalid(source: source, key: name(table, key), message: "must be a number")
      }
      guard let epsilon = try? Epsilon(text) else {
        throw .invalid(
          source: source, key: name(table, key), message: "must be an epsilon with ≤ 6 decimals")
      }
      return epsilon
    }

    func optionalInteger(_ table: String, _ key: String) throws(EdgeConfigurationError) -> Int? {
      guard let value = value(table, key) else { return nil }
      guard case .integer(let integer) = value, integer >= 0 else {
        throw .invalid(source: source, key: name(table, key), message: "must be an integer ≥ 0")
      }
      return integer
    }
  }
}
