/// The version printed by `coop --version`.
enum CoopVersion {
  static let current = "0.1.0"
}
