import Foundation

/// File-system questions the commands ask before writing.
enum FileManagerProbe {
  /// `true` if something exists at `path`.
  static func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }
}
