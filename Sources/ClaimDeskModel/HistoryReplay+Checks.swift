import ClaimDeskText
import Foundation

// The comparisons of the replayed state with the stored records.
extension Replayer {
    func checkDocuments() throws(HistoryDisagreement) {
        let captureIds = Set(capturePlaces.compactMap(\.capture.id))
        for (index, file) in contents.files.enumerated() {
            let document = file.document
            let base = LedgerPlace(file: index, path: "document")
            guard let id = document.id, let state = documents[id] else {
                throw fail(base, nil, "the document has no `ingest` event: it is not in the history")
            }
            let event = state.event
            let eventName = Self.name(event)
            if let textSha256 = document.textSha256, Hashing.sha256Hex(document.text) != textSha256 {
                throw fail(base.child("text"), event, "the text does not match the document's `textSha256`")
            }
            if let record = event.record {
                if let field = HistoryRecord.firstDifference(
                    recorded: record,
                    current: HistoryRecord.document(document)
                ) {
                    throw fail(base.child(field), event, "differs from what \(eventName) recorded at ingest")
                }
            } else {
                if event.toValue != document.sha256 {
                    throw fail(base.child("sha256"), event, "differs from the sha256 \(eventName) recorded at ingest")
                }
                if event.evidence != document.origin {
                    throw fail(base.child("origin"), event, "differs from the origin \(eventName) recorded at ingest")
                }
            }
            if let previous = document.previousVersionId, documents[previous] == nil {
                throw fail(base.child("previousVersionId"), event, "names a document that is not in the ledger")
            }
            if let captureId = document.captureId, !captureIds.contains(captureId) {
                throw fail(base.child("captureId"), event, "names a capture that is not in the ledger")
            }
        }
        for (id, state) in documents where documentPlaces[id] == nil {
            throw fail(place(of: state.event), state.event, "document d\(id) of \(Self.name(state.event)) is missing")
        }
    }

    func checkClaims() throws(HistoryDisagreement) {
        for (id, state) in claims.sorted(by: { $0.key < $1.key }) {
            guard let (base, detail) = claimPlaces[id] else {
                throw fail(
                    place(of: state.created),
                    state.created,
                    "claim c\(id) of \(Self.name(state.created)) is missing"
                )
            }
            let claim = detail.claim
            let event = state.created
            let at = base.child("claim")
            if claim.status != state.status {
                throw fail(
                    at.child("status"),
                    nil,
                    "is \(claim.status.rawValue), but its history says \(state.status.rawValue)"
                )
            }
            if claim.text != state.text { throw fail(at.child("text"), nil, "differs from its history") }
            if claim.mergedIntoId != state.mergedInto {
                throw fail(at.child("mergedIntoId"), nil, "differs from its history (merge events)")
            }
            if claim.documentId != event.documentId {
                throw fail(at.child("documentId"), event, "differs from \(Self.name(event))")
            }
            if let record = event.record {
                let parts = Self.decodeRecord(ClaimRecordParts.self, record)
                let occurrences = (parts?.occurrences ?? []).map {
                    Occurrence(
                        claimId: id,
                        documentId: $0.documentId,
                        span: TextSpan(start: $0.start, end: $0.end, exact: "", prefix: "", suffix: "")
                    )
                }
                let links = (parts?.links ?? []).map {
                    ClaimLink(claimId: id, linkedClaimId: $0.linkedClaimId, reason: $0.reason, score: $0.score)
                }
                let current = HistoryRecord.claim(claim, occurrences: occurrences, links: links)
                if let field = HistoryRecord.firstDifference(recorded: record, current: current) {
                    throw fail(at.child(field), event, "differs from what \(Self.name(event)) recorded")
                }
            } else {
                try checkLegacy(claim, created: event, at: at)
            }
            if let expected = state.occurrences {
                let stored = detail.occurrences.map { HistoryRecord.occurrenceValue($0).json }.sorted()
                if stored != expected.sorted() {
                    throw fail(
                        base.child("occurrences"),
                        event,
                        "differ from the occurrences its history created and moved"
                    )
                }
            }
        }
        for (id, entry) in claimPlaces where claims[id] == nil {
            throw fail(
                entry.place.child("claim"),
                nil,
                "claim c\(id) has no `extract` or `add` event: it is not in the history"
            )
        }
    }

    private func checkLegacy(_ claim: Claim, created event: Event, at: LedgerPlace) throws(HistoryDisagreement) {
        let name = Self.name(event)
        if claim.originalText != (event.toValue ?? "") {
            throw fail(at.child("originalText"), event, "differs from the text \(name) recorded")
        }
        if claim.createdAt != event.at { throw fail(at.child("createdAt"), event, "differs from the time of \(name)") }
        let method = event.action == .add ? "manual" : "extractor"
        if claim.method != method { throw fail(at.child("method"), event, "differs from \(name) (\(method))") }
        if !(0...1).contains(claim.score) { throw fail(at.child("score"), event, "is outside 0…1") }
        if event.action == .extract, let evidence = event.evidence,
            !evidence.hasSuffix("score \(NumberText.plain(claim.score))")
        {
            throw fail(at.child("score"), event, "differs from the score \(name) recorded")
        }
    }

    func checkSources() throws(HistoryDisagreement) {
        for (id, state) in sources.sorted(by: { $0.key < $1.key }) {
            let event = state.event
            let name = Self.name(event)
            guard let (base, source) = sourcePlaces[id] else {
                throw fail(place(of: event), event, "source s\(id) of \(name) is missing")
            }
            let at = base.child("source")
            if source.claimId != state.claimId {
                throw fail(at.child("claimId"), event, "differs from its history (c\(state.claimId))")
            }
            if source.removed != state.removed {
                throw fail(at.child("removed"), nil, "is \(source.removed), but its history says \(state.removed)")
            }
            if let record = event.record {
                var original = source
                original.claimId = event.claimId ?? source.claimId
                if let field = HistoryRecord.firstDifference(recorded: record, current: HistoryRecord.source(original))
                {
                    throw fail(at.child(field), event, "differs from what \(name) recorded")
                }
                continue
            }
            let checks: [(String, Bool)] = [
                ("stance", event.toValue == "\(source.stance.rawValue) \(source.normalizedUrl)"),
                ("normalizedUrl", event.toValue?.hasSuffix(" " + source.normalizedUrl) == true),
                ("url", (try? URLNormalizer.normalize(source.url)) == source.normalizedUrl),
                ("excerpt", event.evidence == source.excerpt), ("note", event.note == source.note),
                ("addedAt", event.at == source.addedAt), ("addedBy", event.actor == source.addedBy),
            ]
            if let field = checks.first(where: { !$0.1 })?.0 {
                throw fail(at.child(field), event, "differs from what \(name) recorded")
            }
        }
        for (id, entry) in sourcePlaces where sources[id] == nil {
            throw fail(
                entry.place.child("source"),
                nil,
                "source s\(id) has no `source_add` event: it is not in the history"
            )
        }
    }

    func checkCaptures() throws(HistoryDisagreement) {
        var seen: [Int64?: Int] = [:]
        for (place, capture) in capturePlaces {
            if let warc = capture.warcFile, !HistoryReplay.isSafeArchivePath(warc) {
                throw fail(place.child("warcFile"), nil, "is not a file name inside the archive folder")
            }
            let index = seen[capture.sourceId, default: 0]
            seen[capture.sourceId] = index + 1
            let events = captureEvents[capture.sourceId] ?? []
            guard index < events.count else {
                throw fail(
                    place,
                    nil,
                    "capture \(capture.id.map { "#\($0)" } ?? "") has no `capture` event: it is not in the history"
                )
            }
            let event = events[index]
            let name = Self.name(event)
            if let record = event.record {
                if let field = HistoryRecord.firstDifference(recorded: record, current: HistoryRecord.capture(capture))
                {
                    throw fail(place.child(field), event, "differs from what \(name) recorded")
                }
                continue
            }
            let outcome = capture.error ?? capture.httpStatus.map { "HTTP \($0)" } ?? "no response"
            let evidence = [
                capture.sha256.map { "sha256 " + $0 }, capture.excerptFound.map { "excerpt " + $0.rawValue },
            ]
            .compactMap { $0 }.joined(separator: ", ")
            let checks: [(String, Bool)] = [
                ("error", event.toValue == outcome), ("sha256", (event.evidence ?? "") == evidence),
                ("fetchedAt", event.at == capture.fetchedAt),
            ]
            if let field = checks.first(where: { !$0.1 })?.0 {
                throw fail(place.child(field), event, "differs from what \(name) recorded")
            }
        }
        for (sourceId, events) in captureEvents where events.count > seen[sourceId, default: 0] {
            let event = events[seen[sourceId, default: 0]]
            throw fail(place(of: event), event, "the capture of \(Self.name(event)) is missing")
        }
    }

    func checkLinks() throws(HistoryDisagreement) {
        for (place, link) in linkPlaces {
            for (field, id) in [("claimId", link.claimId), ("linkedClaimId", link.linkedClaimId)]
            where claimPlaces[id] == nil {
                throw fail(place.child(field), nil, "names claim c\(id), which is not in the ledger")
            }
        }
        guard linksKnown else { return }
        var expected: [ReplayLink: Int] = [:]
        for link in links { expected[link, default: 0] += 1 }
        for (place, link) in linkPlaces {
            let key = ReplayLink(link)
            guard let count = expected[key], count > 0 else {
                throw fail(place, nil, "no event created this link (or its claims, reason or score were changed)")
            }
            expected[key] = count - 1
        }
        if let missing = expected.first(where: { $0.value > 0 })?.key, let entry = claimPlaces[missing.claimId] {
            throw fail(
                entry.place.child("links"),
                nil,
                "a link to c\(missing.linkedClaimId) that its history created is missing"
            )
        }
    }
}
