import Foundation
import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskReport
@testable import ClaimDeskStore
@testable import ClaimDeskText

/// Forged state, truncation and re-chaining: a ledger is accepted only when its state is what its history says
/// and its events end at the head signed by the trusted key.
@Suite struct LedgerProofTests {
    static let key = WorkspaceKey(hex: String(repeating: "11", count: 32))!
    static let otherKey = WorkspaceKey(hex: String(repeating: "22", count: 32))!

    /// The reviewed store of ``LedgerStoreTests`` plus a document with a sourced, captured claim and a bare one.
    static func proofStore() async throws -> ClaimStore {
        let store = try await LedgerStoreTests.reviewedStore()
        let outcome = try await Factories.ingest(
            "Le chômage a baissé de 2,1 % en 2024, selon l'Insee.\n\nLa dette a atteint 3 200 milliards d'euros en 2025.",
            into: store,
            lang: .fr
        )
        let claims = try await store.claims(ClaimFilter(documentId: outcome.document.id))
        let first = try #require(claims.first?.claim.id)
        let source = try await store.addSource(
            SourceDraft(claimId: first, url: "https://example.org/insee", stance: .supports, excerpt: "2,1 %"),
            context: Factories.context()
        )
        _ = try await store.recordCaptures(
            [
                Capture(
                    sourceId: source.id,
                    requestedUrl: source.url,
                    fetchedAt: Factories.now,
                    httpStatus: 200,
                    redirects: [source.url],
                    sha256: String(repeating: "c", count: 64),
                    warcFile: "2026-03-10.warc.gz",
                    warcOffset: 0,
                    excerptFound: .exact
                )
            ],
            actor: "alice"
        )
        return store
    }

    /// The reviewed store's ledger, with its head signed by `key`.
    static func signedLedger(_ store: ClaimStore, key: WorkspaceKey = key) async throws -> [String: Data] {
        var (files, workspace) = try await store.ledger()
        workspace.head = key.sign(LedgerHead(events: LedgerContents(files: files, workspace: workspace).events))
        return try Ledger.export(files, workspace: workspace)
    }

    /// The contents with every event passed through `change` and the chain recomputed (the hash rule is public).
    static func rechained(_ contents: LedgerContents, _ change: (inout Event) -> Void) -> LedgerContents {
        var previous: String?
        var rechained: [Int64: Event] = [:]
        for event in contents.events {
            var changed = event
            change(&changed)
            let linked = EventChain.chain(changed, after: previous)
            previous = linked.hash
            rechained[event.id ?? 0] = linked
        }
        func swap(_ list: [Event]) -> [Event] { list.map { rechained[$0.id ?? 0] ?? $0 } }
        var out = contents
        for f in out.files.indices {
            out.files[f].events = swap(out.files[f].events)
            for c in out.files[f].claims.indices { out.files[f].claims[c].events = swap(out.files[f].claims[c].events) }
        }
        out.workspace.events = swap(out.workspace.events)
        return out
    }

    /// Decodes the ledger files, applies `edit` to the contents, and encodes them again (workspace untouched).
    static func edited(
        _ files: [String: Data],
        _ edit: (inout [String: LedgerFile]) throws -> Void
    ) throws -> [String: Data] {
        var documents: [String: LedgerFile] = [:]
        for (name, data) in files where name != Ledger.workspaceFileName {
            documents[name] = try JSONDecoder().decode(LedgerFile.self, from: data)
        }
        try edit(&documents)
        var out = files
        for (name, file) in documents { out[name] = try Ledger.encodeJSON(file) }
        return out
    }

    /// The first file holding a claim with a source, and the indices of that claim and of one without sources.
    static func reviewed(_ documents: [String: LedgerFile]) throws -> (name: String, sourced: Int, bare: Int) {
        for name in documents.keys.sorted() {
            let claims = documents[name]?.claims ?? []
            if let sourced = claims.firstIndex(where: { !$0.sources.isEmpty }),
                let bare = claims.firstIndex(where: {
                    $0.sources.isEmpty && $0.claim.mergedIntoId == nil && $0.claim.status == .unverified
                })
            {
                return (name, sourced, bare)
            }
        }
        throw LedgerError(.schema, file: "?", reason: "fixture has no reviewed claim")
    }

    typealias Edit = @Sendable (inout LedgerFile, _ sourced: Int, _ bare: Int) -> Void

    /// Every field a reviewer or the extractor sets, forged one at a time, with the word the refusal must name.
    static let forgeries: [(String, String, Edit)] = [
        ("status", "status", { f, s, _ in f.claims[s].claim.status = .false }),
        ("verified without source", "status", { f, _, b in f.claims[b].claim.status = .verified }),
        ("text", "text", { f, s, _ in f.claims[s].claim.text = "forged" }),
        ("originalText", "originalText", { f, s, _ in f.claims[s].claim.originalText = "forged" }),
        ("speaker", "speaker", { f, s, _ in f.claims[s].claim.speaker = "Someone Else" }),
        ("numbers", "numbers", { f, s, _ in f.claims[s].claim.numbers.append(NumberValue(value: 9, text: "9")) }),
        ("dates", "dates", { f, s, _ in f.claims[s].claim.dates.append(DateValue(value: "1999", text: "1999")) }),
        ("type", "type", { f, s, _ in f.claims[s].claim.type = f.claims[s].claim.type == .other ? .quote : .other }),
        ("score", "score", { f, s, _ in f.claims[s].claim.score = 57 }),
        ("hedged", "hedged", { f, s, _ in f.claims[s].claim.hedged.toggle() }),
        ("merge target", "mergedIntoId", { f, s, b in f.claims[b].claim.mergedIntoId = f.claims[s].claim.id }),
        ("source url", "url", { f, s, _ in f.claims[s].sources[0].source.url = "https://example.org/other" }),
        ("source stance", "stance", { f, s, _ in f.claims[s].sources[0].source.stance = .refutes }),
        ("source excerpt", "excerpt", { f, s, _ in f.claims[s].sources[0].source.excerpt = "forged" }),
        ("source removed", "removed", { f, s, _ in f.claims[s].sources[0].source.removed = true }),
        ("deleted source", "missing", { f, s, _ in f.claims[s].sources.removeAll() }),
        (
            "fabricated claim", "claim c999",
            { f, s, _ in
                var claim = f.claims[s]
                claim.claim.id = 999
                claim.events = []
                claim.sources = []
                claim.links = []
                claim.occurrences = claim.occurrences.map {
                    var o = $0
                    o.claimId = 999
                    o.id = (o.id ?? 0) + 900
                    return o
                }
                f.claims.append(claim)
            }
        ),
        (
            "fabricated source", "source s99",
            { f, _, b in
                let id = f.claims[b].claim.id ?? 0
                f.claims[b].sources.append(
                    SourceDetail(
                        source: Source(
                            id: 99,
                            claimId: id,
                            url: "https://x.example/",
                            normalizedUrl: "https://x.example/",
                            stance: .supports,
                            addedAt: "2026-03-10T09:00:00Z",
                            addedBy: "x"
                        )
                    )
                )
            }
        ),
        (
            "fabricated capture", "capture",
            { f, s, _ in
                f.claims[s].sources[0].captures.append(
                    Capture(
                        id: 98,
                        sourceId: f.claims[s].sources[0].source.id,
                        requestedUrl: "https://x.example/",
                        fetchedAt: "2026-03-10T09:00:00Z",
                        httpStatus: 200
                    )
                )
            }
        ),
        (
            "fabricated link", "link",
            { f, s, b in
                let id = f.claims[s].claim.id ?? 0
                f.claims[b].links.append(
                    ClaimLink(id: 97, claimId: f.claims[b].claim.id ?? 0, linkedClaimId: id, reason: "x", score: 1)
                )
            }
        ),
        ("warcFile", "warcFile", { f, s, _ in f.claims[s].sources[0].captures[0].warcFile = "../../../../etc/passwd" }),
        (
            "capture sha256", "sha256",
            { f, s, _ in f.claims[s].sources[0].captures[0].sha256 = String(repeating: "f", count: 64) }
        ),
        ("document text", "text", { f, _, _ in f.document.text += "\nforged paragraph" }),
        ("document sha256", "sha256", { f, _, _ in f.document.sha256 = String(repeating: "a", count: 64) }),
        ("document size", "size", { f, _, _ in f.document.size += 1 }),
        ("document title", "title", { f, _, _ in f.document.title = "forged" }),
        ("document url", "url", { f, _, _ in f.document.url = "https://forged.example/" }),
        ("document published", "published", { f, _, _ in f.document.published = "1999-01-01" }),
        ("document origin", "origin", { f, _, _ in f.document.origin = "forged.txt" }),
        ("document author", "author", { f, _, _ in f.document.author = "forged" }),
        ("document textSha256", "textSha256", { f, _, _ in f.document.textSha256 = nil }),
    ]

    @Test(arguments: forgeries.indices)
    func forgedFieldIsRefusedNamingIt(_ index: Int) async throws {
        let (label, word, edit) = Self.forgeries[index]
        // Given a reviewed workspace's signed ledger, which proves
        let store = try await Self.proofStore()
        let files = try await Self.signedLedger(store)
        #expect(throws: Never.self) { try Ledger.verify(files, trustedKey: Self.key.publicHex) }
        // When one field is forged
        let forged = try Self.edited(files) { documents in
            let (name, sourced, bare) = try Self.reviewed(documents)
            edit(&documents[name]!, sourced, bare)
        }
        // Then the ledger is refused with a message naming the field
        let error = try #require(throws: LedgerError.self, "\(label)") {
            try Ledger.verify(forged, trustedKey: Self.key.publicHex)
        }
        #expect(error.description.contains(word), "\(label): \(error)")
        #expect(error.line != nil, "\(label): \(error)")
        // And the store refuses the same contents on its own
        if let contents = try? Ledger.read(forged) {
            await #expect(throws: StoreError.self, "\(label)") { try await Factories.store().importLedger(contents) }
        }
    }

    @Test func invalidExcerptMatchIsRefusedNamingIt() async throws {
        let files = try await Self.signedLedger(try await Self.proofStore())
        var forged = files
        for (name, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            if text.contains("\"excerptFound\" : \"exact\"") {
                forged[name] = Data(
                    text.replacingOccurrences(of: "\"excerptFound\" : \"exact\"", with: "\"excerptFound\" : \"zzz\"")
                        .utf8
                )
            }
        }
        let error = try #require(throws: LedgerError.self) { try Ledger.verify(forged, trustedKey: nil) }
        #expect(error.description.contains("excerptFound"), "\(error)")
    }

    @Test func truncatedLedgerIsRefusedAgainstTheSignedHead() async throws {
        // Given a ledger, and the head signed after one more review step
        let store = try await Self.proofStore()
        let before = try await Self.signedLedger(store)
        let bare = try #require(try await store.claims().first { $0.claim.status == .unverified }?.claim.id)
        try await store.setStatus(of: bare, to: .inReview, note: nil, context: Factories.context())
        let after = try await Self.signedLedger(store)
        // When the last step is dropped from the ledger (the older files with the newer signed head)
        var truncated = before
        truncated[Ledger.workspaceFileName] = after[Ledger.workspaceFileName]
        // Then it is refused against the head
        let error = try #require(throws: LedgerError.self) {
            try Ledger.verify(truncated, trustedKey: Self.key.publicHex)
        }
        #expect(error.code == .chain)
        #expect(error.path == "head", "\(error)")
        // And dropping the workspace file (with its head) is refused too
        var headless = after
        headless[Ledger.workspaceFileName] = nil
        #expect(throws: LedgerError.self) { try Ledger.verify(headless, trustedKey: Self.key.publicHex) }
    }

    @Test func rechainedLedgerIsRefusedEvenWhenResigned() async throws {
        // Given a signed ledger whose newest event is edited and every hash recomputed (the rule is public)
        let store = try await Self.proofStore()
        let files = try await Self.signedLedger(store)
        let read = try Ledger.read(files)
        let last = read.events.last?.id
        let contents = Self.rechained(read) { event in if event.id == last { event.note = "a different reason" } }
        let forged = try Ledger.export(contents.files, workspace: contents.workspace)
        // Then the old signed head refuses it
        let stale = try #require(throws: LedgerError.self) { try Ledger.verify(forged, trustedKey: Self.key.publicHex) }
        #expect(stale.code == .chain)
        // And a head re-signed with another key is refused when the workspace key is trusted
        var resigned = contents.workspace
        resigned.head = Self.otherKey.sign(LedgerHead(events: contents.events))
        let other = try Ledger.export(contents.files, workspace: resigned)
        let error = try #require(throws: LedgerError.self) { try Ledger.verify(other, trustedKey: Self.key.publicHex) }
        #expect(error.path == "head.publicKey", "\(error)")
        // And a head whose signature was altered is refused by anyone
        resigned.head?.signature = Self.key.sign(LedgerHead(count: 1, hash: EventChain.genesis)).signature
        let broken = try Ledger.export(contents.files, workspace: resigned)
        let bad = try #require(throws: LedgerError.self) { try Ledger.verify(broken, trustedKey: nil) }
        #expect(bad.path == "head.signature", "\(bad)")
    }

    @Test func formatOneLedgerIsProvedUnsigned() async throws {
        // Given a format 1 ledger, as an older claimdesk wrote it: no records, no text hash, no slug, no head
        let store = try await Self.proofStore()
        let (files, workspace) = try await store.ledger()
        let stripped = Self.rechained(LedgerContents(files: files, workspace: workspace)) { $0.record = nil }
        let old = stripped.files.map { file -> LedgerFile in
            var file = file
            file.format = 1
            file.document.textSha256 = nil
            file.document.slug = nil
            return file
        }
        var oldWorkspace = stripped.workspace
        oldWorkspace.format = 1
        let data = try Ledger.export(old, workspace: oldWorkspace)
        // When it is proved
        let verified = try Ledger.verify(data, trustedKey: Self.key.publicHex)
        // Then it is accepted as unsigned, and imports
        #expect(!verified.isSigned)
        try await Factories.store().importLedger(verified.contents)
        // And a forged status is still refused by its history
        let forged = try Self.edited(data) { documents in
            let (name, sourced, _) = try Self.reviewed(documents)
            documents[name]!.claims[sourced].claim.status = .false
        }
        let error = try #require(throws: LedgerError.self) { try Ledger.verify(forged, trustedKey: nil) }
        #expect(error.path?.hasSuffix("claim.status") == true, "\(error)")
    }

    @Test func eventsWithoutARecordKeepTheirHashes() async throws {
        // Given an event of the format 1 demo ledger, as it was shipped
        let event = Event(
            id: 2,
            claimId: 1,
            documentId: 1,
            at: "2026-03-10T09:00:00Z",
            actor: "demo",
            action: .extract,
            toValue:
                "Caitlin Kalinowski, responsable de la robotique et du matériel grand public chez OpenAI, a annoncé sa démission.",
            evidence: "extractor 0.1.0, score 0.378",
            prevHash: "934f65cb9b261e636a22c726b3f44e182265bb6dc6788308604354d2775bf82c"
        )
        // Then its hash is the one it was shipped with
        #expect(EventChain.hash(of: event) == "5d07505a639db76a4c124df7135b1469a9dc99a7d02f4751c2b151f97b15fbd8")
    }

    @Test func deepNestingIsRefusedWithAPosition() async throws {
        // Given files of 40 000 and 200 000 opening brackets
        for count in [40_000, 200_000] {
            let data = Data(repeating: UInt8(ascii: "["), count: count)
            // Then reading refuses them at a line and column, without exhausting the stack
            let error = try #require(throws: LedgerError.self) { try Ledger.read(["deep.json": data]) }
            #expect(error.line == 1)
            #expect(error.column == JSONLocator.maximumDepth + 1)
            #expect(error.reason.contains("nested deeper"))
        }
    }
}
