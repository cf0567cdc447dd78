import Foundation

extension EdgePolicy {
  /// The `[policy]` table of a TOML file (an edge.toml, or a file holding only that table), as
  /// `coop run --policy` reads it to apply an edge's policy to a sandbox run.
  public static func read(_ path: String) throws -> EdgePolicy {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let base = URL(fileURLWithPath: path).deletingLastPathComponent()
    return try EdgePolicy(
      EdgeConfiguration.Reader(file: try TOMLFile(parsing: text, source: path), source: path, base: base))
  }

  /// The `[policy]` table read by `reader`, with errors naming the key.
  init(_ reader: EdgeConfiguration.Reader) throws(EdgeConfigurationError) {
    self.init(
      schemas: try reader.strings("policy", "schemas"),
      algorithms: try reader.strings("policy", "algorithms"),
      maxEpsilonPerJob: try reader.epsilon("policy", "max_epsilon_per_job"),
      maxEpsilonPerPeriod: try reader.epsilon("policy", "max_epsilon_per_period"),
      localMinGroup: try reader.optionalInteger("policy", "local_min_group"),
      neverRead: try reader.strings("policy", "never_read", required: false),
      maxEpsilonLifetime: try reader.epsilon("policy", "max_epsilon_lifetime", required: false),
      answerInterval: try reader.seconds(
        "policy", "answer_interval_seconds", maximum: AnswerSchedule.maximumInterval)
        ?? AnswerSchedule.defaultInterval)
  }
}
