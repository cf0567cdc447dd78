/// Generates a synthetic but realistic set of La Réunion companies and their employees.
///
/// The plan (companies, sizes, sectors, sites) is drawn from stream 0 of the seed when the
/// synthesizer is created; the employees of company i are drawn from stream i, so each company
/// can be generated, written and dropped on its own, in any order, with the same result.
public struct Synthesizer: Sendable {
  /// The reference data the model draws from.
  public let communes: Communes
  /// The counts and seed.
  public let options: SynthesisOptions
  /// Where employees live relative to their site.
  public let model: CommutingModel
  /// The companies with their sites, without employees, in output order.
  public let plan: [SyntheticCompany]

  /// Validates `options` and draws the plan.
  public init(
    communes: Communes, options: SynthesisOptions, model: CommutingModel = .calibrated
  ) throws(SynthesisError) {
    try options.validate()
    self.communes = communes
    self.options = options
    self.model = model
    var planner = CompanyPlanner(communes: communes, options: options)
    self.plan = planner.plan()
  }

  /// Company `index` (0-based, one of `plan.indices`) with its employees drawn.
  public func company(_ index: Int) -> SyntheticCompany {
    var company = plan[index]
    var random = SyntheticRandom(seed: options.seed, stream: UInt64(index) + 1)
    var employees: [SyntheticEmployee] = []
    employees.reserveCapacity(company.employeeCount)
    let idPrefix = "c" + CompanyPlanner.padded(company.number, toWidthOf: plan.count) + "-e"
    for site in company.sites {
      let weights = model.homeWeights(
        location: site.location, workZone: site.zone, communes: communes)
      let workIndex = communes.all.firstIndex { $0.code == site.zone } ?? 0
      let homeChoice = WeightedChoice(weights) ?? WeightedChoice(always: workIndex)
      for _ in 0..<site.employeeCount {
        let home = communes.all[homeChoice.pick(using: &random)]
        let point = CommunePointSampler.point(in: home, step: 0.005, random: &random)
        let id =
          idPrefix
          + CompanyPlanner.padded(
            employees.count + 1, toWidthOf: company.employeeCount, minimum: 5)
        employees.append(
          EmployeeTraits.draw(
            id: id, site: site, homeZone: home.code, home: point, sector: company.sector,
            random: &random))
      }
    }
    company.employees = employees
    return company
  }
}
