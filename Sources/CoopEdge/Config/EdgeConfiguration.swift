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
/// max_epsilon_lifetime = 48  # optional: every month together (the ledger's lifetime cap)
/// answer_interval_seconds = 5  # optional (default 5): answers leave at received + k·5 s
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
      guard let epsilon = try epsilon(table, key, required: true) else {
        throw .missing(source: source, key: name(table, key))
      }
      return epsilon
    }

    /// An ε, `nil` when absent and not `required`.
    func epsilon(_ table: String, _ key: String, required: Bool) throws(EdgeConfigurationError)
      -> Epsilon?
    {
      guard let text = try number(table, key, required: required) else { return nil }
      guard let epsilon = try? Epsilon(text) else {
        throw .invalid(
          source: source, key: name(table, key), message: "must be an epsilon with ≤ 6 decimals")
      }
      return epsilon
    }

    /// A number of seconds, 0 … `maximum`, with at most 3 decimals; `nil` when absent.
    func seconds(_ table: String, _ key: String, maximum: Duration) throws(EdgeConfigurationError)
      -> Duration?
    {
      guard let text = try number(table, key, required: false) else { return nil }
      let limit = maximum.components.seconds
      guard let value = try? Rational(parsing: text),
        let milliseconds = try? value.multiplied(by: Rational(1000)), milliseconds.denominator == 1,
        (0...Int(limit) * 1000).contains(milliseconds.numerator)
      else {
        throw .invalid(
          source: source, key: name(table, key),
          message: "must be a number of seconds from 0 to \(limit), with ≤ 3 decimals")
      }
      return .milliseconds(milliseconds.numerator)
    }

    /// A number's text as written (integer, decimal or string), `nil` when absent and not
    /// `required`.
    private func number(_ table: String, _ key: String, required: Bool)
      throws(EdgeConfigurationError) -> String?
    {
      switch value(table, key) {
      case .decimal(let number)?, .string(let number)?: return number
      case .integer(let number)?: return String(number)
      case nil:
        if required { throw .missing(source: source, key: name(table, key)) }
        return nil
      default: throw .invalid(source: source, key: name(table, key), message: "must be a number")
      }
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
