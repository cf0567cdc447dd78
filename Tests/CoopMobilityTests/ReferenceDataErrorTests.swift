import Foundation
import Testing

@testable import CoopMobility

@Suite("Reference data errors")
struct ReferenceDataErrorTests {
  /// A writable copy of the bundled reference files.
  private func copyOfResources() throws -> URL {
    let source = try Communes.bundledDirectory()
    let target = try TestSupport.temporaryDirectory().appendingPathComponent("reunion")
    try FileManager.default.copyItem(at: source, to: target)
    return target
  }

  private func load(_ directory: URL) -> ReferenceDataError? {
    do {
      _ = try Communes(directory: directory)
      return nil
    } catch {
      return error
    }
  }

  @Test func missingFileIsReported() throws {
    let directory = try copyOfResources()
    try FileManager.default.removeItem(
      at: directory.appendingPathComponent(Communes.Resource.census))
    #expect(load(directory) == .missingResource(Communes.Resource.census))
  }

  @Test func missingCommuneIsReported() throws {
    let directory = try copyOfResources()
    let url = directory.appendingPathComponent(Communes.Resource.census)
    let text = try String(contentsOf: url, encoding: .utf8)
    let kept = text.split(separator: "\n").filter { !$0.hasPrefix("97424;") }.joined(
      separator: "\n")
    try kept.write(to: url, atomically: true, encoding: .utf8)
    #expect(load(directory) == .missingCommune(code: 97424, resource: Communes.Resource.census))
  }

  @Test func malformedFilesAreReported() throws {
    let directory = try copyOfResources()
    try Data("{\"type\": \"FeatureCollection\", \"features\": [".utf8)
      .write(to: directory.appendingPathComponent(Communes.Resource.communes))
    guard case .malformed(let resource, _) = load(directory) else {
      Issue.record("expected a malformed-resource error")
      return
    }
    #expect(resource == Communes.Resource.communes)
  }

  @Test func badNumberIsReportedWithItsLine() throws {
    let directory = try copyOfResources()
    let url = directory.appendingPathComponent(Communes.Resource.census)
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.replacingOccurrences(of: "97401;11445;", with: "97401;many;")
      .write(to: url, atomically: true, encoding: .utf8)
    let error = load(directory)
    #expect(error == .malformed(resource: Communes.Resource.census, reason: "line 2: bad P22_POP"))
    #expect(error?.description.contains("insee-comparateur-974-RP2022.csv") == true)
  }
}
