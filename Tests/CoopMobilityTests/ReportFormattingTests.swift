import Testing

@testable import CoopMobility

@Suite("Synergy report: formatting")
struct ReportFormattingTests {
  @Test func numbersFollowTheLanguage() {
    #expect(NumberStyle.french.format(1234.5, decimals: 1) == "1\u{202F}234,5")
    #expect(NumberStyle.english.format(1234.5, decimals: 1) == "1,234.5")
    #expect(NumberStyle.french.format(1_234_567) == "1\u{202F}234\u{202F}567")
    #expect(NumberStyle.english.format(-0.04, decimals: 1) == "0.0")
    #expect(NumberStyle.english.format(-12.25, decimals: 1) == "\u{2212}12.3")
    #expect(NumberStyle.machine.format(-1234.5, decimals: 2) == "-1234.50")
    #expect(NumberStyle.machine.format(.nan) == "–")
    #expect(NumberStyle.english.format(999) == "999")
  }

  @Test func estimatesShowTheirHalfWidth() {
    let format = ReportFormat(strings: .french)
    #expect(format.estimate(Estimate(value: 1234, halfWidth: 56)) == "1\u{202F}234\u{A0}±\u{A0}56")
  }

  @Test func slotsAndLanguages() {
    #expect(ArrivalSlot(index: 15)?.label == "07:30–08:00")
    #expect(ArrivalSlot(index: 47)?.label == "23:30–00:00")
    #expect(ArrivalSlot(index: 48) == nil)
    #expect(ReportLanguage(code: "EN") == .english)
    #expect(ReportLanguage(code: "de") == nil)
  }

  @Test func escapesMarkup() {
    #expect(
      HTMLText.escape("<script>\"L'Océan\" & co</script>")
        == "&lt;script&gt;&quot;L&#39;Océan&quot; &amp; co&lt;/script&gt;")
  }
}
