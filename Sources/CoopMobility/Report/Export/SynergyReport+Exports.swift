import Foundation

extension SynergyReport {
  /// The export files by name: `carpool.csv`, `shuttle.csv`, `third_places.csv` (every value
  /// with a `_hw95` column: its 95% half-width), `flows.geojson`, `third_places.geojson`.
  public func exports() -> [String: Data] {
    [
      "carpool.csv": Data(carpoolCSV().utf8),
      "shuttle.csv": Data(shuttleCSV().utf8),
      "third_places.csv": Data(thirdPlacesCSV().utf8),
      "flows.geojson": flowsGeoJSON(),
      "third_places.geojson": thirdPlacesGeoJSON(),
    ]
  }

  func carpoolCSV() -> String {
    var csv = CSVDocument(
      header: [
        "home_zone", "home_name", "work_zone", "work_name", "drivers", "drivers_hw95", "mean_km",
        "mean_km_hw95", "cars_saved", "cars_saved_hw95", "km_saved_per_day",
        "km_saved_per_day_hw95", "candidate",
      ])
    let candidates = Set(analysis.carpool.map(\.cell))
    for cell in analysis.carpoolCells {
      let derived = CarpoolCandidate(
        cell: cell, occupancy: input.assumptions.carOccupancy,
        maximumKilometres: analysis.maximumKilometres)
      csv.append(
        [
          .integer(cell.home), .text(communes[cell.home]?.name ?? ""), .integer(cell.work),
          .text(communes[cell.work]?.name ?? ""),
        ] + Self.fields(cell.employees, decimals: 0)
          + Self.fields(cell.meanKilometres, decimals: 2)
          + Self.fields(derived.carsSaved, decimals: 0)
          + Self.fields(derived.kilometresSaved, decimals: 2)
          + [.integer(candidates.contains(cell) ? 1 : 0)])
    }
    return csv.text
  }

  func shuttleCSV() -> String {
    var csv = CSVDocument(
      header: [
        "work_zone", "work_name", "slot", "arrival", "riders", "riders_hw95", "above_threshold",
      ])
    let threshold = Double(input.assumptions.shuttleMinimumRiders)
    for cell in analysis.shuttleCells {
      csv.append(
        [
          .integer(cell.work), .text(communes[cell.work]?.name ?? ""), .integer(cell.hour.index),
          .text(cell.hour.label),
        ] + Self.fields(cell.riders, decimals: 0)
          + [.integer(cell.riders.value >= threshold ? 1 : 0)])
    }
    return csv.text
  }

  func thirdPlacesCSV() -> String {
    var csv = CSVDocument(
      header: [
        "place", "c", "latitude", "longitude", "commune", "commune_name", "employees",
        "employees_hw95", "commute_km", "commute_km_hw95", "km_avoided_per_week",
        "km_avoided_per_week_hw95",
      ])
    for place in analysis.thirdPlaces {
      let centre = place.centre.rounded(toMultipleOf: 0.000_001)
      csv.append(
        [
          .integer(place.index + 1), .integer(place.index), .text(String(centre.latitude)),
          .text(String(centre.longitude)), .integer(place.commune),
          .text(communes[place.commune]?.name ?? ""),
        ] + Self.fields(place.employees, decimals: 0)
          + Self.fields(place.commuteKilometres, decimals: 2)
          + Self.fields(place.kilometresAvoidedPerWeek, decimals: 2))
    }
    return csv.text
  }

  func flowsGeoJSON() -> Data {
    GeoJSONFeature.collection(
      analysis.flows.compactMap { flow in
        guard let home = communes[flow.home], let work = communes[flow.work] else { return nil }
        return GeoJSONFeature(
          geometry: .line([home.centroid, work.centroid]),
          properties: [
            "home_zone": .number(Double(flow.home)), "home_name": .text(home.name),
            "work_zone": .number(Double(flow.work)), "work_name": .text(work.name),
            "employees": .number(flow.employees.value),
            "employees_hw95": .number(flow.employees.halfWidth),
            "mean_km": .number(Self.rounded(flow.meanKilometres.value)),
            "mean_km_hw95": .number(Self.rounded(flow.meanKilometres.halfWidth)),
          ])
      })
  }

  func thirdPlacesGeoJSON() -> Data {
    GeoJSONFeature.collection(
      analysis.thirdPlaces.map { place in
        GeoJSONFeature(
          geometry: .point(place.centre),
          properties: [
            "place": .number(Double(place.index + 1)),
            "commune": .number(Double(place.commune)),
            "commune_name": .text(communes[place.commune]?.name ?? ""),
            "employees": .number(place.employees.value),
            "employees_hw95": .number(place.employees.halfWidth),
            "commute_km": .number(Self.rounded(place.commuteKilometres.value)),
            "commute_km_hw95": .number(Self.rounded(place.commuteKilometres.halfWidth)),
            "km_avoided_per_week": .number(Self.rounded(place.kilometresAvoidedPerWeek.value)),
            "km_avoided_per_week_hw95": .number(
              Self.rounded(place.kilometresAvoidedPerWeek.halfWidth)),
          ])
      })
  }

  private static func fields(_ estimate: Estimate, decimals: Int) -> [StoreValue] {
    [
      .text(NumberStyle.machine.format(estimate.value, decimals: decimals)),
      .text(NumberStyle.machine.format(estimate.halfWidth, decimals: decimals)),
    ]
  }

  /// `value` to 2 decimals, for JSON numbers.
  private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
