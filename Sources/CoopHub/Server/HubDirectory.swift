import CoopCrypto
import CoopGovernance
import Foundation

/// A hub's directory: `hub.json` (configuration), `hub.key`/`hub.pub` (its key pair),
/// `hub.sqlite` and `nonces.sqlite` (its store). Whatever is missing is created on first start.
public struct HubDirectory: Sendable {
  /// The directory.
  public let path: String

  /// The hub directory at `path`.
  public init(path: String) { self.path = path }

  /// What a first start writes into a new configuration (ignored once `hub.json` exists).
  public struct FirstStart: Sendable {
    /// The board file.
    public var board: String?
    /// Its pinned fingerprint.
    public var boardFingerprint: String?
    /// Operator public key files.
    public var operators: [String]

    /// Settings for a first start.
    public init(board: String? = nil, boardFingerprint: String? = nil, operators: [String] = []) {
      self.board = board
      self.boardFingerprint = boardFingerprint
      self.operators = operators
    }
  }

  /// Creates what is missing, then opens the service (board checked against its fingerprint).
  public func open(
    firstStart: FirstStart = FirstStart(), combiner: (any RoundCombiner)? = nil,
    parameterChecker: (any ParameterChecker)? = nil
  ) throws -> HubService {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let configPath = path + "/hub.json"
    if !FileManager.default.fileExists(atPath: configPath) {
      let operators = try firstStart.operators.map { file in
        let key = try PublicKeyFile.read(file)
        return HubConfiguration.Operator(
          name: key.owner?.name ?? key.key.id.text, key: key.key.base64)
      }
      let board = firstStart.board.map {
        URL(
          fileURLWithPath: $0,
          relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        ).path
      }
      try HubConfiguration(
        board: board, boardFingerprint: firstStart.boardFingerprint, operators: operators
      ).write(to: configPath)
    }
    let configuration = try HubConfiguration.read(configPath)
    let keyPath = path + "/hub.key"
    if !FileManager.default.fileExists(atPath: keyPath) {
      let file = SecretKeyFile(
        role: .hub, key: .generate(), owner: try KeyOwner(name: "Coop hub", organisation: ""))
      try file.write(to: keyPath)
      try? file.publicFile.write(to: path + "/hub.pub")
    }
    let key = try SecretKeyFile.read(keyPath, roles: [.hub]).key
    return HubService(
      configuration: configuration, key: key, board: try loadBoard(configuration),
      store: try HubStore(directory: path), combiner: combiner, parameterChecker: parameterChecker,
      audit: AuditLog(path: path + "/audit.log"))
  }

  private func loadBoard(_ configuration: HubConfiguration) throws -> Board? {
    guard let file = configuration.board else { return nil }
    let resolved = file.hasPrefix("/") ? file : path + "/" + file
    let board = try Board.read(resolved)
    guard let pinned = configuration.boardFingerprint, pinned == board.fingerprint.hex else {
      throw HubError.refused("the board file \(resolved) does not match boardFingerprint")
    }
    return board
  }
}
