import ArgumentParser
import CoopLang
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Terminal output helpers shared by the commands.
enum Terminal {
  /// Whether standard output is a terminal that accepts colour (`NO_COLOR` turns it off).
  static var colorsOnStdout: Bool {
    ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
  }

  /// Writes `message` and a newline to standard error, its control and bidi characters escaped
  /// (messages quote paths, scripts and hub answers).
  static func error(_ message: String) {
    let text = message.hasSuffix("\n") ? message : message + "\n"
    FileHandle.standardError.write(Data(VisibleText.escaped(text, multiline: true).utf8))
  }

  /// Prints text from a script, a bundle or the network on standard output, its control and
  /// bidi characters escaped so that it cannot move the cursor, recolour the terminal or reorder
  /// what a board member reads. One line by default (a newline in it is escaped too); with
  /// `multiline`, newlines and tabs are kept (a whole script or manifest).
  static func show(_ text: String, multiline: Bool = false, terminator: String = "\n") {
    print(VisibleText.escaped(text, multiline: multiline), terminator: terminator)
  }

  /// Writes `text` to standard output without adding a newline.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}

/// A failure the user must fix before the command can do anything (exit status 2).
struct UsageError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) { self.description = description }
}

/// Reads a whole file, turning I/O failures into one-line errors.
enum SourceFiles {
  static func read(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        throw UsageError(
          isDirectory.boolValue ? "'\(path)' is a directory" : "cannot read '\(path)': permission denied")
      }
      throw UsageError("cannot read '\(path)': no such file")
    }
    return [UInt8](data)
  }

  /// Replaces `path`'s contents atomically (write to a temporary file, then rename).
  static func write(_ text: String, to path: String) throws {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw UsageError("cannot write '\(path)': \(error.localizedDescription)")
    }
  }
}

extension ParsableCommand {
  /// Runs `body`, printing a `UsageError` as one line and exiting with status 2.
  func reportingUsageErrors(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as UsageError {
      Terminal.error("coop: \(error.description)")
      throw ExitCode(2)
    }
  }
}
