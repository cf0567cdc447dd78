import Hummingbird

/// Runs the hub: the HTTP server and, beside it, the sweeper that closes rounds whose
/// deadline has passed (once at start, then every second).
public enum HubServer {
  /// Serves `service` on `host:port` until the process is asked to stop (SIGINT, SIGTERM).
  /// `onRunning` receives the bound port once the server listens.
  public static func run(
    _ service: HubService, host: String, port: Int,
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) async throws {
    let app = Application(
      router: HubAPI.router(service: service),
      configuration: .init(address: .hostname(host, port: port), serverName: "coop-hub"),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { try await app.runService() }
      group.addTask {
        while !Task.isCancelled {
          try? await service.sweepDeadlines()
          try? await Task.sleep(for: .seconds(1))
        }
      }
      try await group.next()
      group.cancelAll()
    }
  }
}
