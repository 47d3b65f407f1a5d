public import ClaimDeskModel
import ClaimDeskText
internal import Foundation
import Synchronization

/// The public JSON shape of a claim, as `claims list --json`, `claims show --json` and `extract --json` print it.
///
/// These key names are a public contract: fields may be added, never renamed.
public struct ClaimJSON: Sendable, Codable, Hashable {
    /// One occurrence: a W3C TextPositionSelector plus TextQuoteSelector.
    public struct OccurrenceJSON: Sendable, Codable, Hashable {
        public var document: String?
        public var start: Int
        public var end: Int
        public var exact: String
        public var prefix: String
        public var suffix: String
    }

    /// A linked claim in another document.
    public struct LinkJSON: Sendable, Codable, Hashable {
        public var claim: String
        public var reason: String
        public var score: Double
    }

    public var id: String?
    public var document: String?
    public var text: String
    public var originalText: String
    public var type: ClaimType
    public var status: ClaimStatus
    public var score: Double
    public var hedged: Bool
    public var speaker: String?
    /// `person`, `organisation`, `anonymous` or `document`; null without a speaker.
    public var speakerKind: SpeakerKind?
    /// The words that hedge the claim, as written; null when it is not hedged.
    public var hedge: String?
    public var numbers: [NumberValue]
    public var dates: [DateValue]
    public var occurrences: [OccurrenceJSON]
    public var signals: [Signal]
    public var method: String
    public var linked: [LinkJSON]
    public var sources: Int

    enum CodingKeys: String, CodingKey {
        case id, document, text, type, status, score, hedged, speaker, numbers, dates, occurrences, signals
        case method, linked, sources
        case originalText = "original_text"
        case speakerKind = "speaker_kind"
        case hedge
    }

    /// Encodes every key, with null for the optional ones that are absent (`speaker`, `speaker_kind`, `hedge`
    /// and the rest keep the shape they had: `id`/`document` are omitted by a dry run).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(document, forKey: .document)
        try c.encode(text, forKey: .text)
        try c.encode(originalText, forKey: .originalText)
        try c.encode(type, forKey: .type)
        try c.encode(status, forKey: .status)
        try c.encode(score, forKey: .score)
        try c.encode(hedged, forKey: .hedged)
        try c.encodeIfPresent(speaker, forKey: .speaker)
        try c.encode(speakerKind, forKey: .speakerKind)
        try c.encode(hedge, forKey: .hedge)
        try c.encode(numbers, forKey: .numbers)
        try c.encode(dates, forKey: .dates)
        try c.encode(occurrences, forKey: .occurrences)
        try c.encode(signals, forKey: .signals)
        try c.encode(method, forKey: .method)
        try c.encode(linked, forKey: .linked)
        try c.encode(sources, forKey: .sources)
    }

    /// The JSON shape of a stored claim.
    public init(_ detail: ClaimDetail) {
        let claim = detail.claim
        id = PublicID.format(optional: claim.id, as: .claim)
        document = PublicID.format(claim.documentId, as: .document)
        text = claim.text
        originalText = claim.originalText
        type = claim.type
        status = claim.status
        score = claim.score
        hedged = claim.hedged
        speaker = claim.speaker
        speakerKind = claim.speakerKind
        hedge = claim.hedge
        numbers = claim.numbers
        dates = claim.dates
        occurrences = detail.occurrences.map {
            OccurrenceJSON(
                document: PublicID.format($0.documentId, as: .document),
                start: $0.start,
                end: $0.end,
                exact: $0.exact,
                prefix: $0.prefix,
                suffix: $0.suffix
            )
        }
        signals = claim.signals
        method = claim.method
        linked = detail.links.map { link in
            let other = link.claimId == claim.id ? link.linkedClaimId : link.claimId
            return LinkJSON(claim: PublicID.format(other, as: .claim), reason: link.reason, score: link.score)
        }
        sources = detail.sources.filter { !$0.source.removed }.count
    }

    /// The JSON shape of a claim found by a dry run (`extract`): no id, no document.
    public init(_ extracted: ExtractedClaim) {
        id = nil
        document = nil
        text = extracted.text
        originalText = extracted.text
        type = extracted.type
        status = .unverified
        score = extracted.score
        hedged = extracted.hedged
        speaker = extracted.speaker
        speakerKind = extracted.speakerKind
        hedge = extracted.hedge
        numbers = extracted.numbers
        dates = extracted.dates
        occurrences = extracted.occurrences.map {
            OccurrenceJSON(
                document: nil,
                start: $0.start,
                end: $0.end,
                exact: $0.exact,
                prefix: $0.prefix,
                suffix: $0.suffix
            )
        }
        signals = extracted.signals
        method = "extractor"
        linked = []
        sources = 0
    }
}

/// The JSON encoder every command uses: sorted keys, pretty-printed, slashes unescaped, so output diffs well.
public enum ContractJSON {
    /// Encodes `value` as stable, pretty-printed UTF-8 JSON text.
    ///
    /// An array of claims (the bulk of `extract --json` and `claims list --json`) goes through
    /// ``ClaimJSONWriter``, which writes the same bytes several times faster.
    public static func encode(_ value: some Encodable) throws -> String {
        if let claims = value as? [ClaimJSON] { return fast(claims) }
        if let claim = value as? ClaimJSON {
            var writer = ClaimJSONWriter(capacity: 2000)
            writer.write(claim)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        return try foundation(value)
    }

    /// ``encode(_:)`` for claims, through ``ClaimJSONWriter``.
    static func fast(_ claims: [ClaimJSON]) -> String {
        var writer = ClaimJSONWriter(capacity: claims.count * 1500)
        writer.write(claims)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The bytes ``encode(_:)`` gives for `items.map(transform)`, in parts to write one after another: up to
    /// `parts` threads (by default the cores; one below 512 items) each turn their share of the items into claims
    /// and write them. Shares are cut by `cost` (say, a claim's occurrences), so that each takes about as long.
    public static func encodeClaims<Item: Sendable>(
        _ items: [Item],
        parts: Int? = nil,
        cost: (Item) -> Int = { _ in 1 },
        as transform: @Sendable (Item) -> ClaimJSON
    ) -> [[UInt8]] {
        let parts = max(1, min(parts ?? ProcessInfo.processInfo.activeProcessorCount, items.count / 256))
        let costs = items.map { max(1, cost($0)) }
        let total = costs.reduce(0, +)
        // Share k ends where the running cost first reaches k/parts of the total.
        var bounds = [0]
        var running = 0
        for (index, c) in costs.enumerated() where bounds.count < parts {
            running += c
            if running * parts >= total * bounds.count { bounds.append(index + 1) }
        }
        while bounds.count <= parts { bounds.append(items.count) }
        let shares = bounds
        let written = Mutex<[[UInt8]]>(Array(repeating: [], count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let slice = items[shares[part]..<shares[part + 1]]
            var writer = ClaimJSONWriter(capacity: slice.count * 2000)
            if part == 0 { writer.writeArrayStart() }
            for (offset, item) in slice.enumerated() {
                writer.writeElement(transform(item), first: part == 0 && offset == 0)
            }
            if part == parts - 1 { writer.writeArrayEnd() }
            let bytes = writer.bytes
            written.withLock { $0[part] = bytes }
        }
        return written.withLock { $0 }
    }

    /// ``encode(_:)`` through `JSONEncoder`, whatever the value.
    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}
