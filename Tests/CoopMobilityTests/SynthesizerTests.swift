import Foundation
import Testing

@testable import CoopMobility

@Suite("Synthetic companies")
struct SynthesizerTests {
  @Test func planHasTheRequestedCounts() throws {
    let synthesizer = try Synthesizer(
      communes: try TestSupport.communes(),
      options: SynthesisOptions(companies: 20, employees: 5000, seed: 1))
    #expect(synthesizer.plan.count == 20)
    #expect(synthesizer.plan.reduce(0) { $0 + $1.employeeCount } == 5000)
    #expect(
      synthesizer.plan.allSatisfy { (1...3).contains($0.sites.count) && $0.employeeCount >= 1 })
    #expect(Set(synthesizer.plan.map(\.name)).count == 20)
    #expect(synthesizer.plan.map(\.key).first == "company-01")
    let sizes = synthesizer.plan.map(\.employeeCount).sorted()
    // Skewed: the biggest company is several times the median one.
    #expect(sizes[19] > 3 * sizes[10])
    for company in synthesizer.plan.indices.map(synthesizer.company) {
      #expect(company.employees.count == company.employeeCount)
      #expect(Set(company.employees.map(\.id)).count == company.employees.count)
    }
  }

  @Test func oneEmployeePerCompanyIsPossible() throws {
    let synthesizer = try Synthesizer(
      communes: try TestSupport.communes(),
      options: SynthesisOptions(companies: 500, employees: 500, seed: 9))
    #expect(synthesizer.plan.allSatisfy { $0.employeeCount == 1 && $0.sites.count == 1 })
    #expect(synthesizer.plan.last?.key == "company-500")
    #expect(synthesizer.plan.first?.key == "company-001")
  }

  @Test(arguments: [
    (SynthesisOptions(companies: 0, employees: 10), "companies must be between 1 and 500 (got 0)"),
    (
      SynthesisOptions(companies: 501, employees: 1000),
      "companies must be between 1 and 500 (got 501)"
    ),
    (
      SynthesisOptions(companies: 20, employees: 19),
      "employees must be at least the number of companies, 20 (got 19)"
    ),
    (
      SynthesisOptions(companies: 20, employees: 5_000_001),
      "employees must be at most 5,000,000 (got 5000001)"
    ),
  ])
  func rejectsOptionsOutOfRange(options: SynthesisOptions, message: String) throws {
    #expect(throws: SynthesisError.invalidOption(message)) {
      try options.validate()
    }
  }

  @Test func everyPointLiesInItsCommune() throws {
    let communes = try TestSupport.communes()
    let synthesizer = try Synthesizer(
      communes: communes, options: SynthesisOptions(companies: 20, employees: 5000, seed: 5))
    for company in synthesizer.plan.indices.map(synthesizer.company) {
      for site in company.sites {
        let commune = try #require(communes[site.zone])
        #expect(commune.shape.contains(site.location), "site \(site.id)")
        #expect(site.location == site.location.rounded(toMultipleOf: 0.0001))
      }
      for employee in company.employees {
        let commune = try #require(communes[employee.homeZone])
        #expect(commune.shape.contains(employee.home), "home of \(employee.id)")
        #expect(employee.home == employee.home.rounded(toMultipleOf: 0.005))
      }
    }
  }

  @Test func schedulesAreOnTheGridAndInRange() throws {
    let synthesizer = try Synthesizer(
      communes: try TestSupport.communes(),
      options: SynthesisOptions(companies: 10, employees: 4000, seed: 2))
    let employees = synthesizer.plan.indices.flatMap { synthesizer.company($0).employees }
    #expect(employees.allSatisfy { $0.arrival % 5 == 0 && $0.departure % 5 == 0 })
    #expect(employees.allSatisfy { (360...600).contains($0.arrival) && $0.departure > $0.arrival })
    #expect(employees.allSatisfy { $0.departure <= 1439 && (0...7).contains($0.daysOnSite) })
    #expect(
      employees.allSatisfy { $0.mode != .telework || ($0.teleworkEligible && $0.daysOnSite <= 1) })
    let peak = employees.filter { (420...540).contains($0.arrival) }.count
    #expect(Double(peak) / Double(employees.count) > 0.85)
  }
}
