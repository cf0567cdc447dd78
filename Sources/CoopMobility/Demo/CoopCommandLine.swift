import Foundation

/// Runs `coop` subcommands for the demo, as separate processes (the real path), capturing
/// their output; a failure throws with the command and what it printed.
struct CoopCommandLine {
  /// The `coop` executable.
  let executable: String
  /// The working directory of every command.
  let directory: URL

  /// Runs `coop arguments…` and returns its standard output.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw DemoError.command("coop " + arguments.joined(separator: " "), output + errors)
    }
    return output
  }
}

/// Why the demo stopped.
public enum DemoError: Error, CustomStringConvertible {
  /// A `coop` command failed.
  case command(String, String)
  /// A step could not be completed.
  case step(String)

  public var description: String {
    switch self {
    case .command(let command, let output):
      "'\(command)' failed:\n" + output.split(separator: "\n").suffix(8).joined(separator: "\n")
    case .step(let why): why
    }
  }
}
