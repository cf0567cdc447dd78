extension SyntheticEmployee {
  /// The row in `employees` column order (`MobilityStoreLayout.employeesColumns`).
  var storeRow: [StoreValue] {
    [
      .text(id), .text(site), .integer(homeZone), .real(home.latitude), .real(home.longitude),
      .text(mode.rawValue), .integer(arrival), .integer(departure), .integer(daysOnSite),
      .integer(teleworkEligible ? 1 : 0),
    ]
  }
}
