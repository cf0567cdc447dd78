/// How serious a diagnostic is.
public enum Severity: String, Sendable, Comparable, Codable {
  case error
  case warning
  case note

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .note: 2
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A secondary message attached to a diagnostic, optionally pointing at its own range.
public struct DiagnosticNote: Hashable, Sendable {
  /// The note's text.
  public var message: String
  /// Where the note points, if anywhere.
  public var range: SourceRange?

  /// A note saying `message`, pointing at `range` if given.
  public init(_ message: String, at range: SourceRange? = nil) {
    self.message = message
    self.range = range
  }
}

/// A suggested edit: replace `range` with `replacement`.
public struct FixIt: Hashable, Sendable {
  /// What the edit does, in a few words ("replace with `release`").
  public var message: String
  /// The source to replace.
  public var range: SourceRange
  /// The new text.
  public var replacement: String

  /// An edit that replaces `range` with `replacement`.
  public init(_ message: String, range: SourceRange, replacement: String) {
    self.message = message
    self.range = range
    self.replacement = replacement
  }
}

/// One problem found in a source file. Diagnostics are data; rendering is separate.
public struct Diagnostic: Hashable, Sendable {
  /// The stable catalogue entry (`E0102`).
  public var code: DiagnosticCode
  /// Error, warning or note; defaults to the catalogue's severity.
  public var severity: Severity
  /// The source the diagnostic is about.
  public var range: SourceRange
  /// The primary message, lowercase, no trailing period.
  public var message: String
  /// Secondary messages (`have:`/`want:`, hints, related locations).
  public var notes: [DiagnosticNote]
  /// A suggested edit, if one is certain enough to offer.
  public var fixIt: FixIt?

  /// A diagnostic of catalogue entry `code` at `range`.
  public init(
    _ code: DiagnosticCode, at range: SourceRange, _ message: String,
    notes: [DiagnosticNote] = [], fixIt: FixIt? = nil, severity: Severity? = nil
  ) {
    self.code = code
    self.severity = severity ?? code.severity
    self.range = range
    self.message = message
    self.notes = notes
    self.fixIt = fixIt
  }

  /// The stable id, like `E0102`.
  public var id: String { code.rawValue }
}
