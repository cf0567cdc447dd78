import Foundation

/// The report's texts in one language. Templates mark their arguments `{1}`, `{2}`…, filled by
/// `fill(_:_:)`; the texts are plain (no markup): the page escapes them after filling.
public struct ReportStrings: Sendable {
  /// The `lang` attribute of the page.
  public var languageCode: String
  /// Number separators.
  public var numbers: NumberStyle
  /// Month names, January first.
  public var months: [String]
  /// Title and `{1}` date, `{2}` hub.
  public var title, subtitle: String
  /// "In short" section: heading, participants, carpool, shuttle (`{1}` lines, `{2}` departures,
  /// `{3}` threshold, `{4}` riders) and third places lines.
  public var summaryHeading, summaryCompanies, summaryCarpool, summaryShuttle,
    summaryThirdPlaces: String
  /// Guarantees section.
  public var guaranteesHeading, guaranteesIntro, algorithmsCaption: String
  /// Columns of the algorithms table.
  public var columnAlgorithm, columnWhat, columnEpsilon, columnMinGroup, columnRounds: String
  /// What each known algorithm computes, by script name.
  public var algorithmDescriptions: [String: String]
  /// `{1}` total ε; what ε means; the significance threshold on federated totals and `{1}` `{2}`
  /// `{3}` suppressed cells.
  public var totalEpsilon, epsilonMeaning, suppressionExplained: String
  /// What "±" means.
  public var plusMinusExplained: String
  /// Participating (`{1}` count) and refusing companies.
  public var participantsHeading, refusalsCaption, columnCompany, columnReason, noRefusal: String
  /// Map section: heading, SVG title and description, caption (`{1}` flows drawn), legend.
  public var mapHeading, mapTitle, mapDescription, mapCaption, legendFlows, legendThirdPlace: String
  /// The shuttle-line marker's legend, and its tooltip (`{1}` commune, `{2}` departures,
  /// `{3}` riders).
  public var legendShuttle, shuttleMarker: String
  /// Top flows table.
  public var flowsCaption, columnJourney, columnEmployees, columnMeanKm: String
  /// Carpool section (`{1}` threshold, `{2}` occupancy).
  public var carpoolHeading, carpoolIntro, carpoolCaption, columnArrival, columnDrivers: String
  /// Carpool columns, total row (`{1}` rows counted) and the note on rows left to the exports
  /// (`{1}` rows, `{2}` file).
  public var columnCarsSaved, columnKmSaved, total, noCarpool, moreRows: String
  /// Shuttle section (`{1}` threshold): lines to each work commune, by arrival hour.
  public var shuttleHeading, shuttleIntro, shuttleCaption, columnWorkCommune, columnRiders,
    noShuttle: String
  /// Third places section (`{1}` rounds, `{2}` days per week).
  public var thirdPlacesHeading, thirdPlacesIntro, thirdPlacesCaption, columnPlace,
    columnCommune: String
  /// Third places columns.
  public var columnPosition, columnCommuteKm, columnKmAvoided, noThirdPlace: String
  /// The note on `{1}` published cells with no centre, left out as noise.
  public var thirdPlacesNoiseOnly: String
  /// A third place whose computed centre fell at sea: {1} place number, {2} km moved ashore.
  public var thirdPlacesAshore: String
  /// What "≤ x" means in a table: the noise is larger than the value.
  public var upperBoundOnly: String
  /// Methodology section: heading and its items (templates with `{1}` occupancy, `{2}` days,
  /// `{3}` maximum km).
  public var methodHeading: String
  /// The methodology's items.
  public var methodItems: [String]
  /// Footer: exports and sources.
  public var exportsNote, sources: String

  /// `template` with `{1}`, `{2}`… replaced by `arguments`.
  public func fill(_ template: String, _ arguments: String...) -> String {
    var text = template
    for (index, argument) in arguments.enumerated() {
      text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
    }
    return text
  }
}
