import ArgumentParser
import Foundation

extension Coop {
  /// Runs the command line, mapping argument errors to exit code 2 (the documented code for
  /// usage errors) instead of the parser's default of 64.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        exit(withError: CommandFailure.usage)
      }
      exit(withError: error)
    }
  }
}
