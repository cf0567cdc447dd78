import CoopLang

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libFuzzer's byte-level mutations (with the dictionary), from its runtime. Looked up when the
/// process starts rather than linked: a build without `--sanitize=fuzzer` (`swift build`,
/// `make test`) has no libFuzzer runtime and must still link; there it leaves the input as is.
private let libFuzzerMutator: (@convention(c) (UnsafeMutablePointer<UInt8>, Int, Int) -> Int)? = {
  guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerMutate") else { return nil }
  return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<UInt8>, Int, Int) -> Int).self)
}()

func libFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int {
  libFuzzerMutator?(data, size, maxSize) ?? size
}

/// Half of the mutations are libFuzzer's own; the other half apply one to three mutations to the
/// lexer's tokens and to lines, so that a mutated script is still a script far more often: byte
/// mutations alone leave about 1 input in 250 acceptable to the checker, and the interpreter
/// would hardly run.
@_cdecl("LLVMFuzzerCustomMutator")
public func fuzzCustomMutator(
  _ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: UInt32
) -> Int {
  var random = FuzzRandom(seed: UInt64(seed))
  if random.below(2) == 0 { return libFuzzerMutate(data, size, maxSize) }
  // One time in eight, start again from an accepted Algorithm: most of the corpus is inputs
  // that stop in the parser, and their mutants rarely reach the interpreter.
  let algorithms = FuzzContext.shared.algorithms
  var mutated =
    random.below(8) == 0 && !algorithms.isEmpty
    ? random.pick(algorithms) : Array(UnsafeBufferPointer(start: data, count: size))
  for _ in 0...random.below(3) {
    guard let next = TokenMutator.mutate(mutated, random: &random) else { break }
    mutated = next
  }
  guard mutated.count <= maxSize, mutated != Array(UnsafeBufferPointer(start: data, count: size))
  else {
    return libFuzzerMutate(data, size, maxSize)
  }
  mutated.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: mutated.count) }
  return mutated.count
}

/// SplitMix64: the mutator draws from libFuzzer's seed (a mutation is a function of its seed),
/// the store from a fixed state.
struct FuzzRandom {
  var state: UInt64

  init(state: UInt64) { self.state = state }

  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Mutations that keep the shape of a script: a token replaced by another of its class (a
/// number by an extreme number, a name by a schema name or another name of the input, an
/// operator by another operator), or a whole line deleted, duplicated or moved.
enum TokenMutator {
  static func mutate(_ bytes: [UInt8], random: inout FuzzRandom) -> [UInt8]? {
    switch random.below(8) {
    case 0: return lineMutation(bytes, random: &random)
    default: return tokenMutation(bytes, random: &random)
    }
  }

  private static func tokenMutation(_ bytes: [UInt8], random: inout FuzzRandom) -> [UInt8]? {
    let tokens = Lexer.lex(bytes).tokens.filter { $0.kind != .endOfFile }
    guard !tokens.isEmpty else { return nil }
    // Literals and operators most often: replacing them usually keeps a script acceptable and
    // moves the interpreter's arithmetic to its edges; names and structure less often.
    let literals = tokens.filter { [.number, .time, .string].contains($0.kind) }
    let operators = tokens.filter { token in
      switch token.kind {
      case .less, .lessEqual, .greater, .greaterEqual, .equalEqual, .notEqual, .plus, .minus, .star,
        .slash,
        .percent, .keyword(.and), .keyword(.or), .keyword(.true), .keyword(.false):
        true
      default: false
      }
    }
    let pool: [Token]
    switch random.below(10) {
    case 0..<5 where !literals.isEmpty: pool = literals
    case 5..<7 where !operators.isEmpty: pool = operators
    default: pool = tokens
    }
    let token = random.pick(pool)
    let names = tokens.filter { $0.kind == .identifier }.map(\.text)
    guard let replacement = replacement(for: token, names: names, random: &random) else {
      return nil
    }
    let start = token.range.start.offset
    let end = token.range.end.offset
    guard 0 <= start, start <= end, end <= bytes.count else { return nil }
    return Array(bytes[..<start]) + Array(replacement.utf8) + Array(bytes[end...])
  }

  private static func replacement(for token: Token, names: [String], random: inout FuzzRandom)
    -> String?
  {
    switch token.kind {
    case .number:
      // A number's token spans its unit (`30 min`): keep one of the same dimension.
      let number = random.pick(numbers)
      guard let unit = token.unit else { return number }
      let units = Unit.allCases.filter { $0.dimension == unit.dimension }
      return number + " " + (random.below(4) == 0 ? random.pick(units) : unit).rawValue
    case .time: return random.pick(times)
    case .string: return random.pick(strings)
    case .identifier:
      return random.below(3) == 0 && !names.isEmpty ? random.pick(names) : random.pick(schemaNames)
    case .keyword(let k) where [.and, .or].contains(k): return random.pick(["and", "or"])
    case .keyword(let k) where [.true, .false].contains(k):
      return random.pick(["true", "false", "not true"])
    case .less, .lessEqual, .greater, .greaterEqual, .equalEqual, .notEqual:
      return random.pick(["<", "<=", ">", ">=", "==", "!="])
    case .plus, .minus, .star, .slash, .percent: return random.pick(["+", "-", "*", "/", "%"])
    case .keyword, .colon, .comma, .dot, .dotDot, .leftParen, .rightParen, .leftBracket,
      .rightBracket,
      .leftBrace, .rightBrace, .assign, .invalid, .endOfFile:
      // Structure: insert a snippet after it instead.
      return token.text + random.pick(snippets)
    }
  }

  private static func lineMutation(_ bytes: [UInt8], random: inout FuzzRandom) -> [UInt8]? {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(
      Array.init)
    guard lines.count > 1 else { return nil }
    let i = random.below(lines.count)
    switch random.below(3) {
    case 0: lines.remove(at: i)
    case 1: lines.insert(lines[i], at: random.below(lines.count + 1))
    default:
      let line = lines.remove(at: i)
      lines.insert(line, at: random.below(lines.count + 1))
    }
    return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
  }

  /// Numbers at the edges of the 10⁻⁹ grid and of the 64-bit range, zeros (divisions), and
  /// ordinary values.
  static let numbers = [
    "0", "1", "2", "3", "5", "7", "8", "10", "24", "40", "100", "1000", "1439", "1440", "0.5",
    "0.1",
    "0.000000001", "0.0000000001", "1.5", "2.25", "9223372036", "9223372036.854775807",
    "9223372037",
    "4294967296", "1e3", "000", "007", "3.14159265358979", "-1", "90", "180", "-21.1", "55.5",
  ]
  static let times = [
    "00:00", "00:01", "06:30", "08:30", "09:30", "12:00", "23:59", "24:00", "23:60", "99:99",
  ]
  static let strings = ["\"\"", "\"x\"", "\"\\u{202E}\"", "\"a\\\"b\"", "\"é\"", "\"\\n\""]
  /// The mobility schema's names and the language's built-in and contextual words.
  static let schemaNames = [
    "e", "employees", "sites", "site", "home", "home_zone", "zone", "location", "mode", "arrival",
    "departure", "days_on_site", "telework_eligible", "id", "Mode", "Zone", "car_solo",
    "car_passenger",
    "bus", "bike", "walk", "motorbike", "telework", "other", "count", "sum", "mean", "clamp",
    "distance",
    "slot", "nearest", "point", "zone_centroids", "min", "max", "abs", "round", "mobility",
    "employee",
    "epsilon", "min_group", "unit", "init", "per", "round", "list", "int", "decimal", "bool",
    "time",
    "duration", "distance", "km", "m", "min", "h", "s", "lat", "lon", "latitude", "longitude",
  ]
  /// Fragments inserted after a structural token.
  static let snippets = [
    " e.home_zone", " e.site.zone", " e.mode", " Mode.bus", " e.days_on_site", " e.arrival",
    " distance(e.home, e.site.location)", " slot(e.arrival, 30 min)", " e.telework_eligible",
    " 0", " 1", " -1", " not", " abs(", " (", ")", ",", " as k", "[0]", ".zone", ".location",
    "\n  n = count()", "\n  s = sum(clamp(e.days_on_site, 0, 7))",
    "\n  m = mean(clamp(e.arrival - 08:00, 0 min, 120 min))",
    " and e.mode == Mode.car_solo", " or true", " * 0", " / 0", " % 0", " + 9223372036",
    " - 9223372036",
    "\nwhere true", "\ngroup by e.home_zone", "\nrounds 2", "\nparam k: int in 0 .. 10 init 3",
    "\nparam c: list<point> max 3 init zone_centroids(3)", "\n  epsilon 0.5 per round",
  ]
}
