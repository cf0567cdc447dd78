// libFuzzer entry point for the whole path of a script: lexer, parser, renderer, formatter,
// checker and interpreter.
//
// Build and run with `make fuzz` (see Docs/fuzzing.md). Built without `-sanitize=fuzzer`, this
// executable does nothing. Every input is lexed and parsed, its diagnostics rendered; when it
// parses it is formatted twice; it is checked against the mobility schema; when it checks, it
// runs every round on a small store (`FuzzStore`) with `Executor.run`. The target traps when:
// - formatting is not idempotent or changes the syntax tree;
// - the canonical text does not check to the same script (what the board reviews is what runs);
// - the parameter gate (`ParameterValidation`, what the hub and edges apply before spending)
//   refuses an accepted script's initial values;
// - an accepted script fails to run or its `combine` fails (an accepted script cannot fail at
//   run time except by I/O, and the store is local and readable);
// - a release table breaks `ReleaseOracle` (shape, domain, order, grids, threshold, JSON).
// Reported findings listed in `COOP_FUZZ_KNOWN` are stepped over instead (see `FuzzContext`).
// Half of the mutations are token- and line-level (`TokenMutator`), so that mutants stay scripts.
import CoopEngine
import CoopLang

/// Builds the schema registry and the store before the first input (so that neither counts as
/// an input's allocations).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
  _ = FuzzContext.shared
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let source = SourceText(path: "fuzz.coop", bytes: bytes)
  let parsed = Parser.parse(source)
  fuzzStats.inputs += 1
  // The checker's diagnostics include the parser's (and the schema builder's for a schema).
  let context = FuzzContext.shared
  let result = Checker.check(parsed, registry: context.registry, limits: FuzzContext.limits)
  render(result.diagnostics.sorted, in: source)
  guard let once = Formatter.format(parsed) else { return 0 }
  fuzzStats.formatted += 1
  let reparsed = Parser.parse(SourceText(path: "fuzz.coop", text: once))
  guard let twice = Formatter.format(reparsed) else {
    if context.known.contains("format-depth"),
      reparsed.diagnostics.sorted.contains(where: { $0.code == .nestingTooDeep })
    {
      fuzzStats.known += 1
      return 0
    }
    fail("formatted text does not parse:\n\(once)")
  }
  if once != twice { fail("formatting is not idempotent:\n\(once)\n---\n\(twice)") }
  if SyntaxDump.dump(parsed.syntax) != SyntaxDump.dump(reparsed.syntax) {
    fail("formatting changed the tree:\n\(once)")
  }

  guard let script = result.script else { return 0 }
  fuzzStats.accepted += 1
  guard
    let canonical = Checker.check(reparsed, registry: context.registry, limits: FuzzContext.limits)
      .script
  else {
    fail("the canonical text of an accepted script does not check:\n\(once)")
  }
  if canonical != script { fail("the canonical text checks to another script:\n\(once)") }

  // Two bits of the input's length choose the mode and the extreme given to parameters that
  // have no initial value: deterministic per input, and every combination is reached.
  let federated = size % 2 == 1
  let highest = size % 4 >= 2
  guard let given = parameterValues(script, highest: highest) else { return 0 }
  // The gate the hub and every edge apply before anything is spent. The values given are valid
  // by construction, so a refusal here is an initial value the checker let through.
  var parameters: [String: ParameterValue]
  do {
    parameters = try ParameterValidation.validate(script, json: ParameterJSON.encode(given))
  } catch {
    if context.known.contains("initial-values") {
      fuzzStats.known += 1
      return 0
    }
    fail(
      "the checker accepted a script whose parameters are refused before a run: \(error)\n\(once)")
  }
  fuzzStats.ran += 1
  let mode: Executor.Mode = federated ? .federated(localMinGroup: nil) : .local
  let threshold = federated ? nil : script.privacy.minGroup
  for round in 1...script.rounds {
    let table: ReleaseTable
    do {
      table = try Executor.run(
        script, store: context.store, parameters: parameters, round: round, mode: mode
      ).table
    } catch {
      fail("an accepted script failed in round \(round) with \(parameters): \(error)\n\(once)")
    }
    fuzzStats.rounds += 1
    if let violation = ReleaseOracle.violation(
      table, script: script, round: round, threshold: threshold)
    {
      fail("round \(round) released a bad table: \(violation)\n\(once)")
    }
    guard round < script.rounds || !script.combine.isEmpty else { continue }
    let next: [String: ParameterValue]
    do {
      next = try CombineEvaluator.next(script, parameters: parameters, table: table)
    } catch ExecutionError.badParameter(let why)
      where why.hasPrefix("index ") && why.hasSuffix(" out of range")
      && context.known.contains("combine-index")
    {
      fuzzStats.known += 1
      return 0
    } catch {
      fail("combine failed after round \(round) with \(parameters): \(error)\n\(once)")
    }
    guard round < script.rounds else { break }
    // Combine output the gate refuses stops the job before the next round (as the hub does).
    guard let valid = try? ParameterValidation.validate(script, json: ParameterJSON.encode(next))
    else { return 0 }
    parameters = valid
  }
  return 0
}

/// Renders the first three diagnostics and the last one (the "too many
/// diagnostics" summary when there is one). Each diagnostic is rendered on its own, so this
/// reaches every path of the renderer; rendering all of them costs O(diagnostics × line length)
/// and took three quarters of the fuzzer's time.
func render(_ diagnostics: [Diagnostic], in source: SourceText) {
  // (No globals here: under libFuzzer the top-level code of main.swift never runs.)
  let first = 3
  let renderer = DiagnosticRenderer(colors: false)
  _ = renderer.render(Array(diagnostics.prefix(first)), in: source)
  if diagnostics.count > first, let last = diagnostics.last {
    _ = renderer.render(last, in: source)
  }
}

/// Values for the parameters that have no initial value (a job gives them): the lowest or the
/// highest value their bounds allow, a point in La Réunion, lists of up to three. Nil when one
/// cannot be made (the run is skipped).
func parameterValues(_ script: CheckedScript, highest: Bool) -> [String: ParameterValue]? {
  var out: [String: ParameterValue] = [:]
  for p in script.parameters where p.initial == nil {
    func scalar(_ type: ValueType) -> ParameterValue? {
      switch type {
      case .point:
        return .point(
          latitude: ExactDecimal(units: -211, scale: 1),
          longitude: ExactDecimal(units: 555, scale: 1))
      case .int, .decimal, .distance, .duration, .time:
        return .number(
          (highest ? p.bounds?.upperBound : p.bounds?.lowerBound) ?? ExactDecimal(units: 0))
      default: return nil
      }
    }
    switch p.type {
    case .list(let element, let max):
      guard max >= 1, let value = scalar(element) else { return nil }
      out[p.name] = .list(Array(repeating: value, count: min(max, 3)))
    default:
      guard let value = scalar(p.type) else { return nil }
      out[p.name] = value
    }
  }
  return out
}
