import ClaimDeskText
import Foundation

/// Where a ledger's (or a database's) state disagrees with its history: the file, the JSON path, the event.
public struct HistoryDisagreement: Error, Sendable, Hashable, CustomStringConvertible {
    /// The index of the document file in ``LedgerContents/files``; nil for the workspace part.
    public var file: Int?
    /// The JSON path of the value at fault in that file (`claims[0].claim.status`).
    public var path: String
    /// The event the value disagrees with, when there is one.
    public var eventId: Int64?
    /// What is wrong.
    public var reason: String

    /// Creates a disagreement.
    public init(file: Int?, path: String, eventId: Int64?, reason: String) {
        self.file = file
        self.path = path
        self.eventId = eventId
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Derives the state of every document, claim, source, capture and link from the history, and reports the first
/// stored value that disagrees with it (or that no event accounts for).
///
/// The rules, event by event (oldest first): `ingest` creates a document and `extract`/`add` a claim, with the
/// record they stored (``HistoryRecord``); `status` moves a claim `from` → `to` and must pass ``Guardrail`` with the
/// sources active at that moment (or be an override); `edit` restates its text; `merge`/`merged_into` move
/// occurrences, sources and links to the kept claim; `source_add` and `source_remove` add and remove a source;
/// each `capture` accounts for one capture, in id order per source. Events written before ledger format 2 carry
/// no record: their documents, claims, sources and captures are checked on what the events do say.
public enum HistoryReplay {
    /// Checks a whole ledger (a folder, or a database's content as ``LedgerContents``).
    ///
    /// - Returns: nil when every value is what the history says, else the first disagreement.
    public static func check(_ contents: LedgerContents) -> HistoryDisagreement? {
        var replay = Replayer(contents)
        do {
            try replay.run()
            return nil
        } catch {
            return error
        }
    }

    /// Whether a WARC file name stays inside the archive folder (relative, no `..`, no NUL).
    public static func isSafeArchivePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0.isEmpty }
    }
}

/// Where a value sits in the ledger: a file (nil: the workspace part) and a JSON path.
struct LedgerPlace: Hashable {
    var file: Int?
    var path: String

    func child(_ key: String) -> LedgerPlace { LedgerPlace(file: file, path: path.isEmpty ? key : "\(path).\(key)") }
}

/// The replay's state and walk; the comparisons are in `HistoryReplay+Checks.swift`.
struct Replayer {
    struct DocumentState {
        var event: Event
    }

    struct ClaimState {
        var created: Event
        var text: String
        var status: ClaimStatus = .unverified
        var mergedInto: Int64?
        /// Occurrences expected on the claim now (canonical JSON each); nil when unknown (a format-1 claim).
        var occurrences: [String]?
    }

    struct SourceState {
        var event: Event
        var claimId: Int64
        var removed = false
    }

    let contents: LedgerContents
    var documents: [Int64: DocumentState] = [:]
    var claims: [Int64: ClaimState] = [:]
    var sources: [Int64: SourceState] = [:]
    /// Expected links, when every claim had a record.
    var links: [ReplayLink] = []
    var linksKnown = true
    var captureEvents: [Int64?: [Event]] = [:]
    var eventPlaces: [Int64: LedgerPlace] = [:]

    // Where each stored record is.
    var documentPlaces: [Int64: (index: Int, file: LedgerFile)] = [:]
    var claimPlaces: [Int64: (place: LedgerPlace, detail: ClaimDetail)] = [:]
    var sourcePlaces: [Int64: (place: LedgerPlace, source: Source)] = [:]
    var capturePlaces: [(place: LedgerPlace, capture: Capture)] = []
    var linkPlaces: [(place: LedgerPlace, link: ClaimLink)] = []

    init(_ contents: LedgerContents) {
        self.contents = contents
        for (index, file) in contents.files.enumerated() {
            let root = LedgerPlace(file: index, path: "")
            if let id = file.document.id { documentPlaces[id] = (index, file) }
            for (i, capture) in file.captures.enumerated() {
                capturePlaces.append((root.child("captures[\(i)]"), capture))
            }
            for (i, event) in file.events.enumerated() { eventPlaces[event.id ?? 0] = root.child("events[\(i)]") }
            for (c, detail) in file.claims.enumerated() {
                let base = root.child("claims[\(c)]")
                if let id = detail.claim.id { claimPlaces[id] = (base, detail) }
                for (i, event) in detail.events.enumerated() { eventPlaces[event.id ?? 0] = base.child("events[\(i)]") }
                for (s, source) in detail.sources.enumerated() {
                    let place = base.child("sources[\(s)]")
                    if let id = source.source.id { sourcePlaces[id] = (place, source.source) }
                    for (k, capture) in source.captures.enumerated() {
                        capturePlaces.append((place.child("captures[\(k)]"), capture))
                    }
                }
                for (l, link) in detail.links.enumerated() { linkPlaces.append((base.child("links[\(l)]"), link)) }
            }
        }
        let workspace = LedgerPlace(file: nil, path: "")
        for (i, capture) in contents.workspace.captures.enumerated() {
            capturePlaces.append((workspace.child("captures[\(i)]"), capture))
        }
        for (i, event) in contents.workspace.events.enumerated() {
            eventPlaces[event.id ?? 0] = workspace.child("events[\(i)]")
        }
        capturePlaces.sort { ($0.capture.id ?? 0) < ($1.capture.id ?? 0) }
    }

    mutating func run() throws(HistoryDisagreement) {
        for event in contents.events { try apply(event) }
        try checkDocuments()
        try checkClaims()
        try checkSources()
        try checkCaptures()
        try checkLinks()
    }

    func fail(_ place: LedgerPlace, _ event: Event?, _ reason: String) -> HistoryDisagreement {
        HistoryDisagreement(file: place.file, path: place.path, eventId: event?.id, reason: reason)
    }

    func place(of event: Event) -> LedgerPlace { eventPlaces[event.id ?? 0] ?? LedgerPlace(file: nil, path: "events") }

    static func name(_ event: Event) -> String { PublicID.format(optional: event.id, as: .event) ?? "an event" }

    private mutating func apply(_ event: Event) throws(HistoryDisagreement) {
        let here = place(of: event)
        switch event.action {
        case .ingest:
            guard let id = event.documentId, documents[id] == nil else {
                throw fail(here, event, "\(Self.name(event)) ingests no document, or one ingested before")
            }
            documents[id] = DocumentState(event: event)
        case .extract, .add:
            guard let id = event.claimId, claims[id] == nil else {
                throw fail(here, event, "\(Self.name(event)) creates no claim, or one created before")
            }
            var state = ClaimState(created: event, text: event.toValue ?? "")
            if let record = event.record {
                let decoded = Self.decodeRecord(ClaimRecordParts.self, record)
                state.occurrences = decoded?.occurrences.map { $0.value(claimId: nil) } ?? []
                links += decoded?.links.map { $0.value(claimId: id) } ?? []
            } else {
                linksKnown = false
            }
            claims[id] = state
        case .status:
            try applyStatus(event, at: here)
        case .edit:
            guard let id = event.claimId, var state = claims[id], event.fromValue == state.text else {
                throw fail(here, event, "\(Self.name(event)) restates a claim that did not read `from`")
            }
            state.text = event.toValue ?? ""
            claims[id] = state
        case .merge:
            try applyMerge(event, at: here)
        case .mergedInto:
            guard let id = event.claimId, var state = claims[id],
                let target = event.toValue.flatMap({ PublicID.parse($0, as: .claim) })
            else { throw fail(here, event, "\(Self.name(event)) merges an unknown claim") }
            state.mergedInto = target
            claims[id] = state
        case .sourceAdd:
            guard let id = event.sourceId, let claimId = event.claimId, sources[id] == nil else {
                throw fail(here, event, "\(Self.name(event)) adds no source, or one added before")
            }
            sources[id] = SourceState(event: event, claimId: claimId)
        case .sourceRemove:
            guard let id = event.sourceId, var state = sources[id], !state.removed else {
                throw fail(here, event, "\(Self.name(event)) removes a source that is not there")
            }
            state.removed = true
            sources[id] = state
        case .capture:
            captureEvents[event.sourceId, default: []].append(event)
        }
    }

    private mutating func applyStatus(_ event: Event, at here: LedgerPlace) throws(HistoryDisagreement) {
        guard let id = event.claimId, var state = claims[id],
            let from = event.fromValue.flatMap(ClaimStatus.init(rawValue:)),
            let to = event.toValue.flatMap(ClaimStatus.init(rawValue:)), from == state.status
        else { throw fail(here, event, "\(Self.name(event)) changes a status that was not `from`") }
        let active = sources.compactMap { id, source -> Source? in
            guard source.claimId == event.claimId, !source.removed else { return nil }
            let parts = Self.stanceAndURL(source.event.toValue)
            return Source(
                id: id,
                claimId: source.claimId,
                url: parts.url,
                normalizedUrl: parts.url,
                stance: parts.stance ?? .context,
                addedAt: source.event.at,
                addedBy: source.event.actor
            )
        }
        do throws(Guardrail.Refusal) {
            _ = try Guardrail.decide(to: to, sources: active, note: event.note, force: event.isOverride)
        } catch {
            throw fail(
                here,
                event,
                "\(Self.name(event)) sets \(to.rawValue) without the evidence it needs (\(error)) and without an override"
            )
        }
        state.status = to
        claims[id] = state
    }

    private mutating func applyMerge(_ event: Event, at here: LedgerPlace) throws(HistoryDisagreement) {
        guard let kept = event.claimId, let absorbed = event.fromValue.flatMap({ PublicID.parse($0, as: .claim) }),
            var keeper = claims[kept], var merged = claims[absorbed]
        else { throw fail(here, event, "\(Self.name(event)) merges claims that do not exist") }
        if let moved = merged.occurrences, let own = keeper.occurrences {
            keeper.occurrences = own + moved
        } else {
            keeper.occurrences = nil
        }
        merged.occurrences = merged.occurrences == nil ? nil : []
        claims[kept] = keeper
        claims[absorbed] = merged
        for (id, source) in sources where source.claimId == absorbed { sources[id]?.claimId = kept }
        links = links.compactMap { $0.merging(absorbed, into: kept) }
    }

    /// `stance url` of a `source_add` event.
    static func stanceAndURL(_ text: String?) -> (stance: Stance?, url: String) {
        guard let text, let space = text.firstIndex(of: " ") else { return (nil, text ?? "") }
        return (Stance(rawValue: String(text[..<space])), String(text[text.index(after: space)...]))
    }

    static func decodeRecord<T: Decodable>(_ type: T.Type, _ record: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(record.utf8))
    }
}

/// The occurrences and links of a claim's record.
struct ClaimRecordParts: Decodable {
    struct OccurrenceKey: Decodable {
        var documentId: Int64
        var start: Int
        var end: Int

        func value(claimId: Int64?) -> String {
            let span = TextSpan(start: start, end: end, exact: "", prefix: "", suffix: "")
            return HistoryRecord.occurrenceValue(
                Occurrence(claimId: claimId ?? 0, documentId: documentId, span: span)
            ).json
        }
    }

    struct LinkKey: Decodable {
        var linkedClaimId: Int64
        var reason: String
        var score: Double

        func value(claimId: Int64) -> ReplayLink {
            ReplayLink(ClaimLink(claimId: claimId, linkedClaimId: linkedClaimId, reason: reason, score: score))
        }
    }

    var occurrences: [OccurrenceKey]
    var links: [LinkKey]
}

/// A link as the replay follows it through merges.
struct ReplayLink: Hashable {
    var claimId: Int64
    var linkedClaimId: Int64
    var reason: String
    var score: String

    init(_ link: ClaimLink) {
        claimId = link.claimId
        linkedClaimId = link.linkedClaimId
        reason = link.reason
        score = CanonicalValue.double(link.score).json
    }

    /// The link after `absorbed` was merged into `kept` (nil: it became a link of a claim to itself, removed).
    func merging(_ absorbed: Int64, into kept: Int64) -> ReplayLink? {
        var moved = self
        if moved.claimId == absorbed { moved.claimId = kept }
        if moved.linkedClaimId == absorbed { moved.linkedClaimId = kept }
        return moved.claimId == moved.linkedClaimId ? nil : moved
    }
}
