import Testing

@testable import CoopGovernance

/// The one TOML subset reader board files and edge configurations share.
@Suite struct TOMLLineReaderTests {
  @Test func readsEveryKindOfLineAndValue() throws {
    let text = """
      # a comment
      name = "Sucrerie \\"du Sud\\"" # trailing comment
      quorum = 2
      epsilon = 0.5
      negative = -1.25
      strict = true
      schemas = ["mobility", "parking",]

      [policy]
      [[member]]
      """
    let lines = try TOMLLineReader.lines(text)
    #expect(lines.map(\.number) == [2, 3, 4, 5, 6, 7, 9, 10])
    #expect(
      lines.map(\.line) == [
        .pair(key: "name", value: .string("Sucrerie \"du Sud\"")),
        .pair(key: "quorum", value: .integer(2)),
        .pair(key: "epsilon", value: .decimal("0.5")),
        .pair(key: "negative", value: .decimal("-1.25")),
        .pair(key: "strict", value: .bool(true)),
        .pair(key: "schemas", value: .array([.string("mobility"), .string("parking")])),
        .table("policy"), .arrayOfTables("member"),
      ])
    #expect(TOMLValue.array([.integer(1), .decimal("0.5"), .bool(false)]).encoded == "[1, 0.5, false]")
  }

  @Test(arguments: [
    ("a = 012", "expected a string, number, boolean or one-line array", "a"),
    ("a = 1.", "expected a string, number, boolean or one-line array", "a"),
    ("a = +1", "expected a string, number, boolean or one-line array", "a"),
    ("a = [1, 2", "expected ',' or ']' in an array", "a"),
    ("a = \"open", "unterminated string", "a"),
    ("a = \"\\u+041\"", "invalid unicode escape", "a"),
    ("a = trueish", "unexpected text after the value of 'a'", nil),
    ("a b = 1", "expected a bare key (letters, digits, '_' or '-') before '='", nil),
    ("words", "expected key = value", nil),
    ("[hub", "expected [table]", nil),
    ("[[member]", "malformed [[table]]", nil),
  ] as [(String, String, String?)])
  func refusesWhatItDoesNotKnow(text: String, message: String, key: String?) {
    #expect(throws: TOMLLineReader.Failure(line: 1, message: message, valueOf: key)) {
      try TOMLLineReader.lines(text)
    }
  }
}
