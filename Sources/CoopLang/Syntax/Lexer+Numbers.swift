extension Lexer {
  /// Spellings authors use for units, mapped to the unit Coop spells that way.
  static let unitMisspellings: [String: Unit] = [
    "mn": .min, "mins": .min, "minute": .min, "minutes": .min,
    "hr": .h, "hrs": .h, "hour": .h, "hours": .h,
    "sec": .s, "secs": .s, "second": .s, "seconds": .s,
    "kms": .km, "kilometer": .km, "kilometers": .km, "kilometre": .km, "kilometres": .km,
    "meter": .m, "meters": .m, "metre": .m, "metres": .m,
  ]

  /// A number (`12`, `0.5`), a number with a unit (`30 min`), or a time of day (`08:30`).
  mutating func lexNumberOrTime() {
    let start = location
    while let b = peek(), isDigit(b) { index += 1 }
    if peek() == UInt8(ascii: ":"), let d = peek(1), isDigit(d), index - start.offset <= 2 {
      lexTime(from: start)
      return
    }
    if peek() == UInt8(ascii: "."), let d = peek(1), isDigit(d) {
      index += 1
      while let b = peek(), isDigit(b) { index += 1 }
    }
    let digits = String(decoding: bytes[start.offset..<index], as: UTF8.self)
    if let b = peek(), isIdentifierStart(b) {
      // Letters glued to the digits: a unit written without a space (`30min`) or a typo.
      let wordStart = location
      let word = readWord()
      if let unit = Unit(rawValue: word) {
        emit(.number, from: start, text: digits, unit: unit)
      } else if let unit = Lexer.unitMisspellings[word] {
        reportUnknownUnit(word, suggestion: unit, range: SourceRange(wordStart, location))
        emit(.number, from: start, text: digits, unit: unit)
      } else {
        report(
          .malformedNumber, SourceRange(start, location),
          "malformed number '\(digits)\(word)'",
          notes: [DiagnosticNote("a number may be followed by a unit: km, m, h, min, s")])
        emit(.invalid, from: start, text: digits + word)
      }
      return
    }
    emit(.number, from: start, text: digits, unit: lexUnitAfterSpace())
  }

  /// A unit after spaces or tabs on the same line, if the next word is one.
  private mutating func lexUnitAfterSpace() -> Unit? {
    var probe = index
    while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") {
      probe += 1
    }
    guard probe > index, probe < bytes.count, isIdentifierStart(bytes[probe]) else { return nil }
    var end = probe
    while end < bytes.count, isIdentifierContinue(bytes[end]) { end += 1 }
    let word = String(decoding: bytes[probe..<end], as: UTF8.self)
    if let unit = Unit(rawValue: word) {
      index = end
      return unit
    }
    if let unit = Lexer.unitMisspellings[word] {
      let wordStart = SourceLocation(line: line, column: probe - lineStart + 1, offset: probe)
      index = end
      reportUnknownUnit(word, suggestion: unit, range: SourceRange(wordStart, location))
      return unit
    }
    return nil
  }

  private mutating func readWord() -> String {
    let start = index
    while let b = peek(), isIdentifierContinue(b) { index += 1 }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func reportUnknownUnit(_ word: String, suggestion: Unit, range: SourceRange) {
    report(
      .unknownUnit, range, "unknown unit '\(word)'; did you mean '\(suggestion.rawValue)'?",
      notes: [DiagnosticNote("units are km, m, h, min and s")],
      fixIt: FixIt(
        "replace with '\(suggestion.rawValue)'", range: range, replacement: suggestion.rawValue))
  }

  /// `HH:MM`, with the hour already read.
  private mutating func lexTime(from start: SourceLocation) {
    let hourText = String(decoding: bytes[start.offset..<index], as: UTF8.self)
    index += 1
    let minuteStart = index
    while let b = peek(), isDigit(b) { index += 1 }
    let minuteText = String(decoding: bytes[minuteStart..<index], as: UTF8.self)
    let text = "\(hourText):\(minuteText)"
    let hour = Int(hourText) ?? 99
    let minute = Int(minuteText) ?? 99
    if hour > 23 || minute > 59 || minuteText.count != 2 {
      report(
        .invalidTime, SourceRange(start, location), "'\(text)' is not a time of day",
        notes: [DiagnosticNote("times are written HH:MM, from 00:00 to 23:59")])
      emit(.invalid, from: start, text: text)
      return
    }
    let canonical = (hour < 10 ? "0" : "") + "\(hour):\(minuteText)"
    emit(.time, from: start, text: canonical)
  }
}
