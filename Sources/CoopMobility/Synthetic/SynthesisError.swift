/// Why a synthetic data set could not be generated or written.
public enum SynthesisError: Error, Equatable, CustomStringConvertible {
  /// An option is out of range; the message says which and why.
  case invalidOption(String)
  /// A file or directory could not be written.
  case cannotWrite(path: String, reason: String)
  /// SQLite refused an operation.
  case sqlite(path: String, message: String)

  /// A one-line message.
  public var description: String {
    switch self {
    case .invalidOption(let message): message
    case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
    case .sqlite(let path, let message): "sqlite error in '\(path)': \(message)"
    }
  }
}
