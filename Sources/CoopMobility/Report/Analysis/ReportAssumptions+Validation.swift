extension ReportAssumptions {
  /// Throws unless every assumption is in a range the formulas accept.
  func validate() throws(SynergyReportError) {
    guard (1...9).contains(carOccupancy) else {
      throw .invalidAssumption("car occupancy must be 1–9, not \(carOccupancy)")
    }
    guard carpoolMinimumDrivers >= 1, shuttleMinimumRiders >= 1 else {
      throw .invalidAssumption("thresholds must be at least 1")
    }
    guard (0...7).contains(thirdPlaceDaysPerWeek) else {
      throw .invalidAssumption("third-place days per week must be 0–7")
    }
    guard maximumOneWayKilometres.isFinite, maximumOneWayKilometres > 0 else {
      throw .invalidAssumption("the maximum one-way distance must be a positive number of km")
    }
    guard mapFlowLimit >= 0, tableRowLimit >= 1 else {
      throw .invalidAssumption("the map needs a flow limit ≥ 0 and tables a row limit ≥ 1")
    }
  }
}
