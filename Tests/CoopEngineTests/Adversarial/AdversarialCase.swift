import Foundation

/// One hostile script of `Tests/Adversarial` and the property its header states (see
/// Tests/Adversarial/README.md for the format).
struct AdversarialCase: Sendable {
  /// What the checker (and, for a script that checks, the edge) must do with the script.
  enum Outcome: Sendable, Hashable, CustomStringConvertible {
    /// It checks and runs, keeping the run properties on every probe.
    case runs
    /// The checker refuses it with this diagnostic id.
    case refused(String)

    var description: String {
      switch self {
      case .runs: "runs"
      case .refused(let code): "refused \(code)"
      }
    }
  }

  /// The file's name without `.coop`.
  let name: String
  /// The file's path.
  let path: String
  /// The file's bytes, exactly (some cases hold bytes that are not valid text on purpose).
  let source: [UInt8]
  /// `# Attack:` and `# Property:` (with their continuation lines).
  let attack: String
  let property: String
  /// `# expect:`: the acceptable outcomes, any of which keeps the property.
  let expected: [Outcome]
  /// `# probe:` lines: the store pairs a `runs` case is run on.
  let probes: [String]
  /// `# sheet: faithful`: the review sheet must state what runs.
  let sheetFaithful: Bool
  /// `# known-issue:`: another engineer is fixing this class; the failure is expected for now.
  let knownIssue: String?

  /// `Tests/Adversarial`.
  static let directory = ExecutorFixture.root.appendingPathComponent("Tests/Adversarial")

  /// Every case's name, sorted (the parameterized test's arguments).
  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return files.filter { $0.hasSuffix(".coop") }.map { String($0.dropLast(5)) }.sorted()
  }()

  /// The case in `Tests/Adversarial/<name>.coop`.
  static func named(_ name: String) throws -> AdversarialCase {
    let path = directory.appendingPathComponent(name + ".coop").path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw AdversarialFailure("cannot read \(path)")
    }
    return try AdversarialCase(name: name, path: path, source: [UInt8](data))
  }

  /// Parses the header: the comment lines before the first line that is not a comment.
  init(name: String, path: String, source: [UInt8]) throws {
    self.name = name
    self.path = path
    self.source = source
    var attack: [String] = []
    var property: [String] = []
    var current: String?
    var expected: [Outcome] = []
    var probes: [String] = []
    var sheet = false
    var known: String?
    let text = String(decoding: source, as: UTF8.self)
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard raw.hasPrefix("#") else { break }
      let line = raw.dropFirst().trimmingCharacters(in: .whitespaces)
      func value(_ key: String) -> String? {
        line.hasPrefix(key + ":")
          ? line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) : nil
      }
      if let v = value("Attack") {
        attack.append(v)
        current = "attack"
      } else if let v = value("Property") {
        property.append(v)
        current = "property"
      } else if let v = value("expect") {
        current = nil
        for alternative in v.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) })
        {
          let words = alternative.split(separator: " ").map(String.init)
          switch (words.first, words.count) {
          case ("runs", 1): expected.append(.runs)
          case ("refused", 2) where words[1].wholeMatch(of: /E[0-9]{4}/) != nil:
            expected.append(.refused(words[1]))
          default: throw AdversarialFailure("\(name): cannot read '# expect: \(v)'")
          }
        }
      } else if let v = value("probe") {
        current = nil
        probes.append(v)
      } else if let v = value("sheet") {
        current = nil
        guard v == "faithful" else {
          throw AdversarialFailure("\(name): cannot read '# sheet: \(v)'")
        }
        sheet = true
      } else if let v = value("known-issue") {
        current = nil
        known = v
      } else if raw.hasPrefix("#   "), let c = current {
        if c == "attack" { attack.append(line) } else { property.append(line) }
      } else {
        current = nil
      }
    }
    self.attack = attack.joined(separator: " ")
    self.property = property.joined(separator: " ")
    self.expected = expected
    self.probes = probes
    self.sheetFaithful = sheet
    self.knownIssue = known
  }
}

/// A failure of the harness itself (a case it cannot read, a store it cannot build).
struct AdversarialFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
