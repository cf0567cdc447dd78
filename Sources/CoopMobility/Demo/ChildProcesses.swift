import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The long-running processes a demo starts (the hub and the edges): all are stopped on
/// success, on error and on Ctrl-C.
public final class ChildProcesses: @unchecked Sendable {
  private let lock = NSLock()
  private var running: [Process] = []
  private var interrupt: DispatchSourceSignal?

  /// An empty group; call `stopOnInterrupt()` to make Ctrl-C stop every child.
  public init() {}

  /// Starts `executable arguments…` in `directory`, writing its output to `log`.
  public func start(_ executable: String, _ arguments: [String], in directory: URL, log: URL) throws -> Process {
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = handle
    process.standardError = handle
    process.environment = ProcessInfo.processInfo.environment.merging(["LOG_LEVEL": "warning"]) { $1 }
    try process.run()
    lock.withLock { running.append(process) }
    return process
  }

  /// Terminates every child still running (SIGTERM, then SIGKILL after a grace period).
  public func stopAll() {
    let children = lock.withLock { () -> [Process] in
      defer { running.removeAll() }
      return running
    }
    for child in children where child.isRunning { child.terminate() }
    let deadline = Date().addingTimeInterval(3)
    for child in children {
      while child.isRunning, Date() < deadline { usleep(20_000) }
      if child.isRunning { kill(child.processIdentifier, SIGKILL) }
    }
  }

  /// Makes SIGINT and SIGTERM stop every child, then exit with status 130.
  public func stopOnInterrupt() {
    signal(SIGINT, SIG_IGN)
    signal(SIGTERM, SIG_IGN)
    for number in [SIGINT, SIGTERM] {
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in
        FileHandle.standardError.write(Data("\ninterrupted: stopping the hub and the edges…\n".utf8))
        self?.stopAll()
        exit(130)
      }
      source.resume()
      lock.withLock { interrupt = source }
    }
  }

  deinit { stopAll() }
}
