/// `POST /v1/bundles`: an author submits a bundle file (base64 of its `.coopbundle` bytes).
public struct BundleSubmission: Codable, Sendable, Equatable {
  /// Base64 of the bundle file.
  public var bundle: String

  /// A submission of `bundle`.
  public init(bundle: String) { self.bundle = bundle }
}

/// A bundle as the hub lists it.
public struct BundleSummary: Codable, Sendable, Equatable {
  /// The bundle hash (64 hexadecimal characters).
  public var hash: String
  /// The algorithm id.
  public var algorithm: String
  /// The algorithm version.
  public var version: String
  /// The author's key id.
  public var author: String
  /// `pending`, `approved` or `revoked`.
  public var status: String
  /// Key ids of the board members whose approvals the hub holds.
  public var approvals: [String]
  /// When the hub received it.
  public var submittedAt: String

  /// A summary with all its fields.
  public init(
    hash: String, algorithm: String, version: String, author: String, status: String,
    approvals: [String], submittedAt: String
  ) {
    self.hash = hash
    self.algorithm = algorithm
    self.version = version
    self.author = author
    self.status = status
    self.approvals = approvals
    self.submittedAt = submittedAt
  }
}

/// A bundle awaiting approval, with what a board member reviews: script and manifest.
public struct PendingBundle: Codable, Sendable, Equatable {
  /// The summary.
  public var summary: BundleSummary
  /// The canonical script text.
  public var script: String
  /// The manifest JSON, exactly as submitted.
  public var manifest: String

  /// A pending bundle.
  public init(summary: BundleSummary, script: String, manifest: String) {
    self.summary = summary
    self.script = script
    self.manifest = manifest
  }
}

/// `GET /v1/bundles/{hash}`: the bundle file with every approval the hub holds, and the
/// revocations of that hash, for the edge to verify itself.
public struct BundleDocument: Codable, Sendable, Equatable {
  /// The summary.
  public var summary: BundleSummary
  /// Base64 of the bundle file with its approvals.
  public var file: String
  /// Base64 of the revocations file holding this hash's revocations (may be empty).
  public var revocations: String

  /// A bundle document.
  public init(summary: BundleSummary, file: String, revocations: String) {
    self.summary = summary
    self.file = file
    self.revocations = revocations
  }
}
