import Foundation

/// The built `coop` executable, run as separate processes: a hub server that can be killed,
/// and one-shot commands.
enum CoopBinary {
  /// `.build/debug/coop` (next to the test bundle).
  static var path: String {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [products, products.deletingLastPathComponent()] {
      let binary = candidate.appendingPathComponent("coop").path
      if FileManager.default.isExecutableFile(atPath: binary) { return binary }
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/coop").path
  }

  /// Runs `coop arguments…` in `directory` to its end: status and standard output + error.
  static func run(_ arguments: [String], in directory: String) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// A `coop hub serve` process on a free loopback port.
final class HubProcess {
  let process = Process()
  /// The hub's base URL, once it listens.
  private(set) var url = ""

  /// Starts the hub and waits (up to 20 s) for its "listening on" line.
  init(_ arguments: [String], in directory: String) throws {
    process.executableURL = URL(fileURLWithPath: CoopBinary.path)
    process.arguments = ["hub", "serve"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var text = ""
    let deadline = Date().addingTimeInterval(20)
    while !text.contains("\n"), Date() < deadline {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      text += String(decoding: chunk, as: UTF8.self)
    }
    guard let range = text.range(of: "listening on ") else {
      process.terminate()
      throw CocoaError(.fileReadUnknown)
    }
    url = String(text[range.upperBound...].prefix { !$0.isWhitespace })
  }

  /// `kill -9`: no chance to flush or close anything.
  func kill() {
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// SIGTERM, then wait.
  func stop() {
    process.terminate()
    process.waitUntilExit()
  }
}
