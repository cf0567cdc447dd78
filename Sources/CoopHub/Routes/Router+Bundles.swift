import CoopCrypto
import CoopGovernance
import Hummingbird

extension BundleSubmission: StrictMessage {
  static let fields: Set<String> = ["bundle"]
}

/// Authors submit bundles; every role but edges lists them; the board reads pending ones.
extension HubAPI {
  static let bundleEndpoints: [HubEndpoint] = [
    HubEndpoint(.post, "/v1/bundles", [.author]) { request, context, service in
      let submission = try await request.decodeStrictly(BundleSubmission.self)
      guard let bytes = Base64.decode(submission.bundle) else {
        throw HubError.badRequest("'bundle' is not canonical base64")
      }
      let file: BundleFile
      do { file = try BundleFile(parsing: bytes, source: "submitted bundle") } catch {
        throw HubError.refused("\(error)")
      }
      guard file.bundle.author == context.caller?.key else {
        throw HubError.refused("the bundle's author key is not the key that signed the request")
      }
      let inserted = try await service.store.perform { try $0.insert(file.bundle) }
      service.metrics.increment("bundles_submitted")
      if inserted {
        try await service.record(
          .submit,
          [
            "bundle": file.bundle.hash.hex, "algorithm": file.bundle.algorithm,
            "author": file.bundle.author.id.text,
          ])
      }
      let (stored, revocations) = try await service.storedBundle(file.bundle.hash.hex)
      return try JSONResponse.make(
        service.summary(stored, revocations), status: inserted ? .created : .ok)
    },
    HubEndpoint(.get, "/v1/bundles", [.author, .board, .analyst, .operator]) { _, _, service in
      try JSONResponse.make(try await service.allBundles().map(service.summary))
    },
    HubEndpoint(.get, "/v1/bundles/pending", [.board]) { _, _, service in
      let pending = try await service.allBundles().compactMap { stored, revocations in
        let summary = service.summary(stored, revocations)
        guard summary.status == "pending" else { return nil as PendingBundle? }
        let bundle = stored.file.bundle
        return PendingBundle(
          summary: summary, script: bundle.script,
          manifest: String(decoding: bundle.manifest, as: UTF8.self))
      }
      return try JSONResponse.make(pending)
    },
    HubEndpoint(.get, "/v1/bundles/{hash}", [.author, .board, .analyst, .operator, .edge]) {
      _, context, service in
      let (stored, revocations) = try await service.storedBundle(
        context.parameters.get("hash") ?? "")
      return try JSONResponse.make(
        BundleDocument(
          summary: service.summary(stored, revocations),
          file: Base64.encode(stored.file.encoded()),
          revocations: Base64.encode(revocations.encoded())))
    },
  ]
}
