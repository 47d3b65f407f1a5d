import ClaimDeskModel
import ClaimDeskService
import Foundation

/// The documents list's filters (a GET form: language, publisher, a claim status) and its pager, which keeps them.
enum DocumentFilters {
    /// The filter form.
    static func form(_ filter: DocumentFilter, publishers: [String]) -> HTML {
        let languages = Language.allCases.map { lang -> HTML in
            let selected: HTML = filter.lang == lang ? " selected" : ""
            return "<option value=\"\(lang.rawValue)\"\(selected)>\(lang.rawValue)</option>"
        }
        let statuses = ClaimStatus.allCases.map { status -> HTML in
            let selected: HTML = filter.status == status ? " selected" : ""
            return "<option value=\"\(status.rawValue)\"\(selected)>\(FormWording.label(status))</option>"
        }
        var names = publishers
        if let chosen = filter.publisher, !names.contains(chosen) { names.append(chosen) }
        let publisherOptions = names.map { name -> HTML in
            let selected: HTML = filter.publisher == name ? " selected" : ""
            return "<option value=\"\(name)\"\(selected)>\(name)</option>"
        }
        return """
            <form method="get" action="/documents" class="filters" id="document-filters">
            <label>Language <select name="lang"><option value="">any</option>\(languages)</select></label>
            <label>Publisher <select name="publisher"><option value="">any</option>\(publisherOptions)</select></label>
            <label>With a claim <select name="status"><option value="">any status</option>\(statuses)</select></label>
            <button type="submit">Filter</button>
            </form>
            """
    }

    /// The query string of `filter` and `page` (`lang=fr&page=2`), empty parts left out, every value
    /// percent-encoded (a publisher may hold `&`, `=` or `+`).
    static func query(_ filter: DocumentFilter, page: Int) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let pairs: [(String, String?)] = [
            ("lang", filter.lang?.rawValue), ("publisher", filter.publisher), ("status", filter.status?.rawValue),
            ("page", String(page)),
        ]
        return pairs.compactMap { name, value in
            value.flatMap { $0.addingPercentEncoding(withAllowedCharacters: allowed) }.map { "\(name)=\($0)" }
        }
        .joined(separator: "&")
    }

    /// Newer and older pages, with the same filters.
    static func pager(_ page: DocumentPage, filter: DocumentFilter) -> HTML {
        guard page.pageCount > 1 else { return .empty }
        let previous: HTML =
            page.page > 1
            ? "<a rel=\"prev\" href=\"/documents?\(query(filter, page: page.page - 1))\">← Newer</a>" : .empty
        let next: HTML =
            page.page < page.pageCount
            ? "<a rel=\"next\" href=\"/documents?\(query(filter, page: page.page + 1))\">Older →</a>" : .empty
        return "<nav class=\"pager\" aria-label=\"Pages\">\(previous) \(next)</nav>"
    }
}
