import ClaimDeskModel
package import ClaimDeskService
import Foundation

/// The page of one archived capture: its facts, and the page's text as the WARC holds it with the source's
/// excerpt marked where it was found.
///
/// Everything shown comes from the archive and the capture's record, never from the live page; every value is
/// escaped, and only an http(s) URL becomes a link.
package struct CaptureView: Sendable {
    /// The capture read back from its archive.
    package var archived: ArchivedCapture

    package init(_ archived: ArchivedCapture) {
        self.archived = archived
    }

    /// The capture's public id (`k7`).
    package var id: String { PublicID.format(archived.capture.id ?? 0, as: .capture) }

    /// The main content of the page.
    package func render() -> HTML {
        """
        <article class="capture-view" aria-labelledby="capture-h">
        <h1 id="capture-h">Archived capture \(id)</h1>
        <p class="muted">The page as it was archived when it was fetched, read back from the WARC file; \
        not the live page.</p>
        \(backLink())
        \(facts())
        \(text())
        </article>
        """
    }

    /// A link back to the claim panel of the source's claim.
    func backLink() -> HTML {
        guard let source = archived.source else { return .empty }
        let claim = PublicID.format(source.claimId, as: .claim)
        let sourceId = PublicID.format(source.id ?? 0, as: .source)
        return
            "<p><a href=\"/claims/\(claim)\" id=\"back-to-claim\">Back to claim \(claim)</a> (source \(sourceId))</p>"
    }

    /// The capture's facts: URL, times, status, digest checks, excerpt match.
    func facts() -> HTML {
        let capture = archived.capture
        let url = archived.targetURI ?? capture.finalUrl ?? capture.requestedUrl
        let requested: HTML =
            url == capture.requestedUrl
            ? .empty : "<dt>Requested URL</dt><dd>\(SafeLink.external(capture.requestedUrl))</dd>"
        let status = (archived.httpStatus ?? capture.httpStatus).map { "HTTP \($0)" } ?? "no status"
        let type: HTML = capture.contentType.map { "<dt>Content type</dt><dd>\($0)</dd>" } ?? .empty
        let archivedAt: HTML = archived.archivedAt.map { "<dt>Archived at</dt><dd>\($0)</dd>" } ?? .empty
        let location: HTML =
            capture.warcFile.map { "<dt>WARC file</dt><dd>\($0) @ \(capture.warcOffset ?? 0)</dd>" } ?? .empty
        return """
            <dl class="facts" id="capture-facts">
            <dt>URL</dt><dd>\(SafeLink.external(url))</dd>\(requested)
            <dt>Fetched at</dt><dd>\(capture.fetchedAt)</dd>\(archivedAt)
            <dt>HTTP status</dt><dd>\(status)</dd>\(type)
            <dt>SHA-256</dt><dd id="payload-check">\(payloadCheck())</dd>
            <dt>Record digest</dt><dd id="record-check">\(recordCheck())</dd>
            <dt>Excerpt</dt><dd id="excerpt-match">\(excerptMatch())</dd>\(location)
            </dl>
            """
    }

    /// Whether the archived payload is the one fetched, in words.
    func payloadCheck() -> HTML {
        let hash = archived.capture.sha256 ?? "none recorded"
        return archived.payloadMatches
            ? "<span class=\"check ok\">matches the capture</span> <code>\(hash)</code>"
            : "<span class=\"check bad\">does not match the capture: the archive was changed</span> <code>\(hash)</code>"
    }

    /// Whether the WARC record's block digest holds, in words.
    func recordCheck() -> HTML {
        switch archived.recordDigestMatches {
        case true?: "<span class=\"check ok\">holds</span>"
        case false?: "<span class=\"check bad\">does not hold: the record was changed</span>"
        case nil: "<span class=\"muted\">the record has none</span>"
        }
    }

    /// How the source's excerpt was found at fetch time, and whether it is placed below.
    func excerptMatch() -> HTML {
        guard let excerpt = archived.source?.excerpt else {
            return "<span class=\"muted\">no excerpt to look for</span>"
        }
        let capture = archived.capture
        let kind = capture.excerptFound.map(\.rawValue) ?? "not looked for"
        let score: HTML = capture.excerptScore.map { " (score \(String(format: "%.2f", $0)))" } ?? .empty
        let placed: HTML =
            archived.excerptSpan != nil
            ? " · <a href=\"#excerpt\">marked in the text below</a>"
            : " · not placed in the text below (only exact and normalized matches are)"
        return "\(kind)\(score)\(placed)<blockquote class=\"excerpt\">\(excerpt)</blockquote>"
    }

    /// The archived text, the excerpt in a `<mark>`.
    func text() -> HTML {
        guard let text = archived.text else {
            return "<p class=\"muted\" id=\"archived-text\">The archived response is not text; nothing to show.</p>"
        }
        let body: HTML
        if let span = archived.excerptSpan {
            let scalars = Array(text.unicodeScalars)
            let start = min(max(span.lowerBound, 0), scalars.count)
            let end = min(max(span.upperBound, start), scalars.count)
            let piece = { (range: Range<Int>) in String(String.UnicodeScalarView(scalars[range])) }
            body = "\(piece(0..<start))<mark id=\"excerpt\">\(piece(start..<end))</mark>\(piece(end..<scalars.count))"
        } else {
            body = HTML(text: text)
        }
        return """
            <section aria-labelledby="archived-h"><h2 id="archived-h">Archived text</h2>
            <div class="article archived-text" id="archived-text">\(body)</div></section>
            """
    }
}
