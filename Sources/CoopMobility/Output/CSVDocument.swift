/// An RFC 4180 CSV text: a header row, then one line per row, CRLF line ends.
struct CSVDocument {
  private(set) var text = ""

  /// A document whose first line is `header`.
  init(header: [String], expectedRows: Int = 0) {
    text.reserveCapacity((expectedRows + 1) * 96)
    append(header.map(StoreValue.text))
  }

  /// Appends one row.
  mutating func append(_ row: [StoreValue]) {
    for (index, value) in row.enumerated() {
      if index > 0 { text.append(",") }
      text.append(value.csvField)
    }
    text.append("\r\n")
  }
}
