import CSQLite
import Foundation

/// The sandbox's state, shared with SQLite's C callbacks: what may be read, and the limits of
/// the current run.
final class SandboxGuard {
  /// SQLite calls the progress handler every this many virtual-machine steps.
  static let stepsPerCallback: Int32 = 1000

  let columns: [String: Set<String>]
  private(set) var denial: String?
  private(set) var exceeded: ExecutionError?
  private var steps = 0
  private var limits: ExecutionLimits?
  private var deadline = Date.distantFuture

  init(columns: [String: Set<String>]) { self.columns = columns }

  func arm(_ limits: ExecutionLimits) {
    self.limits = limits
    steps = 0
    exceeded = nil
    denial = nil
    deadline = Date().addingTimeInterval(limits.maxSeconds)
  }

  func disarm() { limits = nil }

  /// Whether the authorizer allows `action` on `first`/`second`.
  func allows(_ action: Int32, _ first: String?, _ second: String?) -> Bool {
    switch action {
    case SQLITE_SELECT: return true
    case SQLITE_READ:
      guard let table = first, let allowed = columns[table] else {
        denial = "reading table '\(first ?? "?")'"
        return false
      }
      // An empty column name is a read of the rowid or a count: allowed on allowed tables.
      if let column = second, !column.isEmpty, !allowed.contains(column) {
        denial = "reading column '\(table).\(column)'"
        return false
      }
      return true
    case SQLITE_FUNCTION:
      let name = (second ?? "").lowercased()
      if SandboxFunctions.allowed.contains(name) { return true }
      denial = "calling function '\(name)'"
      return false
    default:
      denial = "statement kind \(action)"
      return false
    }
  }

  /// Counts steps; true to interrupt the statement.
  func tick() -> Bool {
    guard let limits else { return false }
    steps += Int(SandboxGuard.stepsPerCallback)
    if steps > limits.maxSteps {
      exceeded = .boundExceeded(bound: "steps", limit: "\(limits.maxSteps)")
      return true
    }
    if Date() > deadline {
      exceeded = .boundExceeded(bound: "wall time", limit: "\(limits.maxSeconds) s")
      return true
    }
    return false
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
