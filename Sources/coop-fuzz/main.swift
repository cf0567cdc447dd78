// libFuzzer entry point for the lexer, parser, formatter and renderer.
//
// Build and run with `make fuzz` (see Docs/fuzzing.md). Built without `--sanitize=fuzzer`, this
// executable does nothing. Besides crashes and hangs, it traps when formatting is not idempotent
// or changes the syntax tree, so the fuzzer hunts for formatter bugs too.
import CoopLang

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let source = SourceText(path: "fuzz.coop", bytes: bytes)
  let parsed = Parser.parse(source)
  _ = DiagnosticRenderer(colors: false).render(parsed.diagnostics.sorted, in: source)
  guard let once = Formatter.format(parsed) else { return 0 }
  let reparsed = Parser.parse(SourceText(path: "fuzz.coop", text: once))
  guard let twice = Formatter.format(reparsed) else {
    preconditionFailure("formatted text does not parse:\n\(once)")
  }
  precondition(once == twice, "formatting is not idempotent:\n\(once)\n---\n\(twice)")
  precondition(
    SyntaxDump.dump(parsed.syntax) == SyntaxDump.dump(reparsed.syntax),
    "formatting changed the tree:\n\(once)")
  return 0
}
