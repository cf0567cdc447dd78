import CoopCrypto

/// How every hub request is signed: the caller's Ed25519 signature over the method, the path
/// (with its query), a timestamp, a single-use nonce and the BLAKE2b hash of the body.
///
/// Signed bytes: `LP("coop-request-v1") ‖ LP(method) ‖ LP(path) ‖ LP(timestamp) ‖ LP(nonce) ‖
/// LP(BLAKE2b-256(body))`. The four values travel in the `Coop-*` headers below.
public struct RequestSignature: Sendable, Equatable {
  /// Header carrying the caller's key id.
  public static let keyHeader = "Coop-Key"
  /// Header carrying the signing time, `YYYY-MM-DDTHH:MM:SSZ`.
  public static let timestampHeader = "Coop-Timestamp"
  /// Header carrying the nonce, 32 lowercase hexadecimal characters.
  public static let nonceHeader = "Coop-Nonce"
  /// Header carrying the base64 signature.
  public static let signatureHeader = "Coop-Signature"
  /// Bytes of randomness in a nonce.
  public static let nonceByteCount = 16

  /// The signer's key id.
  public let key: KeyID
  /// When the request was signed.
  public let timestamp: Timestamp
  /// The single-use nonce (hexadecimal).
  public let nonce: String
  /// The signature.
  public let signature: Signature

  /// A signature read back from its parts.
  public init(key: KeyID, timestamp: Timestamp, nonce: String, signature: Signature) {
    self.key = key
    self.timestamp = timestamp
    self.nonce = nonce
    self.signature = signature
  }

  /// Signs a request with `key` at `time`, with a fresh nonce from libsodium.
  public static func sign(
    method: String, path: String, body: [UInt8], key: SecretKey, at time: Timestamp = .now()
  ) -> RequestSignature {
    let nonce = Hex.encode(SecureRandom.bytes(nonceByteCount))
    let message = signedBytes(
      method: method, path: path, timestamp: time, nonce: nonce, body: body)
    return RequestSignature(
      key: key.id, timestamp: time, nonce: nonce, signature: key.sign(message))
  }

  /// Reads the four headers; `nil` if any is missing or malformed.
  public init?(header: (String) -> String?) {
    guard let keyText = header(Self.keyHeader), let key = try? KeyID(text: keyText),
      let timeText = header(Self.timestampHeader), let time = Timestamp(canonical: timeText),
      let nonce = header(Self.nonceHeader),
      Hex.decode(nonce, byteCount: Self.nonceByteCount) != nil,
      let signatureText = header(Self.signatureHeader),
      let signature = try? Signature(base64: signatureText)
    else { return nil }
    self.init(key: key, timestamp: time, nonce: nonce, signature: signature)
  }

  /// The four headers, by name.
  public var headers: [(name: String, value: String)] {
    [
      (Self.keyHeader, key.text), (Self.timestampHeader, timestamp.text),
      (Self.nonceHeader, nonce), (Self.signatureHeader, signature.base64),
    ]
  }

  /// `true` if this is `publicKey`'s signature of the request.
  public func isValid(method: String, path: String, body: [UInt8], publicKey: PublicKey) -> Bool {
    publicKey.id == key
      && publicKey.isValidSignature(
        signature,
        of: Self.signedBytes(
          method: method, path: path, timestamp: timestamp, nonce: nonce, body: body))
  }

  /// The bytes signed, under `coop-request-v1`.
  static func signedBytes(
    method: String, path: String, timestamp: Timestamp, nonce: String, body: [UInt8]
  ) -> [UInt8] {
    var input = SigningInput(domain: "coop-request-v1")
    input.append(method)
    input.append(path)
    input.append(timestamp.text)
    input.append(nonce)
    input.append(Digest(hashing: body).bytes)
    return input.bytes
  }
}
