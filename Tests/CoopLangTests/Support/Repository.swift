import Foundation

/// Paths inside the repository, found from this file's location.
enum Repository {
  /// The repository's root directory.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // CoopLangTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// A path relative to the root.
  static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

  /// The files under `directory` (relative to the root) whose names end with one of `extensions`,
  /// sorted by path.
  static func files(under directory: String, extensions: [String]) -> [URL] {
    let base = url(directory)
    guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
    else { return [] }
    return walker.compactMap { $0 as? URL }
      .filter { url in extensions.contains { url.lastPathComponent.hasSuffix($0) } }
      .sorted { $0.path < $1.path }
  }

  /// The bytes of a file, or an empty array if it cannot be read (the caller's expectations fail).
  static func bytes(_ url: URL) -> [UInt8] {
    (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
  }
}
