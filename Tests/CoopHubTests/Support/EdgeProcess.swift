import Foundation

/// A `coop edge run --config edge.toml` process in its own directory, which also holds its
/// ledger, audit log and the output of each start (`output-N.txt`).
final class EdgeProcess {
  /// The edge's directory.
  let directory: String
  /// Where the schemas are (the edge checks scripts against them).
  let schemas: String
  private var process: Process?
  private var starts = 0

  /// An edge whose configuration is `directory/edge.toml`; not started.
  init(directory: String, schemas: String) {
    self.directory = directory
    self.schemas = schemas
  }

  /// The ledger file.
  var ledger: String { directory + "/ledger.sqlite" }
  /// The audit log file.
  var auditLog: String { directory + "/audit.log" }
  /// Whether the process is running.
  var isRunning: Bool { process?.isRunning ?? false }

  /// Everything the edge printed, over all its starts.
  var output: String {
    (1...max(1, starts)).map { index in
      (try? String(contentsOfFile: "\(directory)/output-\(index).txt", encoding: .utf8)) ?? ""
    }.joined()
  }

  /// Starts the agent and waits (up to 20 s) until it says it is polling.
  func start() async throws {
    precondition(!isRunning, "edge already running")
    starts += 1
    let file = "\(directory)/output-\(starts).txt"
    FileManager.default.createFile(atPath: file, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CoopBinary.path)
    process.arguments = ["edge", "run", "--config", "edge.toml", "--schemas", schemas]
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    self.process = process
    let started = await eventually(timeout: 20) {
      !process.isRunning || ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").contains(" polling ")
    }
    guard started, process.isRunning else {
      throw EdgeProcessError.didNotStart(directory: directory, output: output)
    }
  }

  /// `kill -9`: the agent gets no chance to finish what it was doing.
  func kill() { send(SIGKILL, wait: true) }

  /// SIGTERM, then wait: the edge goes offline.
  func stop() { send(SIGTERM, wait: true) }

  /// SIGSTOP: the process freezes where it is.
  func pause() { send(SIGSTOP, wait: false) }

  /// SIGCONT after `pause`.
  func resume() { send(SIGCONT, wait: false) }

  private func send(_ signal: Int32, wait: Bool) {
    guard let process, process.isRunning else { return }
    if signal == SIGTERM { Foundation.kill(process.processIdentifier, SIGCONT) }
    Foundation.kill(process.processIdentifier, signal)
    if wait {
      process.waitUntilExit()
      self.process = nil
    }
  }
}

/// Why an edge process could not be used.
enum EdgeProcessError: Error, CustomStringConvertible {
  case didNotStart(directory: String, output: String)

  var description: String {
    switch self {
    case .didNotStart(let directory, let output): "edge in \(directory) did not start: \(output)"
    }
  }
}
