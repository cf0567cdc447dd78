/// A textual dump of a syntax tree without source positions: two trees with the same dump have
/// the same structure and values, wherever they were written. Used to test that formatting never
/// changes meaning.
public enum SyntaxDump {
  /// The dump of `value` (any syntax node), skipping every source range and location.
  public static func dump(_ value: Any) -> String {
    var out = ""
    write(value, to: &out)
    return out
  }

  private static func write(_ value: Any, to out: inout String) {
    if value is SourceRange || value is SourceLocation { return }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      if let child = mirror.children.first { write(child.value, to: &out) } else { out += "nil" }
    case .struct, .class, .enum, .tuple, .collection, .dictionary, .set:
      out += "\(mirror.subjectType)"
      if mirror.displayStyle == .enum, mirror.children.isEmpty { out += ".\(value)" }
      out += "("
      for child in mirror.children {
        if child.value is SourceRange || child.value is SourceLocation { continue }
        if let label = child.label { out += label + ":" }
        write(child.value, to: &out)
        out += " "
      }
      out += ")"
    default:
      out += String(reflecting: value)
    }
  }
}
