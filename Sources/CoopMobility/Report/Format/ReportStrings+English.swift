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
    summaryShuttle:
      "Shuttles: {1} lines, one per work commune, with {2} departures of at least {3} employees; {4} employees in all.",
    summaryThirdPlaces: "Third places: {1} places proposed, for {2} employees.",
    guaranteesHeading: "What was computed, and under which guarantees",
    guaranteesIntro:
      "Employee data never leaves its company. Each company ran, on its own server, computations approved by the governance board, and sent only totals per group, blurred by calibrated random noise (differential privacy). The hub added up the totals of all companies.",
    algorithmsCaption: "Computations run and their privacy cost",
    columnAlgorithm: "Computation", columnWhat: "What it counts", columnEpsilon: "ε",
    columnMinGroup: "Minimum group", columnRounds: "Rounds",
    algorithmDescriptions: [
      "carpool":
        "Solo drivers arriving between 6:30 and 9:30, on site at least 3 days a week, by home commune and work commune",
      "shuttle":
        "Employees who neither walk, cycle nor telework, on site at least 3 days a week, living 10 km away or more, by work commune and arrival hour",
      "third_places":
        "Homes of employees who can telework, grouped around nearby places (federated k-means)",
    ],
    totalEpsilon: "Total cost for each employee: ε = {1}.",
    epsilonMeaning:
      "ε bounds what the results can reveal about any one person: whether or not an employee is in the data, every published result is almost equally likely. The smaller ε, the stronger the protection.",
    suppressionExplained:
      "Totals over all companies are published only when they are large enough to be meaningful: at least the minimum group size, and at least twice the noise’s 95% margin, so that an empty group passes only about once in a thousand. Below that, the number could be mere noise, or describe too few people; the group is then suppressed: it appears nowhere and the totals in this report do not count it. Suppressed groups: carpooling {1}, shuttles {2}, third places {3}.",
    plusMinusExplained:
      "Every number is followed by “±”: its margin of error due to the noise. “42 ± 6” means the true value lies between 36 and 48 with 95% probability. For figures computed from several published numbers, the margin is conservative: wider than needed.",
    participantsHeading: "Participating companies ({1})",
    refusalsCaption: "Companies that refused, and why", columnCompany: "Company",
    columnReason: "Reason", noRefusal: "No company refused.",
    mapHeading: "Map of home-to-work journeys",
    mapTitle: "Map of the 24 communes of La Réunion, home-to-work journeys, shuttle lines and third places",
    mapDescription:
      "Arrows from a home commune to a work commune, as thick as the number of solo drivers; squares: shuttle lines and their number of departures; numbered circles: proposed third places. The same figures are in the tables.",
    mapCaption:
      "The 24 communes. Arrows: the {1} largest flows of solo drivers between two communes (the carpooling table), thickness proportional to the number. Green squares: shuttle lines to a work commune, with their number of departures. Numbered circles: proposed third places.",
    legendFlows: "solo drivers, home → work", legendThirdPlace: "proposed third place",
    legendShuttle: "shuttle line (number of departures)",
    shuttleMarker: "Shuttle to {1}: {2} departure(s), {3} employees",
    flowsCaption: "Largest flows of solo drivers between communes",
    columnJourney: "Home → work", columnEmployees: "Employees",
    columnMeanKm: "Mean distance (km)",
    carpoolHeading: "Carpooling",
    carpoolIntro:
      "Journeys where at least {1} employees drive alone from the same home commune to the same work commune, arriving between 6:30 and 9:30. Sharing cars in crews of up to {2}, they could take cars off the road every day.",
    carpoolCaption: "Carpooling candidates, by km avoided",
    columnArrival: "Arrival", columnDrivers: "Solo drivers",
    columnCarsSaved: "Fewer cars / day", columnKmSaved: "km avoided / day",
    total: "Total ({1} journeys)", noCarpool: "No journey reaches the threshold.",
    moreRows: "This table shows the first rows; {1} more are in exports/{2}.",
    shuttleHeading: "Company shuttles",
    shuttleIntro:
      "One shuttle line per work commune, with a departure for each arrival hour when at least {1} employees could ride: they come by car, motorbike or public transport (not on foot, by bike or by teleworking), on site at least 3 days a week, and live 10 km away or more. Enough to fill a minibus shared between companies.",
    shuttleCaption: "Shuttle lines to each work commune, by arrival hour",
    columnWorkCommune: "Work commune", columnRiders: "Employees",
    noShuttle: "No arrival hour reaches the threshold.",
    thirdPlacesHeading: "Third places",
    thirdPlacesIntro:
      "Shared workplaces near home, placed by a federated computation in {1} rounds (k-means) over the homes of employees who can telework: each place sits at the centre of the homes nearest to it. Assumption: {2} day(s) a week at the third place instead of commuting.",
    thirdPlacesCaption: "Proposed third places",
    columnPlace: "Place", columnCommune: "Commune", columnPosition: "Position (lat., lon.)",
    columnCommuteKm: "Home-to-work km (one way, summed)",
    columnKmAvoided: "km avoided / week", noThirdPlace: "No third place was published.",
    thirdPlacesNoiseOnly:
      "{1} published group(s) match no place: the computation allows up to 8 places and there are fewer; no one is attached to them, their count is mere noise, so they are left out.",
    thirdPlacesAshore:
      "The computed centre of place {1} fell at sea, {2} km offshore (noise moves centres near the coast a little): the place is put at the nearest point of the coast.",
    upperBoundOnly:
      "“≤ x”: the margin of error exceeds the value; only the maximum x is meaningful.",
    methodHeading: "Method",
    methodItems: [
      "Fewer cars per day = drivers − ⌈drivers ÷ {1}⌉: solo drivers form crews of up to {1} (one driver and passengers).",
      "km avoided per day = fewer cars × 2 × mean distance (a return trip). Total: fewer cars (total) × 2 × the mean one-way commute over all published journeys ({4} km), more precise than the sum of the rows.",
      "km avoided by a third place, per week = 2 × its employees × the mean one-way commute ({4} km, over the published carpool journeys) × {2} day(s). A sum of each place’s own distances would carry every company’s noise (up to 40 km per employee) and be noise itself at this size; the mean commute, pooled over all published journeys, has a far narrower margin. This is an order of magnitude: those journeys are mostly within one commune, shorter than average (an underestimate), and the short trip to the third place is ignored (an overestimate).",
      "Margins of error: every published number has its 95% margin. Mean distance = sum ÷ count; its margin is (margin of the sum + mean × margin of the count) ÷ (count − margin of the count). Cars and km: the formula is applied to both ends of the input margins, which gives a conservative margin. Totals: the groups’ noises are independent, their margins combine as the root of the sum of squares.",
      "Map flows: the carpooling table, the only one that links a home commune to a work commune (shuttle demand is counted per work commune only). Suppressed journeys are missing: totals are minimums.",
      "Straight-line distances between an approximate home and the site, capped at {3} km per trip (the bound set by the computations).",
    ],
    exportsNote:
      "The tables are also provided in the exports/ folder: carpool.csv, shuttle.csv, third_places.csv, flows.geojson, third_places.geojson.",
    sources:
      "Commune boundaries: IGN Admin Express COG 2018 (france-geojson), Licence Ouverte. Population: Insee, RP2022."
  )
}
