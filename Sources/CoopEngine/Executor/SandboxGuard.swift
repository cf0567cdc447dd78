import CSQLite
import Foundation

/// The sandbox's state, shared with SQLite's C callbacks: what may be read, and the deadline of
/// the current run.
final class SandboxGuard {
  /// SQLite calls the progress handler every this many virtual-machine steps.
  static let stepsPerCallback: Int32 = 10_000

  let columns: [String: Set<String>]
  private(set) var denial: String?
  private(set) var exceeded: ExecutionError?
  private var deadline = Date.distantFuture

  init(columns: [String: Set<String>]) { self.columns = columns }

  func arm(_ limits: ExecutionLimits) {
    exceeded = nil
    denial = nil
    deadline = Date().addingTimeInterval(limits.maxSeconds)
  }

  func disarm() { deadline = .distantFuture }

  /// Whether the deadline has passed.
  var pastDeadline: Bool { Date() > deadline }

  /// Whether the authorizer allows `action` on `first`/`second`: reads of allowed columns only.
  func allows(_ action: Int32, _ first: String?, _ second: String?) -> Bool {
    switch action {
    case SQLITE_SELECT: return true
    case SQLITE_READ:
      guard let table = first, let allowed = columns[table] else {
        denial = "reading table '\(first ?? "?")'"
        return false
      }
      if let column = second, !column.isEmpty, !allowed.contains(column) {
        denial = "reading column '\(table).\(column)'"
        return false
      }
      return true
    default:
      denial = "statement kind \(action)"
      return false
    }
  }

  /// True to interrupt the statement (the deadline has passed).
  func tick() -> Bool {
    guard pastDeadline else { return false }
    exceeded = .boundExceeded("wall-clock time")
    return true
  }
}

let authorize: @convention(c) (
  UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
  UnsafePointer<CChar>?
) -> Int32 = { context, action, first, second, _, _ in
  guard let context else { return SQLITE_DENY }
  let state = Unmanaged<SandboxGuard>.fromOpaque(context).takeUnretainedValue()
  let a = first.map { String(cString: $0) }
  let b = second.map { String(cString: $0) }
  return state.allows(action, a, b) ? SQLITE_OK : SQLITE_DENY
}

let progress: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { context in
  guard let context else { return 1 }
  return Unmanaged<SandboxGuard>.fromOpaque(context).takeUnretainedValue().tick() ? 1 : 0
}
