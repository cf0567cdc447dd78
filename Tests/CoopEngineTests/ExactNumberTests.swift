import CoopEngine
import Testing

@Suite("Exact rationals and epsilon")
struct ExactNumberTests {
  @Test("parses decimals and fractions exactly")
  func parsing() throws {
    #expect(try Rational(parsing: "0.25") == Rational(1, 4))
    #expect(try Rational(parsing: "-12.5") == Rational(-25, 2))
    #expect(try Rational(parsing: "6/4") == Rational(3, 2))
    #expect(try Rational(3, -6).description == "-1/2")
    for bad in ["", ".5", "1.", "1e3", "x", "1/0", "0.1234567890123456789"] {
      #expect(throws: RationalError.self) { try Rational(parsing: bad) }
    }
  }

  @Test("arithmetic is exact and overflow is an error")
  func arithmetic() throws {
    let third = try Rational(1, 3)
    #expect(try third.adding(Rational(1, 6)) == Rational(1, 2))
    #expect(try third.multiplied(by: Rational(3, 5)) == Rational(1, 5))
    #expect(try Rational(7).divided(by: Rational(1, 4)) == Rational(28))
    #expect(try Rational(-7, 2).floor == -4)
    #expect(try Rational(1, 3) < Rational(1, 2))
    #expect(throws: RationalError.overflow) { try Rational(Int.max).adding(.one) }
    #expect(throws: RationalError.zeroDenominator) { try third.divided(by: .zero) }
  }

  @Test("epsilon holds millionths exactly")
  func epsilon() throws {
    #expect(try Epsilon("0.5").micros == 500_000)
    #expect(try Epsilon("0.000001").micros == 1)
    #expect(try Epsilon("0.125").description == "0.125")
    #expect(try Epsilon("2").description == "2")
    #expect(try Epsilon("0.1").rational == Rational(1, 10))
    #expect(throws: PrivacyParameterError.epsilonTooFine("0.0000001")) {
      try Epsilon("0.0000001")
    }
    #expect(throws: PrivacyParameterError.epsilonOutOfRange("-1")) { try Epsilon("-1") }
    #expect(throws: PrivacyParameterError.malformedEpsilon("abc")) { try Epsilon("abc") }
  }
}
