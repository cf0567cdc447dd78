/// A field value that does not convert to what the field holds.
struct FieldValueError: Error, CustomStringConvertible {
  /// What was wrong, lowercase.
  let message: String

  var description: String { message }
}
