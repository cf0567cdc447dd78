import Foundation

/// Writes files so that a crash leaves either the old file or the new one, never half of one:
/// the content goes to a temporary file in the same directory, which is then renamed over the
/// target (rename is atomic within a file system).
enum AtomicFile {
  /// The temporary path used while producing `url`.
  static func temporaryPath(for url: URL) -> String {
    url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)"
      )
      .path
  }

  /// Writes `data` to `url` atomically.
  static func write(_ data: Data, to url: URL) throws(SynthesisError) {
    let temporary = temporaryPath(for: url)
    guard FileManager.default.createFile(atPath: temporary, contents: data) else {
      throw .cannotWrite(path: url.path, reason: "cannot create \(temporary)")
    }
    try commit(temporary: temporary, to: url)
  }

  /// Renames a finished `temporary` file to `url`, replacing any previous file.
  static func commit(temporary: String, to url: URL) throws(SynthesisError) {
    guard rename(temporary, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .cannotWrite(path: url.path, reason: reason)
    }
  }
}
