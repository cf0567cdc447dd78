extension SyntheticSite {
  /// The row in `sites` column order (`MobilityStoreLayout.sitesColumns`).
  var storeRow: [StoreValue] {
    [.text(id), .integer(zone), .real(location.latitude), .real(location.longitude)]
  }
}
