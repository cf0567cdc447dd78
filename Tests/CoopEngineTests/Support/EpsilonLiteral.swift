import CoopEngine
import Testing

/// An ε written as a decimal in a test; records an issue (and returns zero) if malformed.
func eps(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Epsilon {
  do {
    return try Epsilon(text)
  } catch {
    Issue.record("bad epsilon \(text): \(error)", sourceLocation: sourceLocation)
    return .zero
  }
}
