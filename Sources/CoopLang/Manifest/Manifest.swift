/// The canonical description of a checked script: what it reads, what it releases, its privacy
/// cost and accuracy, its bounds and parameters. The board approves it; edges check a job
/// against it; it is byte-identical for the same script on every run and machine.
public struct Manifest: Sendable {
  /// The manifest as a canonical JSON value.
  public let json: CanonicalJSON

  /// The version of the manifest format.
  public static let formatVersion = 1

  /// The manifest of `script`. `hash` gives the hex digest of a text (the CLI passes BLAKE2b).
  public init(_ script: CheckedScript, hash: (String) -> String) {
    let schema = script.schema
    json = .object([
      "manifest": .int(Manifest.formatVersion),
      "algorithm": .object([
        "name": .string(script.name), "version": .int(script.version),
        "title": script.title.map { .string($0) } ?? .null,
        "description": script.description.map { .string($0) } ?? .null,
      ]),
      "schema": .object([
        "name": .string(schema.name), "version": .int(schema.version),
        "sourceHash": .string(hash(schema.canonicalSource)),
      ]),
      "source": .object([
        "hash": .string(hash(script.canonicalSource)), "bytes": .int(script.canonicalSource.utf8.count),
      ]),
      "reads": .object(script.columnsRead.mapValues { .array($0.map { .string($0) }) }),
      "from": .string(script.table.name),
      "parameters": .array(script.parameters.map(Manifest.parameter)),
      "rounds": .int(script.rounds),
      "privacy": Manifest.privacy(script.privacy),
      "keys": .array(script.keys.map(Manifest.key)),
      "releases": .array(script.releases.indices.map { Manifest.release($0, of: script) }),
      "bounds": Manifest.bounds(script.bounds),
      "combine": .array(script.combine.map { .string($0.source) }),
    ])
  }

  /// The canonical JSON text.
  public var text: String { json.text }

  private static func parameter(_ p: CheckedParameter) -> CanonicalJSON {
    .object([
      "name": .string(p.name), "type": .string(p.type.description),
      "bounds": p.bounds.map { .array([.string($0.lowerBound.description), .string($0.upperBound.description)]) } ?? .null,
      "init": p.initial.map { .string($0.description) } ?? .null,
    ])
  }

  private static func key(_ k: CheckedKey) -> CanonicalJSON {
    .object([
      "name": .string(k.name), "expression": .string(k.source), "domain": .string(k.domain.summary),
      "size": .int(k.domain.size),
    ])
  }

  private static func privacy(_ p: PrivacyPlan) -> CanonicalJSON {
    .object([
      "unit": .string(p.unit),
      "epsilonPerRound": .string(micros(p.epsilonPerRoundMicros)),
      "epsilonTotal": .string(micros(p.epsilonTotalMicros)),
      "minGroup": .int(p.minGroup), "rowsPerUnit": .int(p.rowsPerUnit),
      "mechanism": .string("discrete Laplace (pure ε-DP)"),
      "noisyNumbers": .array(p.noisyNumbers.map(noisyNumber)),
    ])
  }

  private static func noisyNumber(_ n: NoisyNumberPlan) -> CanonicalJSON {
    .object([
      "name": .string(n.name), "epsilon": .string(micros(n.epsilonMicros)),
      "sensitivity": .int(n.sensitivity), "decimals": .int(n.decimals),
      "scale": .string(fraction(n.scale.numerator, n.scale.denominator)),
      "halfWidth95": .int(n.halfWidth95Units),
    ])
  }

  /// Released value `index` with its own noisy number's sensitivity and ε, found by position
  /// (`PrivacyPlan.noisyNumberIndex`), never by name.
  private static func release(_ index: Int, of script: CheckedScript) -> CanonicalJSON {
    let r = script.releases[index]
    let position = PrivacyPlan.noisyNumberIndex(ofRelease: index, in: script.releases)
    let numbers = script.privacy.noisyNumbers
    let number = numbers.indices.contains(position) ? numbers[position] : nil
    let sensitivity = number.map { Double($0.sensitivity) / Accuracy.pow10($0.decimals) / Double($0.displayFactor) }
    return .object([
      "name": .string(r.name), "kind": .string(r.kind.rawValue), "expression": .string(r.source),
      "type": .string(r.kind == .count ? "int" : (r.argument?.type.description ?? "")),
      "sensitivity": .string(sensitivity.map(Accuracy.format) ?? ""),
      "unit": .string(r.displayUnit),
      "bounds": r.valueBounds.map {
        .array([.string(display($0.lowerBound, r.displayFactor)), .string(display($0.upperBound, r.displayFactor))])
      } ?? .null,
      "epsilon": .string(micros(number?.epsilonMicros ?? 0)),
      "halfWidth95": .string(number.map { Accuracy.halfWidthText($0) } ?? ""),
    ])
  }

  private static func bounds(_ b: StaticBounds) -> CanonicalJSON {
    .object([
      "scannedTable": .string(b.scannedTable),
      "rowsPerScannedRow": .object(b.rowsPerScannedRow.mapValues { .int($0) }),
      "cells": .object(["min": .int(b.cells.min), "max": .int(b.cells.max)]),
      "costPerRow": .object(["min": .int(b.costPerRow.min), "max": .int(b.costPerRow.max)]),
      "memoryBytes": .object(["min": .int(b.memoryBytes.min), "max": .int(b.memoryBytes.max)]),
    ])
  }

  /// Millionths as an exact decimal: `0.5`.
  static func micros(_ m: Int) -> String { ExactDecimal(units: m, scale: 6).description }

  /// A fraction in lowest terms: `4`, `8/3`.
  static func fraction(_ n: Int, _ d: Int) -> String {
    func gcd(_ a: UInt, _ b: UInt) -> UInt { b == 0 ? a : gcd(b, a % b) }
    guard n != .min, d != .min else { return "\(n)/\(d)" }
    let g = Int(Swift.max(1, gcd(n.magnitude, d.magnitude)))
    return d / g == 1 ? "\(n / g)" : "\(n / g)/\(d / g)"
  }

  /// A base-unit value in display units, exactly when possible.
  static func display(_ v: ExactDecimal, _ factor: Int) -> String {
    guard factor > 1 else { return v.description }
    var digits = 0
    var f = factor
    while f > 1, f % 10 == 0 { f /= 10; digits += 1 }
    guard f == 1, let scaled = v.rescaled(to: v.scale + digits) else {
      return String(v.doubleValue / Double(factor))
    }
    return ExactDecimal(units: scaled.units, scale: v.scale + digits * 2).description
  }
}
