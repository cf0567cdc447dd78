import CoopLang
import Testing

/// The formatter's two properties on one source: fmt(fmt(x)) == fmt(x), and parse(fmt(x)) has the
/// same tree as parse(x). Failures are recorded against `name`.
enum FormatterProperties {
  static func check(_ bytes: [UInt8], name: String) {
    let original = Parser.parse(SourceText(path: name, bytes: bytes))
    guard let once = Formatter.format(original) else {
      Issue.record("\(name): does not format: \(original.diagnostics.sorted.map(\.message))")
      return
    }
    let reparsed = Parser.parse(SourceText(path: name, text: once))
    guard let twice = Formatter.format(reparsed) else {
      Issue.record("\(name): formatted text has errors: \(reparsed.diagnostics.sorted.map(\.message))\n\(once)")
      return
    }
    if once != twice {
      Issue.record("\(name): fmt is not idempotent\n--- once\n\(once)--- twice\n\(twice)")
    }
    if SyntaxDump.dump(original.syntax) != SyntaxDump.dump(reparsed.syntax) {
      Issue.record("\(name): formatting changed the tree\n\(once)")
    }
    let commentsBefore = original.comments.map { $0.text.trimmingCharacters(in: .whitespaces) }
    let commentsAfter = reparsed.comments.map { $0.text.trimmingCharacters(in: .whitespaces) }
    if commentsBefore != commentsAfter {
      Issue.record("\(name): comments changed: \(commentsBefore) -> \(commentsAfter)")
    }
  }
}
