import Testing

@testable import CoopEngine

@Suite("CSV reader")
struct CSVReaderTests {
  private func records(_ text: String, delimiter: Character = ",") throws(CSVError) -> [(
    Int, [String]
  )] {
    var reader = CSVReader(bytes: Array(text.utf8), delimiter: delimiter.asciiValue ?? 0x2C)
    var out: [(Int, [String])] = []
    while let record = try reader.next() { out.append((record.line, record.fields)) }
    return out
  }

  @Test func quotesDelimitersAndLineBreaksInsideFields() throws {
    let result = try records("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\nlast,\n")
    #expect(result.map(\.0) == [1, 2, 3, 5])
    #expect(
      result.map(\.1) == [["a", "b"], ["x,1", "say \"hi\""], ["two\nlines", "z"], ["last", ""]])
  }

  @Test func byteOrderMarkBlankLinesAndOtherDelimiters() throws {
    let result = try records("\u{FEFF}a;b\n\n1;2\n\n", delimiter: ";")
    #expect(result.map(\.0) == [1, 3])
    #expect(result.map(\.1) == [["a", "b"], ["1", "2"]])
  }

  @Test func noFinalLineBreakAndEmptyFields() throws {
    #expect(try records("a,,c").map(\.1) == [["a", "", "c"]])
    #expect(try records("\"\"").map(\.1) == [[""]])
  }

  @Test func malformedQuotesGiveTheirLine() {
    #expect(throws: CSVError.unterminatedQuote(line: 2)) { try records("a\n\"open\n\nmore") }
    #expect(throws: CSVError.textAfterQuote(line: 1)) { try records("\"a\"b,c") }
  }
}
