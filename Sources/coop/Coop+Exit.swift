import ArgumentParser
import Foundation

extension Coop {
  /// The exit status for usage errors (bad or missing options): 2, as for POSIX utilities.
  static let usageExitCode: Int32 = 2

  /// The status `error` ends the process with: 2 for usage errors, otherwise the library's choice.
  static func exitStatus(for error: any Error) -> Int32 {
    let code = exitCode(for: error)
    return code == .validationFailure ? usageExitCode : code.rawValue
  }

  /// Prints `error` the way the library would (help and version on stdout, the rest on stderr)
  /// and ends the process with `exitStatus(for:)`.
  static func exitWithStatus(for error: any Error) -> Never {
    let status = exitStatus(for: error)
    let message = fullMessage(for: error)
    if !message.isEmpty {
      if status == 0 {
        print(message)
      } else {
        FileHandle.standardError.write(Data((message + "\n").utf8))
      }
    }
    Foundation.exit(status)
  }
}
