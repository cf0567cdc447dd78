import Foundation
import Testing

@testable import CoopHub

/// `Docs/openapi.yaml` describes exactly the routes the hub serves, with the same roles.
@Suite struct RouteAgreementTests {
  static let document = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Docs/openapi.yaml")

  @Test func documentAndRouterAgree() throws {
    let text = try String(contentsOf: Self.document, encoding: .utf8)
    var documented: Set<String> = []
    var roles: [String: String] = [:]
    var path = ""
    var operation = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("  /"), line.hasSuffix(":") {
        path = String(line.dropFirst(2).dropLast())
      } else if !path.isEmpty, line.hasPrefix("    "), !line.hasPrefix("     "),
        ["get:", "post:", "put:", "delete:"].contains(line.trimmingCharacters(in: .whitespaces))
      {
        operation = line.trimmingCharacters(in: .whitespaces).dropLast().uppercased() + " " + path
        documented.insert(operation)
      } else if line.hasPrefix("      x-coop-roles:") {
        roles[operation] = line.split(separator: ":", maxSplits: 1)[1]
          .trimmingCharacters(in: .whitespaces)
      } else if !line.hasPrefix(" ") {
        path = ""
      }
    }
    let served = Set(HubAPI.endpoints.map { "\($0.method.rawValue) \($0.path)" })
    #expect(documented == served)
    for endpoint in HubAPI.endpoints {
      let key = "\(endpoint.method.rawValue) \(endpoint.path)"
      let expected = "[" + endpoint.roles.map(\.rawValue).sorted().joined(separator: ", ") + "]"
      #expect(roles[key] == expected, "\(key)")
    }
  }
}
