import CoopEngine
import Testing

@Suite("Noisy statistics, grids and thresholds")
struct MechanismTests {
  @Test("a count's scale is rows per unit over epsilon")
  func countScale() throws {
    let count = try NoisyStatistic.count(epsilon: Rational(1, 2), rowsPerUnit: 3)
    #expect(count.noise.parameter == .laplace(scale: try Rational(6)))
    var random = SplitMixBits(seed: 3)
    let released = count.release(40, using: &random)
    #expect(released.value.denominator == 1)
    #expect(released.halfWidth95 == Rational(uncheckedHalfWidth: count.noise.halfWidth95))
    #expect(throws: PrivacyParameterError.epsilonNotPositive) {
      try NoisyStatistic.count(epsilon: .zero)
    }
  }

  @Test("a sum is noised in grid units and released in natural units")
  func sumOnGrid() throws {
    let grid = try FixedPointGrid(decimals: 2, lower: .zero, upper: Rational(80))
    #expect(grid.maximumUnits == 8_000)
    let sum = try NoisyStatistic.sum(grid: grid, epsilon: Rational(1, 4))
    #expect(sum.noise.parameter == .laplace(scale: try Rational(32_000)))
    var random = SplitMixBits(seed: 4)
    let released = sum.release(123_456, using: &random)
    #expect(released.noise == .laplace(scale: try Rational(320)))
    #expect(100 % released.value.denominator == 0)
    #expect(released.halfWidth95 == (try Rational(sum.noise.halfWidth95, 100)))
  }

  @Test("values are clamped and rounded onto the grid")
  func grid() throws {
    let grid = try FixedPointGrid(decimals: 2, lower: Rational(-1, 2), upper: Rational(80))
    #expect(grid.units(of: try Rational(parsing: "12.345")) == 1_235)
    #expect(grid.units(of: try Rational(parsing: "-12.345")) == -50)
    #expect(grid.units(of: 100.0) == 8_000)
    #expect(grid.units(of: Double.nan) == 0)
    #expect(grid.units(of: 0.125) == 13)
    #expect(grid.maximumUnits == 8_000)
    #expect(throws: PrivacyParameterError.self) {
      try FixedPointGrid(decimals: 0, lower: Rational(3), upper: Rational(2))
    }
  }

  @Test("a cell below the minimum group releases nothing")
  func threshold() throws {
    let cell = ThresholdedCell(
      count: try .count(epsilon: Rational(4)),
      values: [
        try .sum(
          grid: FixedPointGrid(decimals: 0, lower: .zero, upper: Rational(10)),
          epsilon: Rational(4))
      ],
      minGroup: 5)
    var random = SplitMixBits(seed: 5)
    var published = 0
    for _ in 0..<200 {
      if try cell.release(exactCount: 1, exactValues: [7], using: &random).isPublished {
        published += 1
      }
    }
    #expect(published == 0)
    guard
      case .published(let count, let values) = try cell.release(
        exactCount: 1_000, exactValues: [5_000], using: &random)
    else {
      Issue.record("a large cell must be published")
      return
    }
    #expect(values.count == 1 && count.value >= Rational(uncheckedHalfWidth: 990))
    #expect(throws: CellReleaseError.valueCountMismatch(expected: 1, have: 0)) {
      try cell.release(exactCount: 10, exactValues: [])
    }
  }

  @Test("a mean is noisy sum over noisy count")
  func mean() throws {
    let sum = ReleasedValue(
      value: try Rational(100), noise: .laplace(scale: .one), halfWidth95: try Rational(3))
    let count = ReleasedValue(
      value: try Rational(20), noise: .laplace(scale: .one), halfWidth95: try Rational(3))
    let range = try Rational(0)...Rational(80)
    let mean = try #require(ReleasedValue.mean(sum: sum, count: count, within: range))
    #expect(mean.value == (try Rational(5)) && mean.noise == .derived)
    #expect(mean.halfWidth95 == (try Rational(18, 17)))
    let small = ReleasedValue(
      value: .one, noise: .laplace(scale: .one), halfWidth95: try Rational(3))
    let wide = try #require(ReleasedValue.mean(sum: sum, count: small, within: range))
    #expect(try wide.value == Rational(80) && wide.halfWidth95 == Rational(80))
    let empty = ReleasedValue(value: .zero, noise: .laplace(scale: .one), halfWidth95: .one)
    #expect(ReleasedValue.mean(sum: sum, count: empty, within: range) == nil)
  }
}

extension Rational {
  /// An integer as a rational, for expectations.
  init(uncheckedHalfWidth value: Int) { self = (try? Rational(value)) ?? .zero }
}
