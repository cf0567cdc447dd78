/// A file that could not be read or written, or a secret file others could read.
public enum FileError: Error, Equatable, Sendable {
  /// The operating system refused; `reason` is its message (`strerror`).
  case io(path: String, reason: String)
  /// A secret file whose mode lets its group or others read or write it.
  case insecurePermissions(path: String, mode: UInt32)
  /// Refusing to replace a file that already exists.
  case exists(path: String)
}

extension FileError: CustomStringConvertible {
  /// A one-line explanation naming the file.
  public var description: String {
    switch self {
    case .io(let path, let reason): return "\(path): \(reason)"
    case .insecurePermissions(let path, let mode):
      return "\(path): secret key file has mode \(String(mode, radix: 8)); "
        + "it must not be readable by group or others (run: chmod 600 \(path))"
    case .exists(let path): return "\(path): already exists; refusing to overwrite it"
    }
  }
}
