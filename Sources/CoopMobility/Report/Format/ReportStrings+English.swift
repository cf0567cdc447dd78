extension ReportStrings {
  /// The English catalogue.
  public static let english = ReportStrings(
    languageCode: "en", numbers: .english,
    months: [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ],
    title: "Employee commuting synergies — La Réunion",
    subtitle: "A report of the Coop data cooperative, results federated on {1} by the hub {2}.",
    summaryHeading: "In short",
    summaryCompanies: "{1} companies took part; {2} refused.",
    summaryCarpool:
      "Carpooling: {1} candidate journeys, that is {2} fewer cars and {3} km avoided per day.",
    summaryShuttle: "Shuttles: {1} corridors and arrival slots with at least {2} employees.",
    summaryThirdPlaces: "Third places: {1} places proposed, for {2} employees.",
    guaranteesHeading: "What was computed, and under which guarantees",
    guaranteesIntro:
      "Employee data never leaves its company. Each company ran, on its own server, computations approved by the governance board, and sent only totals per group, blurred by calibrated random noise (differential privacy). The hub added up the totals of all companies.",
    algorithmsCaption: "Computations run and their privacy cost",
    columnAlgorithm: "Computation", columnWhat: "What it counts", columnEpsilon: "ε",
    columnMinGroup: "Minimum group", columnRounds: "Rounds",
    algorithmDescriptions: [
      "carpool": "Solo drivers, by home commune, work commune and half-hour of arrival",
      "shuttle":
        "Employees not driving alone, on site at least 3 days a week, by journey and half-hour of arrival",
      "third_places":
        "Homes of employees who can telework, grouped around nearby places (federated k-means)",
    ],
    totalEpsilon: "Total cost for each employee: ε = {1}.",
    epsilonMeaning:
      "ε bounds what the results can reveal about any one person: whether or not an employee is in the data, every published result is almost equally likely. The smaller ε, the stronger the protection.",
    suppressionExplained:
      "A group is published only if its noisy size reaches the minimum group size; otherwise it is suppressed: it appears nowhere and the totals in this report do not count it. Suppressed groups: carpooling {1}, shuttles {2}, third places {3}.",
    plusMinusExplained:
      "Every number is followed by “±”: its margin of error due to the noise. “42 ± 6” means the true value lies between 36 and 48 with 95% probability. For figures computed from several published numbers, the margin is conservative: wider than needed.",
    participantsHeading: "Participating companies ({1})",
    refusalsCaption: "Companies that refused, and why", columnCompany: "Company",
    columnReason: "Reason", noRefusal: "No company refused.",
    mapHeading: "Map of home-to-work journeys",
    mapTitle: "Map of the 24 communes of La Réunion, home-to-work journeys and third places",
    mapDescription:
      "Arrows from a home commune to a work commune, as thick as the number of employees; numbered circles: proposed third places. The same figures are in the tables.",
    mapCaption:
      "The 24 communes. Arrows: the {1} largest flows of employees between two communes, thickness proportional to the number. Numbered circles: proposed third places.",
    legendFlows: "employees, home → work", legendThirdPlace: "proposed third place",
    flowsCaption: "Largest home → work flows between communes",
    columnJourney: "Home → work", columnEmployees: "Employees",
    columnMeanKm: "Mean distance (km)",
    carpoolHeading: "Carpooling",
    carpoolIntro:
      "Journeys where at least {1} employees drive alone from the same commune to the same commune and arrive within the same half-hour. Sharing cars in crews of up to {2}, they could take cars off the road every day.",
    carpoolCaption: "Carpooling candidates, by km avoided",
    columnArrival: "Arrival", columnDrivers: "Solo drivers",
    columnCarsSaved: "Fewer cars / day", columnKmSaved: "km avoided / day",
    total: "Total ({1} journeys)", noCarpool: "No journey reaches the threshold.",
    moreRows: "This table shows the first rows; {1} more are in exports/{2}.",
    shuttleHeading: "Company shuttles",
    shuttleIntro:
      "Corridors (home commune → work commune) and half-hours of arrival where at least {1} employees who do not drive alone come on site at least 3 days a week: enough to fill a minibus shared between companies.",
    shuttleCaption: "Shuttle demand by corridor and arrival time",
    columnCorridor: "Corridor", columnRiders: "Employees",
    noShuttle: "No corridor reaches the threshold.",
    thirdPlacesHeading: "Third places",
    thirdPlacesIntro:
      "Shared workplaces near home, placed by a federated computation in {1} rounds (k-means) over the homes of employees who can telework; each is attached to the nearest place. Assumption: {2} day(s) a week at the third place instead of commuting.",
    thirdPlacesCaption: "Proposed third places",
    columnPlace: "Place", columnCommune: "Commune", columnPosition: "Position (lat., lon.)",
    columnCommuteKm: "Home-to-work km (one way, summed)",
    columnKmAvoided: "km avoided / week", noThirdPlace: "No third place was published.",
    methodHeading: "Method",
    methodItems: [
      "Fewer cars per day = drivers − ⌈drivers ÷ {1}⌉: solo drivers form crews of up to {1} (one driver and passengers).",
      "km avoided per day = fewer cars × 2 × mean distance (a return trip).",
      "km avoided by a third place, per week = 2 × sum of one-way distances × {2} day(s). The short trip to the third place is ignored: this is a maximum.",
      "Margins of error: every published number has its 95% margin. Mean distance = sum ÷ count; its margin is (margin of the sum + mean × margin of the count) ÷ (count − margin of the count). Cars and km: the formula is applied to both ends of the input margins, which gives a conservative margin. Totals: margins add up.",
      "Map flows: solo drivers and other employees on site at least 3 days, added over all arrival times. Suppressed groups are missing: these are minimums.",
      "Straight-line distances between an approximate home and the site, capped at {3} km.",
    ],
    exportsNote:
      "The tables are also provided in the exports/ folder: carpool.csv, shuttle.csv, third_places.csv, flows.geojson, third_places.geojson.",
    sources:
      "Commune boundaries: IGN Admin Express COG 2018 (france-geojson), Licence Ouverte. Population: Insee, RP2022."
  )
}
