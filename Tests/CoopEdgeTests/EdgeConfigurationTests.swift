import CoopCrypto
import CoopEngine
import Foundation
import Testing

@testable import CoopEdge

/// `edge.toml`: the TOML subset, required keys, relative paths and errors that name the line.
@Suite struct EdgeConfigurationTests {
  static let hubKey = SecretKey.generate().publicKey.base64
  static let text = """
    # an edge
    key = "keys/edge.key"
    dataset = "mobility"
    store = "/data/company.sqlite"
    ledger = "ledger.sqlite"
    audit_log = "audit.log"

    [hub]
    url = "http://127.0.0.1:8080"
    key = "\(hubKey)"

    [board]
    file = "board.toml"
    fingerprint = "abc"

    [policy]
    schemas = ["mobility"]
    algorithms = ["mobility.*", "test.count",]
    max_epsilon_per_job = 0.5
    max_epsilon_per_period = "2.25"  # per month
    local_min_group = 3
    never_read = ["employees.home"]
    """

  @Test func readsEveryKey() throws {
    let file = try TOMLFile(parsing: Self.text, source: "edge.toml")
    let config = try EdgeConfiguration(
      file, source: "edge.toml", base: URL(fileURLWithPath: "/etc/coop"))
    #expect(config.keyFile == "/etc/coop/keys/edge.key")
    #expect(config.store == "/data/company.sqlite")
    #expect(config.hubURL.absoluteString == "http://127.0.0.1:8080")
    #expect(config.policy.algorithms == ["mobility.*", "test.count"])
    #expect(config.policy.maxEpsilonPerJob == (try Epsilon("0.5")))
    #expect(config.policy.maxEpsilonPerPeriod == (try Epsilon("2.25")))
    #expect(config.policy.localMinGroup == 3)
    #expect(config.policy.neverRead == ["employees.home"])
  }

  @Test(arguments: [
    ("key = ", "edge.toml:1: the value of 'key' is not"),
    ("key = \"a\"\nkey = \"b\"", "edge.toml:2: 'key' is set twice"),
    ("[hub\n", "edge.toml:1: expected [table]"),
    ("just words", "edge.toml:1: expected key = value"),
    ("key = \"unterminated", "edge.toml:1: the value of 'key'"),
  ])
  func malformedLinesAreNamed(text: String, message: String) {
    #expect(throws: EdgeConfigurationError.self) {
      do { _ = try TOMLFile(parsing: text, source: "edge.toml") } catch {
        #expect("\(error)".hasPrefix(message))
        throw error
      }
    }
  }

  @Test func missingAndInvalidKeysAreNamed() throws {
    let missing = Self.text.replacingOccurrences(of: "dataset = \"mobility\"\n", with: "")
    #expect(throws: EdgeConfigurationError.missing(source: "e", key: "dataset")) {
      try EdgeConfiguration(
        TOMLFile(parsing: missing, source: "e"), source: "e", base: URL(fileURLWithPath: "/"))
    }
    let fine = Self.text.replacingOccurrences(of: "0.5", with: "0.0000001")
    #expect(throws: EdgeConfigurationError.self) {
      try EdgeConfiguration(
        TOMLFile(parsing: fine, source: "e"), source: "e", base: URL(fileURLWithPath: "/"))
    }
  }
}
