import Foundation
import Testing

@testable import CoopMobility

@Suite("Synergy report: in a browser")
struct ReportBrowserTests {
  /// Where screenshots are kept: `.build-artifacts/report/` at the package root (git-ignored).
  static var artifacts: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".build-artifacts/report")
  }

  @Test(
    .enabled(
      if: HeadlessChromium.isInstalled,
      "chromium is not installed: apt-get install -y chromium (Debian) to run the browser test"),
    arguments: ReportLanguage.allCases)
  func rendersOnAPhoneWithoutConsoleErrors(language: ReportLanguage) throws {
    let browser = try #require(HeadlessChromium.find())
    let communes = try TestSupport.communes()
    let report = try SynergyReport(
      input: try ReportFixtures.territory(communes: communes), communes: communes)
    let directory = try TestSupport.temporaryDirectory()
    try report.write(to: directory, language: language)
    let page = directory.appendingPathComponent("report.html")

    try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
    let screenshot = Self.artifacts.appendingPathComponent("report-\(language.rawValue)-390.png")
    try? FileManager.default.removeItem(at: screenshot)
    let shot = try browser.screenshot(
      page, to: screenshot, width: 390, height: 2400,
      profile: directory.appendingPathComponent("profile-shot"))
    #expect(shot.status == 0, "chromium --screenshot failed: \(shot.stderr.suffix(2000))")
    let png = try Data(contentsOf: screenshot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(png.count > 20_000, "the screenshot looks blank")
    print("report screenshot (\(language.rawValue), 390 px wide): \(screenshot.path)")

    let dom = try browser.dumpDOM(page, profile: directory.appendingPathComponent("profile-dom"))
    #expect(dom.status == 0, "chromium --dump-dom failed: \(dom.stderr.suffix(2000))")
    // The page has no script: any console message (a CSP refusal, a parse error) is a fault.
    let console = dom.stderr.split(separator: "\n").filter {
      $0.contains(":CONSOLE") || $0.contains("Refused to") || $0.contains("Uncaught")
    }
    #expect(console.isEmpty, "console messages: \(console.joined(separator: "\n"))")
    // Booleans first, so that a failure does not print the whole DOM.
    let hasMap = dom.stdout.contains("<svg class=\"map\"")
    #expect(hasMap, "the DOM has no map")
    let communePaths = ReportHTMLTests.count("class=\"commune\"", in: dom.stdout)
    #expect(communePaths == 24)
    for table in ["algorithms", "flows", "carpool-table", "shuttle-table", "third-places-table"] {
      let hasTable = dom.stdout.contains("<table id=\"\(table)\"")
      #expect(hasTable, "the DOM has no table \(table)")
    }
  }
}
