/// Who a key belongs to, as written in its key files and copied into a board file.
public struct KeyOwner: Hashable, Sendable {
  /// A person or system name, one line.
  public let name: String
  /// The organisation they act for, one line; may be empty.
  public let organisation: String

  /// An owner; both fields must be single lines without control characters.
  public init(name: String, organisation: String) throws {
    for (field, value) in [("name", name), ("organisation", organisation)] {
      guard KeyOwner.isSingleLine(value) else { throw KeyOwnerError.notOneLine(field: field) }
    }
    self.name = name
    self.organisation = organisation
  }

  /// `true` for text with no control characters and no leading or trailing spaces.
  public static func isSingleLine(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f }
      && text.trimmingSpaces == text
  }
}
