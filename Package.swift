// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Coop",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "coop", targets: ["coop"]),
    .executable(name: "coop-bench", targets: ["coop-bench"]),
    .executable(name: "coop-fuzz", targets: ["coop-fuzz"]),
    .library(name: "CoopLang", targets: ["CoopLang"]),
    .library(name: "CoopCrypto", targets: ["CoopCrypto"]),
    .library(name: "CoopEngine", targets: ["CoopEngine"]),
    .library(name: "CoopGovernance", targets: ["CoopGovernance"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    // Only the FullFoundation trait: the hub has its own config file, so swift-configuration is not built.
    .package(
      url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0",
      traits: ["FullFoundation"]),
    // Already resolved for Hummingbird; named here so the hub's tests can spell header names.
    .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    // Already resolved for Hummingbird's tests; the edge's and the CLI's HTTP client (Foundation's
    // URLSession on Linux spins a core while a long-poll waits).
    .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
  ],
  targets: [
    // Leaves: the language (standard library and Foundation only) and the crypto wrapper.
    .target(name: "CoopLang"),
    .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
    .target(name: "CoopCrypto", dependencies: ["CSodium"]),
    .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .target(
      name: "CoopEngine",
      dependencies: [
        "CoopLang", "CoopCrypto", "CSQLite", .product(name: "TOMLKit", package: "TOMLKit"),
      ]),
    .target(name: "CoopGovernance", dependencies: ["CoopLang", "CoopCrypto"]),
    .target(
      name: "CoopHub",
      dependencies: [
        "CoopLang", "CoopCrypto", "CoopEngine", "CoopGovernance",
        .product(name: "Hummingbird", package: "hummingbird"),
      ]),
    .target(
      name: "CoopEdge",
      dependencies: [
        "CoopLang", "CoopCrypto", "CoopEngine", "CoopGovernance",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
      ]),
    .target(
      name: "CoopMobility", dependencies: ["CoopEngine", "CoopHub", "CSQLite"],
      resources: [.copy("Resources")]),
    .executableTarget(
      name: "coop",
      dependencies: [
        "CoopLang", "CoopCrypto", "CoopEngine", "CoopGovernance", "CoopHub", "CoopEdge",
        "CoopMobility",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "coop-bench",
      dependencies: [
        "CoopLang", "CoopEngine", "CoopMobility", "CSQLite", "CoopCrypto", "CoopGovernance", "CoopHub",
        "CoopEdge",
      ],
      exclude: ["smartnoise_peer.py"]),
    // Built with libFuzzer's instrumentation; see Docs/fuzzing.md.
    .executableTarget(
      name: "coop-fuzz", dependencies: ["CoopLang", "CoopEngine", "CSQLite"],
      exclude: ["coop.dict", "lsan.supp"],
      // The custom mutator finds libFuzzer's LLVMFuzzerMutate with dlsym, so that a build
      // without the fuzzer runtime links too: export the runtime's symbols.
      linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"], .when(platforms: [.linux]))]),
    .testTarget(name: "CoopLangTests", dependencies: ["CoopLang"]),
    .testTarget(
      name: "coopTests", dependencies: ["coop", "CoopCrypto", "CoopGovernance", "CSQLite"],
      exclude: ["Golden"]),
    .testTarget(name: "CoopCryptoTests", dependencies: ["CoopCrypto"]),
    .testTarget(name: "CoopGovernanceTests", dependencies: ["CoopGovernance", "CoopCrypto"]),
    .testTarget(
      name: "CoopEngineTests", dependencies: ["CoopEngine", "CoopLang", "CoopMobility", "CSQLite"]),
    .testTarget(
      name: "CoopHubTests",
      dependencies: [
        "CoopHub", "CoopEdge", "CoopCrypto", "CoopGovernance", "CoopEngine",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]),
    .testTarget(
      name: "CoopEdgeTests",
      dependencies: ["CoopEdge", "CoopCrypto", "CoopEngine", "CoopGovernance"]),
    .testTarget(
      name: "CoopMobilityTests", dependencies: ["CoopMobility", "CoopEngine", "CoopLang", "CSQLite"]),
  ],
  swiftLanguageModes: [.v6]
)
