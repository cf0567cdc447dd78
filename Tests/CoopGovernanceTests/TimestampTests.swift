import CoopGovernance
import Testing

@Suite("Timestamps")
struct TimestampTests {
  @Test func canonicalTextRoundTrips() throws {
    for text in [
      "1970-01-01T00:00:00Z", "2026-11-27T10:00:00Z", "2024-02-29T23:59:59Z",
      "1969-12-31T23:59:59Z", "2400-02-29T12:00:00Z",
    ] {
      #expect(Timestamp(canonical: text)?.text == text)
    }
    #expect(Timestamp(canonical: "2026-11-27T10:00:00Z")?.secondsSinceEpoch == 1_795_773_600)
  }

  @Test func datesAndEndOfWindow() {
    #expect(Timestamp(iso8601: "2026-11-27")?.text == "2026-11-27T00:00:00Z")
    #expect(Timestamp(endOfWindow: "2026-11-27")?.text == "2026-11-27T23:59:59Z")
    #expect(Timestamp(endOfWindow: "2026-11-27T08:00:00Z")?.text == "2026-11-27T08:00:00Z")
  }

  @Test func invalidTextIsRefused() {
    for text in [
      "2026-02-29", "2026-13-01", "2026-1-01", "2026-11-27T24:00:00Z",
      "2026-11-27T10:00:00+02:00", "2026-11-27 10:00:00Z", "", "２０２６-11-27",
    ] {
      #expect(Timestamp(iso8601: text) == nil, "\(text)")
    }
    #expect(Timestamp(canonical: "2026-11-27") == nil)
  }
}
