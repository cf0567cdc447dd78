import Foundation

/// `coop check` wall time per Algorithm, process included, against `coop --version` (the
/// process start-up alone) as a baseline.
enum CheckBenchmark {
  static func run() {
    print("== coop check, per Algorithm (process included)")
    let coop = ".build/release/coop"
    guard FileManager.default.isExecutableFile(atPath: coop) else {
      print("build the release CLI first: swift build -c release --product coop")
      return
    }
    let startup = Bench.best(5) { _ = launch(coop, ["--version"]) }
    let files = ["mobility/carpool", "mobility/shuttle", "mobility/third_places"].map { "Algorithms/\($0).coop" }
    for file in files {
      let time = Bench.best(5) { _ = launch(coop, ["check", file]) }
      Bench.report("coop check \(file)", time * 1000, "ms", baseline: "coop --version", ratio: time / startup, goal: "< 50 ms")
    }
    Bench.report("baseline: coop --version", startup * 1000, "ms")
  }

  /// Runs `path arguments…` with posix_spawn and waits for it (Foundation's Process adds tens of
  /// milliseconds of its own on Linux, which would swamp what is measured).
  static func launch(_ path: String, _ arguments: [String]) -> Int32 {
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return status
  }
}
