import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation

/// Answering one round: the steps in the order they run.
extension EdgeAgent {
  /// The answer to `task`, a sealed result or a refusal, for the caller to post on schedule;
  /// throws only when the hub cannot be reached (the task stays listed and is answered on a
  /// later poll).
  func answer(_ task: EdgeTask) async throws -> ResultSubmission {
    let ledgerJob = "\(task.job)/\(task.round)"
    if let receipt = try ledger.receipt(job: ledgerJob), receipt.isReleased,
      let sealed = try ledger.releasedResult(job: ledgerJob)
    {
      log("edge \(key.id): re-sending the released result of \(ledgerJob)")
      return ResultSubmission(sealed: Base64.encode(sealed))
    }
    do {
      let sealed = try await release(task, ledgerJob: ledgerJob)
      return ResultSubmission(sealed: Base64.encode(sealed))
    } catch let refusal as EdgeRefusal {
      log("edge \(key.id): refused \(ledgerJob): \(refusal)")
      _ = try? audit.append(
        .refuse, payload: ["job": task.job, "round": String(task.round), "reason": "\(refusal)"],
        signer: key)
      return ResultSubmission(refusal: "\(refusal)")
    }
  }

  /// Verifies, checks policy, the round and the parameters, debits, then executes, seals and
  /// marks released; returns the box. Refusals before the debit say why; any failure after it
  /// is logged here only and refused as `EdgeRefusal.incomplete`, the same text whatever failed,
  /// so that nothing the run read can shape what leaves the edge but the sealed result.
  private func release(_ task: EdgeTask, ledgerJob: String) async throws -> [UInt8] {
    let verified = try await verifiedBundle(task)
    let bundle = verified.bundle
    let facts = ManifestFacts(bundle.manifest)
    let epsilon = try policy.admit(algorithm: bundle.algorithm, facts: facts).get()
    let rounds = max(1, facts?.rounds ?? 1)
    guard (1...rounds).contains(task.round) else {
      throw EdgeRefusal.round(
        "round \(task.round) is not one of the \(rounds) round\(rounds == 1 ? "" : "s") the manifest declares")
    }
    guard runner.isAvailable else {
      throw EdgeRefusal.execution("this build has no script executor")
    }
    let parameters = Data(try Self.canonical(task.parameters))
    do {
      try runner.check(
        bundle: verified, manifest: Data(bundle.manifest), parameters: parameters, store: store)
    } catch let refusal as EdgeRefusal {
      throw refusal
    } catch { throw EdgeRefusal.execution("\(error)") }
    let receipt: DebitReceipt
    do {
      // The policy admitted ε = total / rounds exactly, so the cap is the manifest's total.
      let cap = JobCap(job: task.job, total: try Epsilon(micros: epsilon.micros * Int64(rounds)))
      receipt = try ledger.debit(
        job: ledgerJob, epsilon: epsilon, dataset: dataset, period: BudgetPeriod.month(of: Date()),
        cap: cap)
    } catch { throw EdgeRefusal.budget("\(error)") }
    do {
      return try run(
        task, verified: verified, parameters: parameters, ledgerJob: ledgerJob, epsilon: epsilon,
        receipt: receipt)
    } catch {
      log("edge \(key.id): \(ledgerJob) failed after its budget debit: \(error)")
      throw EdgeRefusal.incomplete
    }
  }

  /// The steps after the debit: audit the debit, execute, seal, mark released. Whatever they
  /// throw, the caller refuses with the one constant text.
  private func run(
    _ task: EdgeTask, verified: VerifiedBundle, parameters: Data, ledgerJob: String,
    epsilon: Epsilon, receipt: DebitReceipt
  ) throws -> [UInt8] {
    let bundle = verified.bundle
    if !receipt.isReplay || !auditRecordsDebit(of: ledgerJob) {
      try audit.append(
        .budgetDebit,
        payload: [
          "job": ledgerJob, "epsilon": "\(epsilon)", "period": receipt.period,
          "remaining": "\(receipt.status.remaining)",
        ], signer: key)
    }
    let table = try runner.run(
      bundle: verified, manifest: Data(bundle.manifest), parameters: parameters,
      round: task.round, store: store, localMinGroup: policy.localMinGroup)
    try audit.append(
      .execute, payload: ["job": ledgerJob, "bundle": bundle.hash.hex], signer: key)
    let envelope = ResultEnvelope(
      job: task.job, round: task.round, bundle: bundle.hash.hex, edge: key.id.text, table: table)
    let sealed = try SignedSealedBox.seal(
      Array(try envelope.canonicalJSON()), from: key, to: hubKey)
    try ledger.markReleased(job: ledgerJob, result: sealed)
    // Released from here on: a failure to write the audit entry must not turn the committed
    // release into a refusal (a retry would re-send these bytes).
    do {
      try audit.append(
        .release, payload: ["job": ledgerJob, "cells": String(table.cells.count)], signer: key)
    } catch {
      log("edge \(key.id): \(ledgerJob) released, but its audit entry failed: \(error)")
    }
    return sealed
  }

  /// Whether the audit log holds the budget debit of `ledgerJob`: a crash between the ledger's
  /// commit and the audit entry leaves a debit the log never heard of, written on the rerun.
  private func auditRecordsDebit(of ledgerJob: String) -> Bool {
    let entries = (try? audit.verify(keys: [key.publicKey])) ?? []
    return entries.contains { $0.kind == .budgetDebit && $0.payload["job"] == ledgerJob }
  }

  /// The task's bundle, fetched from the hub and verified against the pinned board.
  private func verifiedBundle(_ task: EdgeTask) async throws -> VerifiedBundle {
    let document: BundleDocument = try await client.get("/v1/bundles/\(task.bundle)")
    do {
      return try BundleVerifier(board: verifierBoard, revocations: try document.revocationList())
        .verify(try document.bundleFile(hash: task.bundle), at: .now())
    } catch { throw EdgeRefusal.verification("\(error)") }
  }

  /// Posts an answer, retrying transient failures; a conflict means it was already answered.
  func post(_ submission: ResultSubmission, _ task: EdgeTask) async throws {
    var delay = 1
    while true {
      do {
        let _: ResultReceipt = try await client.post(
          "/v1/jobs/\(task.job)/rounds/\(task.round)/result", submission)
        return
      } catch let error as HubClientError where error.isTransient && delay <= 8 {
        try await Task.sleep(for: .seconds(delay))
        delay *= 2
      } catch HubClientError.status(409, _, let message) {
        log("edge \(key.id): \(task.job)/\(task.round) not accepted: \(message)")
        return
      }
    }
  }

  static func canonical(_ parameters: [String: JSONValue]) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(parameters))
  }
}
