import Dispatch
import Foundation

/// The hub's store, usable from any task: every database call runs on one serial queue, off
/// the cooperative thread pool (SQLite blocks on `fsync`).
public final class HubStore: @unchecked Sendable {
  private let queue = DispatchQueue(label: "coop.hub.store")
  private let database: HubDatabase
  private let nonces: NonceRegistry

  /// Opens the store under `directory` (`hub.sqlite` and `nonces.sqlite`).
  public init(directory: String) throws {
    database = try HubDatabase(path: directory + "/hub.sqlite")
    nonces = try NonceRegistry(path: directory + "/nonces.sqlite")
  }

  /// Runs `body` with the database on the store's queue.
  func perform<T: Sendable>(_ body: @escaping @Sendable (HubDatabase) throws -> T) async throws
    -> T
  {
    try await withCheckedThrowingContinuation { continuation in
      queue.async {
        continuation.resume(with: Result { try body(self.database) })
      }
    }
  }

  /// Claims a request nonce; `false` for a replay.
  func claim(key: String, nonce: String, now: Int64, window: Int64) async throws -> Bool {
    try await withCheckedThrowingContinuation { continuation in
      queue.async {
        continuation.resume(
          with: Result { try self.nonces.claim(key: key, nonce: nonce, now: now, window: window) })
      }
    }
  }
}
