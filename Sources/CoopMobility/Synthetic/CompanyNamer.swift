/// Makes up distinct company names from a sector word and a Réunionese place or plant word.
struct CompanyNamer {
  private static let words = [
    "Tamarin", "Vacoa", "Filaos", "Letchi", "Combava", "Goyavier", "Vétiver", "Bois de Pomme",
    "Paille-en-Queue", "Tangue", "Zembrocal", "Bichique", "Ravenale", "Benjoin", "Calumet",
    "Fanjan", "Natte", "Takamaka", "Jamrosa", "Songe", "Cari", "Margouillat", "Lagon", "Ravine",
    "Rempart", "Piton", "Cassé", "Varangue", "Kiosque", "Case créole",
  ]
  private var used: Set<String> = []

  /// A name not given before by this namer.
  mutating func name(sector: CompanySector, random: inout SyntheticRandom) -> String {
    let prefixes = sector.namePrefixes
    let base =
      prefixes[random.index(below: prefixes.count)] + " "
      + Self.words[random.index(below: Self.words.count)]
    var name = base
    var suffix = 2
    while used.contains(name) {
      name = "\(base) \(suffix)"
      suffix += 1
    }
    used.insert(name)
    return name
  }
}
