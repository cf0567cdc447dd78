import Foundation

/// Runs the built `coop` executable as a separate process, as a user would.
struct CoopProcess {
  /// The working directory of an instance's runs (the repository root when nil).
  var directory: String?

  /// What a run printed and how it ended.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `coop` binary next to the test bundle (both are in the build's products directory).
  static var executable: URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      bundle.appendingPathComponent("coop"),
      bundle.deletingLastPathComponent().appendingPathComponent("coop"),
      repositoryRoot.appendingPathComponent(".build/debug/coop"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
  }

  /// The repository's root directory.
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Runs `coop arguments…` in `directory` with `environment` added, waiting for it to end.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? repositoryRoot
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A new empty temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("coop-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension CoopProcess {
  /// A runner bound to a working directory.
  init(directory: String) { self.directory = directory }

  /// Runs `coop ARGUMENTS` in this runner's directory.
  @discardableResult
  func run(_ arguments: String...) throws -> Result {
    try run(arguments)
  }

  /// Runs `coop` with `arguments` in this runner's directory.
  func run(_ arguments: [String]) throws -> Result {
    try CoopProcess.run(arguments, in: directory.map { URL(fileURLWithPath: $0) })
  }
}
