import CoopCrypto
import CoopGovernance
import Foundation

/// Bundle status as the hub sees it, from the board it pins.
extension HubService {
  /// `approved` if the board's verifier accepts the bundle now, `revoked` if a quorum revoked
  /// it, else `pending`. (Edges verify again themselves; this is for listings and job starts.)
  func status(of file: BundleFile, revocations: RevocationList) -> String {
    guard let board else { return "pending" }
    do {
      _ = try BundleVerifier(board: board, revocations: revocations).verify(file, at: now)
      return "approved"
    } catch VerificationError.revoked {
      return "revoked"
    } catch {
      return "pending"
    }
  }

  /// The stored bundle `hash` with its revocations; 404 if unknown.
  func storedBundle(_ hash: String) async throws -> (HubDatabase.StoredBundle, RevocationList) {
    guard (try? Digest(hex: hash)) != nil else {
      throw HubError.notFound("no bundle \(hash): not a 64-character lowercase hash")
    }
    let found = try await store.perform { database -> (HubDatabase.StoredBundle, RevocationList)? in
      guard let stored = try database.bundle(hash: hash) else { return nil }
      return (stored, try database.revocations(hash: hash))
    }
    guard let found else { throw HubError.notFound("no bundle \(hash)") }
    return found
  }

  /// The listing of a stored bundle.
  func summary(_ stored: HubDatabase.StoredBundle, _ revocations: RevocationList)
    -> BundleSummary
  {
    let bundle = stored.file.bundle
    return BundleSummary(
      hash: bundle.hash.hex, algorithm: bundle.algorithm, version: bundle.version,
      author: bundle.author.id.text, status: status(of: stored.file, revocations: revocations),
      approvals: stored.file.approvals.map(\.signer.text),
      submittedAt: Timestamp(secondsSinceEpoch: stored.submittedAt).text)
  }

  /// Every stored bundle with its revocations, oldest first.
  func allBundles() async throws -> [(HubDatabase.StoredBundle, RevocationList)] {
    try await store.perform { database in
      try database.bundleHashes().compactMap { hash in
        guard let stored = try database.bundle(hash: hash) else { return nil }
        return (stored, try database.revocations(hash: hash))
      }
    }
  }
}
