import Foundation

/// Runs Debian's `chromium` headless on a local file: a screenshot, and the DOM with the console
/// log. Tests skip, with a message, when no browser is installed.
struct HeadlessChromium {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// What one run printed.
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  let executable: URL

  /// The first `chromium` found on the usual paths, or `nil`.
  static func find() -> HeadlessChromium? {
    let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/local/bin/chromium"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
      .map { HeadlessChromium(executable: URL(fileURLWithPath: $0)) }
  }

  /// Whether a browser is installed (the test's enabling condition).
  static var isInstalled: Bool { find() != nil }

  /// Common flags: headless, no GPU, no sandbox (containers), a throwaway profile.
  private func arguments(profile: URL, _ extra: [String]) -> [String] {
    [
      "--headless=new", "--disable-gpu", "--no-sandbox", "--no-first-run",
      "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
      "--user-data-dir=\(profile.path)",
    ] + extra
  }

  /// Writes a `width`×`height` screenshot of `page` to `png`.
  func screenshot(_ page: URL, to png: URL, width: Int, height: Int, profile: URL) throws -> Output
  {
    try run(
      arguments(
        profile: profile,
        ["--screenshot=\(png.path)", "--window-size=\(width),\(height)", page.absoluteString]))
  }

  /// The serialized DOM of `page`, with the browser's log (console messages included) on stderr.
  func dumpDOM(_ page: URL, profile: URL) throws -> Output {
    try run(
      arguments(
        profile: profile,
        ["--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString]))
  }

  /// Runs the browser, killing it after `timeout` seconds.
  private func run(_ arguments: [String], timeout: TimeInterval = 90) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Read both pipes while the browser runs, so a full pipe never blocks it.
    let output = OutputCollector()
    let group = DispatchGroup()
    for (pipe, isError) in [(stdout, false), (stderr, true)] {
      group.enter()
      DispatchQueue.global().async {
        output.append(pipe.fileHandleForReading.readDataToEndOfFile(), error: isError)
        group.leave()
      }
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    if process.isRunning {
      process.terminate()
      throw Failure(description: "chromium did not finish within \(Int(timeout)) s")
    }
    group.wait()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: output.text(error: false),
      stderr: output.text(error: true))
  }
}

/// Collects a process's output from two reader threads.
private final class OutputCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var out = Data()
  private var err = Data()

  func append(_ data: Data, error: Bool) {
    lock.lock()
    defer { lock.unlock() }
    if error { err.append(data) } else { out.append(data) }
  }

  func text(error: Bool) -> String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: error ? err : out, as: UTF8.self)
  }
}
