import CoopCrypto
import CoopGovernance
import Testing

@Suite("Verification: quorum, windows, revocations")
struct VerifierTests {
  @Test func quorumOfDistinctMembersVerifies() throws {
    let fixture = try Fixture()
    let verified = try fixture.verify(fixture.file(approvedBy: Array(fixture.members.prefix(2))))
    #expect(verified.approvers.map(\.id) == fixture.members.prefix(2).map(\.id))
    #expect(verified.validUntil == fixture.now.adding(seconds: 30 * 86_400))
  }

  @Test func quorumMinusOneIsRefused() throws {
    let fixture = try Fixture()
    #expect(throws: VerificationError.quorumNotMet(have: 1, want: 2)) {
      try fixture.verify(fixture.file(approvedBy: [fixture.members[0]]))
    }
    #expect(throws: VerificationError.quorumNotMet(have: 0, want: 2)) {
      try fixture.verify(fixture.file(approvedBy: []))
    }
  }

  @Test func wrongKeyIsRefused() throws {
    let fixture = try Fixture()
    #expect(throws: VerificationError.unknownSigner(fixture.outsider.id)) {
      try fixture.verify(fixture.file(approvedBy: [fixture.members[0], fixture.outsider]))
    }
  }

  @Test func expiredWindowIsRefused() throws {
    let fixture = try Fixture()
    let file = BundleFile(
      bundle: fixture.bundle,
      approvals: [
        try fixture.approval(by: fixture.members[0]),
        try fixture.approval(by: fixture.members[1], from: -10 * 86_400, until: -1),
      ])
    #expect(
      throws: VerificationError.expired(
        signer: fixture.members[1].id, validUntil: fixture.now.adding(seconds: -1))
    ) { try fixture.verify(file) }
  }

  @Test func windowNotStartedIsRefused() throws {
    let fixture = try Fixture()
    let file = BundleFile(
      bundle: fixture.bundle,
      approvals: [
        try fixture.approval(by: fixture.members[0], from: 3600),
        try fixture.approval(by: fixture.members[1]),
      ])
    #expect(
      throws: VerificationError.notYetValid(
        signer: fixture.members[0].id, validFrom: fixture.now.adding(seconds: 3600))
    ) { try fixture.verify(file) }
  }

  @Test func authorsOwnApprovalIsRefused() throws {
    let fixture = try Fixture(authorOnBoard: true)
    #expect(throws: VerificationError.authorApproval(fixture.author.id)) {
      try fixture.verify(fixture.file(approvedBy: [fixture.author, fixture.members[0]]))
    }
    // It never counts, but does not stop a quorum of others.
    let verified = try fixture.verify(
      fixture.file(approvedBy: [fixture.author, fixture.members[0], fixture.members[1]]))
    #expect(verified.approvers.count == 2)
  }

  @Test func oneMemberSigningTwiceIsRefused() throws {
    let fixture = try Fixture()
    let first = try fixture.approval(by: fixture.members[0])
    let second = try fixture.approval(by: fixture.members[0], until: 60 * 86_400)
    #expect(throws: VerificationError.duplicateMember(fixture.members[0].id)) {
      try fixture.verify(BundleFile(bundle: fixture.bundle, approvals: [first, second]))
    }
  }

  @Test func approvalOfAnotherHashIsRefused() throws {
    let fixture = try Fixture()
    let stray = try fixture.approval(by: fixture.members[2], hash: Digest(hashing: [1]))
    let file = BundleFile(
      bundle: fixture.bundle,
      approvals: try [
        fixture.approval(by: fixture.members[0]),
        fixture.approval(by: fixture.members[1]), stray,
      ])
    #expect(throws: VerificationError.approvalForAnotherBundle(signer: fixture.members[2].id)) {
      try fixture.verify(file)
    }
  }

  @Test func revokedByQuorumIsRefused() throws {
    let fixture = try Fixture()
    let file = try fixture.file(approvedBy: Array(fixture.members.prefix(2)))
    let revokers = Array(fixture.members.suffix(2))
    #expect(throws: VerificationError.revoked(by: revokers.map(\.id))) {
      try fixture.verify(file, revocations: fixture.revocations(by: revokers))
    }
  }

  @Test func revocationBelowQuorumIsNotEnough() throws {
    let fixture = try Fixture()
    let file = try fixture.file(approvedBy: Array(fixture.members.prefix(2)))
    let verified = try fixture.verify(
      file, revocations: fixture.revocations(by: [fixture.members[2], fixture.members[2]]))
    #expect(verified.revokers == [fixture.members[2].id])
  }

  @Test func revocationByAnOutsiderRefusesTheList() throws {
    let fixture = try Fixture()
    let file = try fixture.file(approvedBy: Array(fixture.members.prefix(2)))
    #expect(
      throws: VerificationError.invalidRevocation(
        index: 0, reason: "\(fixture.outsider.id) is not a board member")
    ) { try fixture.verify(file, revocations: fixture.revocations(by: [fixture.outsider])) }
  }

  @Test func everyRefusalHasItsOwnMessage() {
    let id = SecretKey.generate().id
    let time = Timestamp(secondsSinceEpoch: 0)
    let errors: [VerificationError] = [
      .hashMismatch(stored: "a", computed: "b"), .badAuthorSignature,
      .approvalForAnotherBundle(signer: id), .badSignature(signer: id), .unknownSigner(id),
      .authorApproval(id), .duplicateMember(id), .expired(signer: id, validUntil: time),
      .notYetValid(signer: id, validFrom: time), .quorumNotMet(have: 1, want: 2),
      .revoked(by: [id]), .invalidRevocation(index: 0, reason: "x"),
      .boardFingerprintMismatch(have: "a", want: "b"),
    ]
    #expect(Set(errors.map(\.description)).count == errors.count)
  }
}
