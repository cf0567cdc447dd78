import Foundation

/// The synergy report on employee commuting: an HTML page for territory staff, plus CSV and
/// GeoJSON exports for analysts.
///
/// ```swift
/// let report = try SynergyReport(input: input, communes: try Communes.bundled())
/// try report.write(to: directory, language: .french)  // report.html, exports/…
/// ```
public struct SynergyReport: Sendable {
  /// What the report was built from.
  public let input: SynergyReportInput
  /// The figures derived from it.
  public let analysis: SynergyAnalysis
  /// The reference data it draws and names communes with.
  public let communes: Communes

  /// Checks the input and derives every figure; throws on tables the report cannot read.
  public init(input: SynergyReportInput, communes: Communes) throws(SynergyReportError) {
    self.input = input
    self.communes = communes
    self.analysis = try SynergyAnalysis(input: input, communes: communes)
  }

  /// The self-contained HTML page in `language`.
  public func html(language: ReportLanguage = .french) -> String {
    ReportPage(input: input, analysis: analysis, communes: communes, strings: language.strings)
      .html()
  }

  /// Writes `directory/report.html` and `directory/exports/…`, creating the directories, and
  /// with `keepingInput` the input itself as `exports/report-input.json` (to render it again
  /// with `coop report --input`); returns the files written.
  @discardableResult
  public func write(to directory: URL, language: ReportLanguage = .french, keepingInput: Bool = false)
    throws(SynergyReportError) -> [URL]
  {
    let exportsDirectory = directory.appendingPathComponent("exports")
    do {
      try FileManager.default.createDirectory(
        at: exportsDirectory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: exportsDirectory.path, reason: error.localizedDescription)
    }
    var files = [
      (directory.appendingPathComponent("report.html"), Data(html(language: language).utf8))
    ]
    for (name, data) in exports().sorted(by: { $0.key < $1.key }) {
      files.append((exportsDirectory.appendingPathComponent(name), data))
    }
    if keepingInput {
      files.append((exportsDirectory.appendingPathComponent("report-input.json"), try input.json()))
    }
    for (url, data) in files {
      do {
        try data.write(to: url, options: .atomic)
      } catch {
        throw .cannotWrite(path: url.path, reason: error.localizedDescription)
      }
    }
    return files.map(\.0)
  }
}
