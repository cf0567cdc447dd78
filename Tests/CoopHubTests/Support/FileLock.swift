import Foundation

/// An exclusive `flock` on a file, the lock `AuditLog.append` takes. Holding an edge's audit log
/// stops the edge at its next audit entry: for a task, the budget debit it writes right after
/// the ledger has committed it — so the edge is caught between debit and release.
final class FileLock {
  private var descriptor: Int32

  /// Creates the file if missing and locks it.
  init(_ path: String) throws {
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0, flock(descriptor, LOCK_EX) == 0 else {
      throw CooperativeError.unexpected("cannot lock \(path): \(String(cString: strerror(errno)))")
    }
  }

  /// Unlocks (once).
  func release() {
    guard descriptor >= 0 else { return }
    flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}
