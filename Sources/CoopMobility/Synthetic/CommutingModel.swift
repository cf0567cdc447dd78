import Foundation

/// Where employees of a site live: a gravity model with exponential distance decay.
///
/// The weight of home commune h for a site at point p in commune w is
/// `population(h) × exp(−distance(p, centroid(h)) / decay) × (h == w ? sameCommuneFactor : 1)`.
/// The two parameters are calibrated (see Docs/synthetic-data.md) so that about 58 % of employees
/// live in their work commune and the mean straight-line home–work distance is near 13.6 km,
/// the figures INSEE published for La Réunion in 2021.
public struct CommutingModel: Sendable, Hashable {
  /// The distance decay scale in kilometres.
  public var decayKilometres: Double
  /// The extra weight of the work commune itself.
  public var sameCommuneFactor: Double

  /// The calibrated model.
  public static let calibrated = CommutingModel(decayKilometres: 34, sameCommuneFactor: 10)

  /// A model with the given parameters.
  public init(decayKilometres: Double, sameCommuneFactor: Double) {
    self.decayKilometres = decayKilometres
    self.sameCommuneFactor = sameCommuneFactor
  }

  /// The weights of each commune (in `communes.all` order) as the home of someone working at
  /// `location` in commune `workZone`.
  public func homeWeights(location: GeoPoint, workZone: Int, communes: Communes) -> [Double] {
    communes.all.map { home in
      let decay = exp(-location.distance(to: home.centroid) / decayKilometres)
      let factor = home.code == workZone ? sameCommuneFactor : 1
      return Double(home.population) * decay * factor
    }
  }
}
