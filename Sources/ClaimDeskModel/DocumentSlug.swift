import ClaimDeskText
internal import Foundation

/// The stable file name stem of a document in `Claims/` and `Reports/`: `2026-03-09-openai-pentagon-fr`.
///
/// Built from the publication date and the origin's file name (for a document ingested from a file), else the
/// title, else the last segment of the origin URL: diacritics
/// folded, lower-cased, every run of other characters turned into one `-`, at most ``maximumLength`` characters
/// cut at a word boundary. The date is not repeated when the name already starts with it.
public enum DocumentSlug {
    /// The longest slug produced, before any disambiguating suffix.
    public static let maximumLength = 80

    /// The slug of one document.
    public static func slug(for document: Document) -> String {
        let fromOrigin = slugify(originStem(document.origin))
        let fromTitle = slugify(document.title ?? "")
        // A file name was chosen by a person and is short; a URL's last segment or standard input is not.
        let isFile = !document.origin.isEmpty && document.origin != "-" && !isWebURL(document.origin)
        let preferred = isFile ? [fromOrigin, fromTitle] : [fromTitle, fromOrigin]
        let base = preferred.first { !$0.isEmpty } ?? ""
        var parts: [String] = []
        if let published = document.published.map(slugify), !published.isEmpty, !base.hasPrefix(published) {
            parts.append(published)
        }
        if !base.isEmpty { parts.append(base) }
        let joined = truncated(parts.joined(separator: "-"))
        if !joined.isEmpty { return joined }
        return document.id.map { PublicID.format($0, as: .document) } ?? "document"
    }

    /// The file name stems of several documents: the slug each one was given at ingest (``Document/slug``), which
    /// never changes; for documents stored before slugs were (ledger format 1), the slug computed from the
    /// document, where one shared by several of them gets the document's public id appended (`…-d7`) on each.
    public static func uniqueSlugs(for documents: [Document]) -> [String] {
        let legacy = documents.filter { $0.slug == nil }
        let computed = legacySlugs(for: legacy)
        var byId: [Int64: String] = [:]
        for (document, slug) in zip(legacy, computed) { byId[document.id ?? 0] = slug }
        return documents.map { document in document.slug ?? byId[document.id ?? 0] ?? slug(for: document) }
    }

    /// The slug a new document is given: its ``slug(for:)``, or that with `-d<id>` appended when another
    /// document already has it (`taken`). An existing document's slug is never changed.
    public static func newSlug(for document: Document, isTaken taken: (String) throws -> Bool) rethrows -> String {
        let base = slug(for: document)
        guard try taken(base), let id = document.id else { return base }
        return "\(base)-\(PublicID.format(id, as: .document))"
    }

    /// The format-1 rule: a slug shared by several documents gets the document's public id appended on each.
    private static func legacySlugs(for documents: [Document]) -> [String] {
        let slugs = documents.map(slug(for:))
        var counts: [String: Int] = [:]
        for slug in slugs { counts[slug, default: 0] += 1 }
        return zip(documents, slugs).map { document, slug in
            guard counts[slug, default: 0] > 1, let id = document.id else { return slug }
            return "\(slug)-\(PublicID.format(id, as: .document))"
        }
    }

    /// Whether an origin is an `http`/`https` URL (its last segment is not a file name a person chose).
    private static func isWebURL(_ origin: String) -> Bool {
        let lower = origin.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The last path component of an origin (file path or URL) without its final extension.
    private static func originStem(_ origin: String) -> String {
        var path = Substring(origin)
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        while path.hasSuffix("/") { path = path.dropLast() }
        let name = path.split(separator: "/").last.map(String.init) ?? String(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        let ext = name[name.index(after: dot)...]
        return ext.count <= 5 && ext.allSatisfy(\.isLetter) ? String(name[..<dot]) : name
    }

    /// Folds diacritics and case; keeps ASCII letters and digits, turns every other run into one `-`.
    static func slugify(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Cuts a slug to ``maximumLength`` at a `-` when it is longer.
    private static func truncated(_ slug: String) -> String {
        guard slug.count > maximumLength else { return slug }
        let head = slug.prefix(maximumLength)
        guard let dash = head.lastIndex(of: "-"), dash > head.startIndex else { return String(head) }
        return String(head[..<dash])
    }
}
