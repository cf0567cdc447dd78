import CoopCrypto
import CoopGovernance

extension BundleDocument {
  /// The bundle file it carries, which must be the bundle with hash `hash` (the one asked for).
  public func bundleFile(hash: String) throws -> BundleFile {
    guard let bytes = Base64.decode(file) else { throw HubClientError.malformedResponse("bundle file") }
    let parsed = try BundleFile(parsing: bytes, source: "hub bundle \(hash)")
    guard parsed.bundle.hash.hex == hash else {
      throw HubClientError.malformedResponse("bundle: the hub sent another hash than \(hash)")
    }
    return parsed
  }

  /// The revocations it carries.
  public func revocationList() throws -> RevocationList {
    guard let bytes = Base64.decode(revocations) else {
      throw HubClientError.malformedResponse("revocation list")
    }
    return try RevocationList(parsing: bytes, source: "hub revocations")
  }
}
