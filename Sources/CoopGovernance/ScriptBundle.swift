import CoopCrypto

/// A script ready for review: canonical script text, the checker's canonical manifest, their
/// BLAKE2b hash and the author's signature over it.
///
/// A value of this type always has a hash that matches its content and a valid author
/// signature: both are computed on creation and checked on parsing.
public struct ScriptBundle: Sendable {
  /// The algorithm's id, for instance `mobility.carpool`.
  public let algorithm: String
  /// The algorithm's version, for instance `1` or `1.2.0`.
  public let version: String
  /// The canonical script text (as the formatter writes it).
  public let script: String
  /// The canonical manifest JSON bytes (as the checker writes them).
  public let manifest: [UInt8]
  /// The author's public key.
  public let author: PublicKey
  /// BLAKE2b-256 over the content; see `Docs/governance.md`, "Bundle hash".
  public let hash: Digest
  /// The author's Ed25519 signature over the hash.
  public let signature: Signature

  /// Creates and signs a bundle with the author's secret key.
  public init(
    algorithm: String, version: String, script: String, manifest: [UInt8], author: SecretKey
  ) throws {
    try Self.validate(algorithm: algorithm, version: version)
    let hash = Self.hash(
      algorithm: algorithm, version: version, script: script, manifest: manifest,
      author: author.publicKey)
    self.init(
      algorithm: algorithm, version: version, script: script, manifest: manifest,
      author: author.publicKey, hash: hash, signature: author.sign(Self.signedBytes(hash)))
  }

  /// A bundle whose hash has been computed and whose signature has been checked.
  init(
    algorithm: String, version: String, script: String, manifest: [UInt8], author: PublicKey,
    hash: Digest, signature: Signature
  ) {
    self.algorithm = algorithm
    self.version = version
    self.script = script
    self.manifest = manifest
    self.author = author
    self.hash = hash
    self.signature = signature
  }

  /// The bundle hash: BLAKE2b-256 of the length-prefixed fields under `coop-bundle-v1`.
  static func hash(
    algorithm: String, version: String, script: String, manifest: [UInt8], author: PublicKey
  ) -> Digest {
    var input = SigningInput(domain: "coop-bundle-v1")
    input.append(algorithm)
    input.append(version)
    input.append(author.bytes)
    input.append(script)
    input.append(manifest)
    return input.digest
  }

  /// What the author signs: the hash under `coop-bundle-author-v1`.
  static func signedBytes(_ hash: Digest) -> [UInt8] {
    var input = SigningInput(domain: "coop-bundle-author-v1")
    input.append(hash.bytes)
    return input.bytes
  }

  static func validate(algorithm: String, version: String) throws {
    guard Identifier.isValid(algorithm) else {
      throw GovernanceError.invalidIdentifier(field: "algorithm", value: algorithm)
    }
    guard Identifier.isValid(version) else {
      throw GovernanceError.invalidIdentifier(field: "version", value: version)
    }
  }
}
