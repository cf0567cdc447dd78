import Testing

@testable import CoopEngine

/// Summing edges' release tables: totals, joined noise, min_group on the totals.
@Suite struct FederatedSumTests {
  static func table(_ cells: [(String, Int, Int)], round: Int = 1) -> ReleaseTable {
    ReleaseTable(
      algorithm: "test.count", version: 1, round: round, keyNames: ["zone"],
      values: [
        ReleasedValueSpec(name: "n", kind: .count, unit: ""),
        ReleasedValueSpec(name: "km", kind: .mean, unit: "km"),
      ],
      cells: cells.map { key, count, km in
        ReleaseCell(
          key: [.text(key)],
          count: NoisyNumber(units: count, decimals: 0, noise: "laplace:2", halfWidth95: 6),
          sums: ["km": NoisyNumber(units: km, decimals: 1, noise: "laplace:800", halfWidth95: 2396)]
        )
      }, suppressed: 0)
  }

  @Test func smallCellsAtSeveralEdgesAddUpPastMinGroup() throws {
    let tables = [
      Self.table([("a", 12, 300), ("b", 2, 100)]), Self.table([("a", 14, 400)]),
      Self.table([("a", 12, 150), ("c", 30, 900)]),
    ]
    let federated = try FederatedSum.federate(tables, minGroup: 5)
    #expect(federated.cells.map(\.key) == [[.text("a")], [.text("c")]])
    let a = federated.cells[0]
    #expect(a.count.units == 38)
    #expect(a.count.noise == "laplace:2+laplace:2+laplace:2")
    #expect(a.count.halfWidth95 > 6)
    #expect(a.count.halfWidth95 < 18)
    #expect(a.sums["km"]?.units == 850)
    #expect(a.sums["km"]?.decimals == 1)
    #expect(federated.suppressed == 1)
  }

  @Test func aTotalInsideItsOwnNoiseIsSuppressed() throws {
    // 9 ≥ min_group 5, but below twice the 95% half-width of three edges' noise.
    let tables = [Self.table([("a", 3, 0)]), Self.table([("a", 4, 0)]), Self.table([("a", 2, 0)])]
    let federated = try FederatedSum.federate(tables, minGroup: 5)
    #expect(federated.cells.isEmpty && federated.suppressed == 1)
  }

  @Test func withoutMinGroupEveryTotalIsPublished() throws {
    let federated = try FederatedSum.federate([Self.table([("b", 2, 100)])], minGroup: nil)
    #expect(federated.cells.count == 1)
    #expect(federated.cells[0].count.halfWidth95 == 6)
  }

  @Test func incompatibleTablesAreRefused() {
    #expect(throws: FederationError.self) {
      try FederatedSum.federate([Self.table([]), Self.table([], round: 2)], minGroup: nil)
    }
    #expect(throws: FederationError.self) { try FederatedSum.federate([], minGroup: nil) }
    var odd = Self.table([("a", 1, 1)])
    odd.cells[0].count.noise = "uniform:3"
    #expect(throws: FederationError.self) { try FederatedSum.federate([odd], minGroup: nil) }
    var overflow = Self.table([("a", Int.max, 1)])
    overflow.cells[0].count.units = .max
    #expect(throws: FederationError.self) {
      try FederatedSum.federate([overflow, Self.table([("a", 1, 1)])], minGroup: nil)
    }
  }
}
