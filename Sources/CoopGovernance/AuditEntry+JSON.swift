import CoopCrypto
import Foundation

extension AuditEntry {
  /// The entry's line in the log: compact JSON with a fixed key order, no trailing newline.
  public var jsonLine: String {
    let payloadText = Self.sortedKeys(payload)
      .map { "\(QuotedString.quote($0)):\(QuotedString.quote(payload[$0] ?? ""))" }
      .joined(separator: ",")
    return "{\"seq\":\(seq),\"time\":\(QuotedString.quote(time.text)),"
      + "\"kind\":\(QuotedString.quote(kind.rawValue)),\"actor\":\(QuotedString.quote(actor.text)),"
      + "\"payload\":{\(payloadText)},\"prev\":\(QuotedString.quote(previous.hex)),"
      + "\"hash\":\(QuotedString.quote(hash.hex)),\"signature\":\(QuotedString.quote(signature.base64))}"
  }

  /// Parses one log line; the line must be exactly the entry's canonical `jsonLine`.
  /// The hash, chain and signature are checked by the log verifier.
  public init(jsonLine line: [UInt8]) throws {
    let fields: Fields
    do {
      fields = try JSONDecoder().decode(Fields.self, from: Data(line))
    } catch {
      throw AuditBreak.malformed("not a JSON audit entry")
    }
    guard let time = Timestamp(canonical: fields.time) else {
      throw AuditBreak.malformed("time is not YYYY-MM-DDTHH:MM:SSZ")
    }
    guard let kind = AuditKind(rawValue: fields.kind) else {
      throw AuditBreak.malformed("unknown kind '\(fields.kind)'")
    }
    guard let actor = try? KeyID(text: fields.actor), let previous = try? Digest(hex: fields.prev),
      let hash = try? Digest(hex: fields.hash),
      let signature = try? Signature(base64: fields.signature)
    else { throw AuditBreak.malformed("actor, prev, hash or signature is not well formed") }
    self.init(
      seq: fields.seq, time: time, kind: kind, actor: actor, payload: fields.payload,
      previous: previous, hash: hash, signature: signature)
    guard Array(jsonLine.utf8) == line else { throw AuditBreak.notCanonical }
  }

  /// The JSON object of a log line, before its values are checked.
  private struct Fields: Decodable {
    let seq: Int
    let time: String
    let kind: String
    let actor: String
    let payload: [String: String]
    let prev: String
    let hash: String
    let signature: String
  }
}
