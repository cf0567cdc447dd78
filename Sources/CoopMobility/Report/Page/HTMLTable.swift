/// An accessible HTML table: a caption, column headers with `scope="col"`, a row header per row
/// with `scope="row"`, in a focusable wrapper that scrolls sideways if it must; on phones the
/// style sheet stacks each row as a card, every value next to its column's name.
struct HTMLTable {
  /// One cell; `html` is already escaped markup.
  struct Cell {
    var html: String
    var numeric: Bool

    /// A text cell, escaped.
    static func text(_ text: String) -> Cell { Cell(html: HTMLText.escape(text), numeric: false) }
    /// A number cell (right-aligned), escaped.
    static func number(_ text: String) -> Cell { Cell(html: HTMLText.escape(text), numeric: true) }
  }

  let id: String
  let caption: String
  let headers: [String]
  /// Which columns hold numbers (right-aligned headers).
  let numericColumns: Set<Int>
  let rows: [[Cell]]
  var footer: [Cell]? = nil

  /// The table's markup.
  func html() -> String {
    var html =
      "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(id)-caption\">"
      + "<table id=\"\(id)\"><caption id=\"\(id)-caption\">\(HTMLText.escape(caption))</caption>"
      + "<thead><tr>"
    for (index, header) in headers.enumerated() {
      html += "<th scope=\"col\"\(numericColumns.contains(index) ? " class=\"num\"" : "")>"
      html += HTMLText.escape(header) + "</th>"
    }
    html += "</tr></thead><tbody>"
    for row in rows { html += self.row(row) }
    html += "</tbody>"
    if let footer { html += "<tfoot>" + self.row(footer) + "</tfoot>" }
    return html + "</table></div>"
  }

  /// A row; data cells carry their column's header in `data-label`, which the narrow-screen
  /// style shows before the value when rows are stacked as cards.
  private func row(_ cells: [Cell]) -> String {
    var html = "<tr>"
    for (index, cell) in cells.enumerated() {
      let numeric = cell.numeric ? " class=\"num\"" : ""
      if index == 0 {
        html += "<th scope=\"row\"\(numeric)>\(cell.html)</th>"
      } else {
        let label = headers.indices.contains(index) ? HTMLText.escape(headers[index]) : ""
        html += "<td\(numeric) data-label=\"\(label)\">\(cell.html)</td>"
      }
    }
    return html + "</tr>"
  }
}
