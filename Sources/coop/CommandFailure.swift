import ArgumentParser
import CoopCrypto
import CoopEdge
import CoopGovernance
import Foundation

/// How the governance commands report failure: one line on standard error, then exit code 1
/// when something was refused on its content, 2 for usage and file errors.
enum CommandFailure {
  /// Exit code of a refused verification (bad bundle, board, revocations or log).
  static let refused = ExitCode(1)
  /// Exit code of a usage error or a file that cannot be read or written.
  static let usage = ExitCode(2)

  /// Runs `body`, turning any error into a one-line message and the right exit code.
  static func reporting(_ body: () throws -> Void) throws {
    do { try body() } catch { throw exitCode(for: error) }
  }

  /// Runs the asynchronous `body`, reporting failures as `reporting(_:)` does; a hub that
  /// refused a request on its content (4xx) is a refusal (exit 1), an unreachable hub exit 2.
  static func reportingAsync(_ body: () async throws -> Void) async throws {
    do { try await body() } catch { throw exitCode(for: error) }
  }

  /// The exit code for `error`, after printing it (an `ExitCode` is already reported).
  private static func exitCode(for error: any Error) -> ExitCode {
    if let exit = error as? ExitCode { return exit }
    let refusal = isRefusal(error)
    printError((refusal ? "refused: " : "error: ") + "\(error)")
    return refusal ? refused : usage
  }

  /// Writes `coop: MESSAGE` on standard error (through `Terminal.error`, which escapes it: a
  /// hub's answer is quoted in it).
  static func printError(_ message: String) {
    Terminal.error("coop: \(message)")
  }

  /// A usage error with `message`: printed, then exit code 2.
  static func usageError(_ message: String) -> ExitCode {
    printError("error: \(message)")
    return usage
  }

  private static func isRefusal(_ error: any Error) -> Bool {
    switch error {
    case is VerificationError, is RecordError, is AuditError: return true
    case let error as HubClientError:
      if case .status(let status, _, _) = error { return (400..<500).contains(status) }
      return false
    case let error as BoardError:
      if case .malformed = error { return true }
      if case .fingerprintMismatch = error { return true }
      return false
    default: return false
    }
  }
}
