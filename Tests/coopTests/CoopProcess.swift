import Foundation

/// The built `coop` executable, run as a subprocess in a working directory.
struct CoopProcess {
  /// What a run printed and how it exited.
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  let directory: String

  /// The `coop` binary next to the test bundle in the build directory.
  static var executable: URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // On Linux the tests run from `.build/debug/CoopPackageTests.xctest`, a file in the build
    // directory; elsewhere the bundle may be one level deeper.
    for _ in 0..<4 where !FileManager.default.fileExists(atPath: directory.path + "/coop") {
      directory.deleteLastPathComponent()
    }
    return directory.appendingPathComponent("coop")
  }

  /// Runs `coop ARGUMENTS` in `directory`.
  @discardableResult
  func run(_ arguments: String...) throws -> Result {
    try run(arguments)
  }

  /// Runs `coop` with `arguments` in `directory`.
  func run(_ arguments: [String]) throws -> Result {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}
