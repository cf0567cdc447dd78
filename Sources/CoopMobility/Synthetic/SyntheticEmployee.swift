/// A synthetic employee: one row of the `employees` table.
public struct SyntheticEmployee: Sendable, Hashable, Codable {
  /// The employee id, unique within the data set (`c07-e00042`).
  public let id: String
  /// The id of the site the employee works at.
  public let site: String
  /// The INSEE code of the commune the employee lives in.
  public let homeZone: Int
  /// The approximate home: rounded to 0.005° and inside the home commune.
  public let home: GeoPoint
  /// The usual way to work.
  public let mode: CommuteMode
  /// Usual arrival time on site, minutes since midnight, on a 5-minute grid.
  public let arrival: Int
  /// Usual departure time, minutes since midnight, on a 5-minute grid.
  public let departure: Int
  /// Days on site in a usual week, 0–7.
  public let daysOnSite: Int
  /// Whether the job can be done remotely.
  public let teleworkEligible: Bool
}
