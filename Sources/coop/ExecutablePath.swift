import Foundation

/// The absolute path of the running `coop` (to find files installed beside it, and to start the
/// hub and edges as the same program).
enum ExecutablePath {
  static var current: String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
  }
}
