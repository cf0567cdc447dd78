import ArgumentParser

/// `coop audit`: the hash-chained, signed audit log.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Check audit logs.",
    subcommands: [AuditVerifyCommand.self])
}
