extension ReportStrings {
  /// The French catalogue (the default).
  public static let french = ReportStrings(
    languageCode: "fr", numbers: .french,
    months: [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre",
    ],
    title: "Synergies de mobilité des salariés — La Réunion",
    subtitle: "Rapport de la coopérative de données Coop, résultats fédérés le {1} par le hub {2}.",
    summaryHeading: "En bref",
    summaryCompanies: "{1} entreprises ont participé ; {2} ont refusé.",
    summaryCarpool:
      "Covoiturage : {1} trajets candidats, soit {2} voitures en moins et {3} km évités par jour.",
    summaryShuttle:
      "Navettes : {1} lignes, une par commune de travail, avec {2} départs d’au moins {3} salariés ; {4} salariés en tout.",
    summaryThirdPlaces: "Tiers-lieux : {1} lieux proposés, pour {2} salariés.",
    guaranteesHeading: "Ce qui a été calculé, et avec quelles garanties",
    guaranteesIntro:
      "Les données des salariés ne quittent jamais leur entreprise. Chaque entreprise a exécuté chez elle des calculs approuvés par le comité de gouvernance et n’a transmis que des totaux par groupe, brouillés par un bruit aléatoire calibré (confidentialité différentielle). Le hub a additionné les totaux de toutes les entreprises.",
    algorithmsCaption: "Calculs exécutés et leur coût en confidentialité",
    columnAlgorithm: "Calcul", columnWhat: "Ce qu’il compte", columnEpsilon: "ε",
    columnMinGroup: "Groupe minimal", columnRounds: "Tours",
    algorithmDescriptions: [
      "carpool":
        "Conducteurs seuls arrivant entre 6 h 30 et 9 h 30, sur site au moins 3 jours par semaine, par commune de domicile et commune de travail",
      "shuttle":
        "Salariés venant ni à pied, ni à vélo, ne télétravaillant pas, sur site au moins 3 jours par semaine, habitant à 10 km ou plus, par commune de travail et heure d’arrivée",
      "third_places":
        "Domiciles des salariés pouvant télétravailler, regroupés autour de lieux proches (k-moyennes fédérées)",
    ],
    totalEpsilon: "Coût total pour chaque salarié : ε = {1}.",
    epsilonMeaning:
      "ε mesure ce que les résultats peuvent révéler, au plus, sur une personne : qu’un salarié soit dans les données ou non, chaque résultat publié a presque la même probabilité. Plus ε est petit, plus la protection est forte.",
    suppressionExplained:
      "Les totaux de toutes les entreprises ne sont publiés que s’ils sont assez grands pour être significatifs : au moins le groupe minimal, et au moins deux fois la marge d’erreur du bruit (à 95 %), si bien qu’un groupe vide ne passe ce seuil qu’une fois sur mille environ. En dessous, le nombre pourrait n’être que du bruit, ou désigner trop peu de personnes ; le groupe est alors supprimé : il n’apparaît nulle part et les totaux de ce rapport ne le comptent pas. Groupes supprimés : covoiturage {1}, navettes {2}, tiers-lieux {3}.",
    plusMinusExplained:
      "Chaque nombre est suivi de « ± » : c’est sa marge d’erreur due au bruit. « 42 ± 6 » veut dire que la vraie valeur est entre 36 et 48, avec 95 % de probabilité. Pour les chiffres calculés à partir de plusieurs nombres publiés, la marge est prudente : plus large que nécessaire.",
    participantsHeading: "Entreprises participantes ({1})",
    refusalsCaption: "Entreprises ayant refusé, et pourquoi", columnCompany: "Entreprise",
    columnReason: "Motif", noRefusal: "Aucune entreprise n’a refusé.",
    mapHeading: "Carte des trajets domicile-travail",
    mapTitle:
      "Carte des 24 communes de La Réunion, des trajets domicile-travail, des lignes de navette et des tiers-lieux",
    mapDescription:
      "Flèches d’une commune de domicile vers une commune de travail, d’épaisseur proportionnelle au nombre de conducteurs seuls ; carrés : lignes de navette et leur nombre de départs ; cercles numérotés : tiers-lieux proposés. Les mêmes chiffres sont dans les tableaux.",
    mapCaption:
      "Les 24 communes. Flèches : les {1} plus grands flux de conducteurs seuls entre deux communes (tableau du covoiturage), épaisseur proportionnelle au nombre. Carrés verts : lignes de navette vers une commune de travail, avec leur nombre de départs. Cercles numérotés : tiers-lieux proposés.",
    legendFlows: "conducteurs seuls, domicile → travail", legendThirdPlace: "tiers-lieu proposé",
    legendShuttle: "ligne de navette (nombre de départs)",
    shuttleMarker: "Navette vers {1} : {2} départ(s), {3} salariés",
    flowsCaption: "Principaux flux de conducteurs seuls entre communes",
    columnJourney: "Domicile → travail", columnEmployees: "Salariés",
    columnMeanKm: "Distance moyenne (km)",
    carpoolHeading: "Covoiturage",
    carpoolIntro:
      "Trajets où au moins {1} salariés conduisent seuls de la même commune de domicile vers la même commune de travail, en arrivant entre 6 h 30 et 9 h 30. En partageant leur voiture par équipages de {2} au plus, ils pourraient retirer des voitures de la route chaque jour.",
    carpoolCaption: "Trajets candidats au covoiturage, par kilomètres évités",
    columnArrival: "Arrivée", columnDrivers: "Conducteurs seuls",
    columnCarsSaved: "Voitures en moins / jour", columnKmSaved: "km évités / jour",
    total: "Total ({1} trajets)", noCarpool: "Aucun trajet n’atteint le seuil.",
    moreRows: "Ce tableau montre les premières lignes ; {1} autres figurent dans exports/{2}.",
    shuttleHeading: "Navettes d’entreprise",
    shuttleIntro:
      "Une ligne de navette par commune de travail, avec un départ pour chaque heure d’arrivée où au moins {1} salariés pourraient monter : ils viennent en voiture, en deux-roues motorisé ou en transport en commun (ni à pied, ni à vélo, ni en télétravail), sur site au moins 3 jours par semaine, et habitent à 10 km ou plus. De quoi remplir un minibus partagé entre entreprises.",
    shuttleCaption: "Lignes de navette vers chaque commune de travail, par heure d’arrivée",
    columnWorkCommune: "Commune de travail", columnRiders: "Salariés",
    noShuttle: "Aucune heure d’arrivée n’atteint le seuil.",
    thirdPlacesHeading: "Tiers-lieux",
    thirdPlacesIntro:
      "Lieux de travail partagés proches du domicile, placés par un calcul fédéré en {1} tours (k-moyennes) sur les domiciles des salariés pouvant télétravailler : chaque lieu est au centre des domiciles qui lui sont rattachés. Hypothèse : {2} jour(s) par semaine au tiers-lieu au lieu du trajet.",
    thirdPlacesCaption: "Tiers-lieux proposés",
    columnPlace: "Lieu", columnCommune: "Commune", columnPosition: "Position (lat., long.)",
    columnCommuteKm: "km domicile-travail (aller, cumulés)",
    columnKmAvoided: "km évités / semaine", noThirdPlace: "Aucun tiers-lieu publié.",
    thirdPlacesNoiseOnly:
      "{1} groupe(s) publié(s) ne correspondent à aucun lieu : le calcul prévoit jusqu’à 8 lieux, il y en a moins ; personne n’y est rattaché, leur effectif n’est que du bruit, ils sont donc écartés.",
    thirdPlacesAshore:
      "Le centre calculé du lieu {1} tombait en mer, à {2} km du rivage (le bruit déplace un peu les centres proches de la côte) : le lieu est placé au point de la côte le plus proche.",
    upperBoundOnly:
      "« ≤ x » : la marge d’erreur dépasse la valeur ; seul le maximum x a un sens.",
    methodHeading: "Méthode",
    methodItems: [
      "Voitures en moins par jour = conducteurs − ⌈conducteurs ÷ {1}⌉ : les conducteurs seuls forment des équipages de {1} au plus (un conducteur et ses passagers).",
      "km évités par jour = voitures en moins × 2 × distance moyenne (un aller-retour). Total : voitures en moins (total) × 2 × le trajet aller moyen de tous les trajets publiés ({4} km), plus précis que la somme des lignes.",
      "km évités par un tiers-lieu, par semaine = 2 × ses salariés × le trajet aller moyen ({4} km, sur les trajets du covoiturage publiés) × {2} jour(s). Une somme des distances propres à chaque lieu porterait le bruit de chaque entreprise (jusqu’à 40 km par salarié) et ne serait que du bruit à cette échelle ; le trajet moyen, mis en commun sur tous les trajets publiés, a une marge bien plus étroite. C’est un ordre de grandeur : ces trajets sont surtout internes à une commune, plus courts que la moyenne (ce qui sous-estime), et le court trajet vers le tiers-lieu est négligé (ce qui surestime).",
      "Marges d’erreur : chaque nombre publié a sa marge à 95 %. Distance moyenne = somme ÷ effectif ; sa marge vaut (marge de la somme + moyenne × marge de l’effectif) ÷ (effectif − marge de l’effectif). Voitures et km : la formule est appliquée aux deux bouts des marges de départ, ce qui donne une marge prudente. Totaux : les bruits des groupes sont indépendants, leurs marges se combinent en racine de la somme des carrés.",
      "Flux de la carte : le tableau du covoiturage, seule donnée qui relie une commune de domicile à une commune de travail (la demande de navette est comptée par commune de travail seulement). Les trajets supprimés manquent : les totaux sont des minimums.",
      "Distances à vol d’oiseau entre un domicile approximatif et le site, plafonnées à {3} km par trajet (la borne fixée par les calculs).",
    ],
    exportsNote:
      "Les tableaux sont aussi fournis dans le dossier exports/ : carpool.csv, shuttle.csv, third_places.csv, flows.geojson, third_places.geojson.",
    sources:
      "Contours des communes : IGN Admin Express COG 2018 (france-geojson), Licence Ouverte. Population : Insee, RP2022."
  )
}
