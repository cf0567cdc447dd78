/// The kind of work a synthetic company does; it sets how many of its jobs can be done remotely,
/// when its people arrive, and how it is named.
public enum CompanySector: String, Sendable, CaseIterable, Codable {
  /// Offices: consulting, IT, banking, insurance.
  case officeServices = "office_services"
  /// Local and state administrations.
  case publicAdministration = "public_administration"
  /// Clinics, care homes, laboratories.
  case health
  /// Shops and supermarkets.
  case retail
  /// Food processing and manufacturing.
  case industry
  /// Building and public works.
  case construction
  /// Transport, logistics, the port.
  case logistics

  /// How often this sector is drawn for a company.
  var frequency: Double {
    switch self {
    case .officeServices: 0.20
    case .publicAdministration: 0.20
    case .health: 0.15
    case .retail: 0.15
    case .industry: 0.10
    case .construction: 0.10
    case .logistics: 0.10
    }
  }

  /// The share of its employees whose job can be done remotely (about 33 % over all sectors).
  var teleworkEligibleShare: Double {
    switch self {
    case .officeServices: 0.75
    case .publicAdministration: 0.50
    case .health: 0.12
    case .retail: 0.08
    case .industry: 0.20
    case .construction: 0.12
    case .logistics: 0.18
    }
  }

  /// Minutes to add to the usual arrival time: building and industry start earlier.
  var arrivalShiftMinutes: Double {
    switch self {
    case .construction, .industry: -30
    case .logistics: -15
    case .retail: 15
    case .officeServices, .publicAdministration, .health: 0
    }
  }

  /// Words that start a company name in this sector.
  var namePrefixes: [String] {
    switch self {
    case .officeServices: ["Conseil", "Informatique", "Assurances", "Études"]
    case .publicAdministration: ["Régie", "Services", "Syndicat mixte"]
    case .health: ["Clinique", "Centre médical", "Laboratoire"]
    case .retail: ["Distribution", "Comptoir", "Marché"]
    case .industry: ["Conserverie", "Ateliers", "Industries"]
    case .construction: ["Bâtiment", "Travaux", "Charpente"]
    case .logistics: ["Transports", "Logistique", "Fret"]
    }
  }
}
