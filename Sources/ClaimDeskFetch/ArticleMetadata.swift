import ClaimDeskModel
import ClaimDeskText
import Foundation

/// An article's metadata as the page declares it.
///
/// Each field takes the first source that has it: JSON-LD `NewsArticle` (or `Article`, `BlogPosting`…), then
/// Open Graph / `article:` properties, then plain `<meta>` names, then `<title>`.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    /// Headline.
    public var title: String?
    /// Author names, comma-separated.
    public var author: String?
    /// Publisher or site name.
    public var publisher: String?
    /// Publication date as `YYYY-MM-DD`.
    public var published: String?
    /// `<html lang>`.
    public var language: String?
    /// `<link rel=canonical>`.
    public var canonicalURL: String?
    /// The standfirst or summary the page declares (JSON-LD `description`, `og:description`, `description`).
    public var description: String?

    /// Creates metadata.
    public init(
        title: String? = nil,
        author: String? = nil,
        publisher: String? = nil,
        published: String? = nil,
        language: String? = nil,
        canonicalURL: String? = nil
    ) {
        self.title = title
        self.author = author
        self.publisher = publisher
        self.published = published
        self.language = language
        self.canonicalURL = canonicalURL
    }

    /// Combines `<meta>` fields (keys lower-cased), the `<title>` and JSON-LD blocks.
    init(meta: [String: String], title: String?, jsonLD: [String]) {
        let article = Self.jsonLDArticle(jsonLD)
        func first(_ candidates: String?...) -> String? {
            candidates.lazy.compactMap { $0?.trimmingWhitespace() }.first { !$0.isEmpty }
        }
        func metaAuthor(_ key: String) -> String? {
            guard let value = meta[key], !value.hasPrefix("http") else { return nil }
            return value
        }
        self.title = first(
            article.flatMap { Self.string($0["headline"]) },
            meta["og:title"],
            meta["twitter:title"],
            title
        )
        self.author = first(
            article.flatMap { Self.names($0["author"]) },
            metaAuthor("author"),
            metaAuthor("article:author"),
            metaAuthor("dc.creator"),
            metaAuthor("parsely-author"),
            metaAuthor("sailthru.author")
        )
        self.publisher = first(
            article.flatMap { Self.names($0["publisher"]) },
            meta["og:site_name"],
            meta["publisher"],
            meta["application-name"]
        )
        let date = first(
            article.flatMap { Self.string($0["datePublished"]) },
            meta["article:published_time"],
            meta["datepublished"],
            meta["date"],
            meta["pubdate"],
            meta["publishdate"],
            meta["dc.date"],
            meta["dcterms.created"],
            meta["og:article:published_time"]
        )
        self.published = date.flatMap(Self.isoDate)
        self.description = first(
            article.flatMap { Self.string($0["description"]) },
            meta["og:description"],
            meta["description"]
        )
    }

    /// `YYYY-MM-DD` from the start of an ISO 8601 date or date-time.
    static func isoDate(_ text: String) -> String? {
        let prefix = String(text.prefix(10))
        let parts = prefix.split(separator: "-")
        guard prefix.count == 10, parts.count == 3, parts[0].count == 4, parts.allSatisfy({ Int($0) != nil }) else {
            return nil
        }
        return prefix
    }

    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
    ]

    /// The first article object in the JSON-LD blocks, `NewsArticle` kinds first.
    static func jsonLDArticle(_ blocks: [String]) -> [String: Any]? {
        var objects: [[String: Any]] = []
        func collect(_ value: Any) {
            if let array = value as? [Any] {
                array.forEach(collect)
            } else if let object = value as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { collect(graph) }
            }
        }
        for block in blocks {
            guard let data = block.trimmingWhitespace().data(using: .utf8),
                let value = try? JSONSerialization.jsonObject(with: data)
            else { continue }
            collect(value)
        }
        func types(_ object: [String: Any]) -> [String] {
            if let type = object["@type"] as? String { return [type] }
            return object["@type"] as? [String] ?? []
        }
        let articles = objects.filter { !articleTypes.isDisjoint(with: types($0)) }
        return articles.first { types($0).contains { $0.hasSuffix("NewsArticle") } } ?? articles.first
    }

    static func string(_ value: Any?) -> String? {
        if let text = value as? String { return HTMLScanner.decodeEntities(text) }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names from a JSON-LD person or organisation value: a string, an object with `name`, or an array of them.
    static func names(_ value: Any?) -> String? {
        if let text = value as? String { return HTMLScanner.decodeEntities(text) }
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let array = value as? [Any] {
            let all = array.compactMap { names($0) }.filter { !$0.isEmpty }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}
