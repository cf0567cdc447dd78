import CoopLang
import Foundation
import Testing

@testable import CoopEngine

/// `ParameterValidation`: what the hub and the edges call before anything is spent.
@Suite("Parameter validation")
struct ParameterValidationTests {
  func refusal(_ json: String, _ name: String) throws -> String? {
    let script = try #require(ExecutorFixture.scripts[name])
    do {
      _ = try ParameterValidation.validate(script, json: Data(json.utf8))
      return nil
    } catch {
      return error.description
    }
  }

  @Test("types, bounds, list lengths and empty lists are refused, naming the parameter")
  func refusals() throws {
    let nine = String(repeating: "[-21.1,55.5],", count: 8) + "[-21.1,55.5]"
    let cases: [(String, String, String)] = [
      (#"{"centers":[]}"#, "third_places", "'centers' is an empty list"),
      (#"{"centers":[\#(nine)]}"#, "third_places", "'centers' has more than 8 values"),
      (#"{"centers":[[-21.1]]}"#, "third_places", "'centers' must be points written [lat, lon]"),
      (#"{"centers":[[-91,55.5]]}"#, "third_places", "'centers' has a point off the globe"),
      (#"{"centers":[[true,55.5]]}"#, "third_places", "'centers' holds true or false"),
      (#"{"threshold":"60000.5"}"#, "long_commutes", "'threshold' = 60000.5 is outside 5000 .. 60000"),
      (#"{"threshold":false}"#, "long_commutes", "'threshold' holds true or false"),
      (#"{"threshold":null}"#, "long_commutes", "'threshold' must be a number"),
      (#"{"radius":1}"#, "long_commutes", "the script has no parameter 'radius'"),
      (#"[1]"#, "long_commutes", "parameters are not a JSON object"),
      (#"{"threshold":"20000.0000000001"}"#, "long_commutes", "'threshold' = 20000.0000000001 has more than 9 decimals"),
      (#"{"centers":[["-21.1000000001",55.5]]}"#, "third_places", "'centers' has a coordinate with more than 9 decimals"),
    ]
    for (json, script, expected) in cases {
      let message = try refusal(json, script)
      #expect(message?.hasPrefix(expected) == true, "\(json): \(message ?? "accepted")")
    }
  }

  @Test("valid values, and missing ones with an initial value, resolve")
  func accepted() throws {
    let commutes = try #require(ExecutorFixture.scripts["long_commutes"])
    for json in [#"{"threshold":"30000"}"#, #"{"threshold":30000}"#] {
      let given = try ParameterValidation.validate(commutes, json: Data(json.utf8))
      #expect(given == ["threshold": .number(ExactDecimal(units: 30000))], "\(json)")
    }
    let initial = try ParameterValidation.validate(commutes, json: Data())
    #expect(initial == ["threshold": .number(ExactDecimal(units: 20000))])
    let third = try #require(ExecutorFixture.scripts["third_places"])
    let centers = try ParameterValidation.validate(third, json: Data(#"{"centers":[[-21.1,55.5]]}"#.utf8))
    #expect(centers["centers"] == .list([.point(latitude: ExactDecimal("-21.1")!, longitude: ExactDecimal("55.5")!)]))
  }
}
