/// How an employee usually travels to work: the `Mode` enum of the mobility schema, version 1.
public enum CommuteMode: String, Sendable, CaseIterable, Codable {
  /// Drives alone.
  case carSolo = "car_solo"
  /// Rides in someone else's car.
  case carPassenger = "car_passenger"
  /// Takes the bus (Car Jaune, urban networks).
  case bus
  /// Cycles.
  case bike
  /// Walks.
  case walk
  /// Rides a motorbike or scooter.
  case motorbike
  /// Works from home most of the time.
  case telework
  /// Anything else.
  case other
}
