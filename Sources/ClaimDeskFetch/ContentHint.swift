import ClaimDeskModel
import ClaimDeskText
/// What an element's name, `class`, `id`, `role` and `itemprop` say about its text, as the words web pages use for
/// their modules: `comments`, `share-bar`, `related-posts`, `newsletter-signup`, `cookie-banner`, `byline`…
///
/// Words are read from each class or id token split at `-`, `_`, other punctuation and lower-to-upper case changes
/// (`articleBody` reads as `article body`), so `post-comments` and `commentList` are both comments. A token whose
/// first word is a modifier (`has-sidebar`, `no-comments`, `with-share`) describes its children's layout, not
/// itself, and is ignored.
enum ContentHint: Equatable {
    /// Nothing said.
    case none
    /// The article's text (`itemprop=articleBody`, `role=main`, `article-body`, `entry-content`…).
    case content
    /// A page module around the article: comments, sharing, related links, promotions, sign-up forms, cookie
    /// banners, bylines and author boxes, sidebars, footers, navigation, advertising.
    case boilerplate
    /// A small element of the article's furniture: dates, captions, credits, titles, labels, tags. Only small
    /// subtrees are dropped for it.
    case minor

    /// What the class and id tokens of a page said, kept while its elements are read: pages repeat their class
    /// names, and reading a token's words is the costly part.
    struct Cache {
        fileprivate var tokens: [Substring: TokenHint] = [:]
        fileprivate var values: [String: Set<TokenHint>] = [:]
    }

    /// The hint of an element, reading its class and id tokens through `cache`.
    static func of(_ attributes: HTMLAttributes, cache: inout Cache) -> ContentHint {
        if attributes["itemprop"]?.lowercased() == "articlebody" { return .content }
        if let role = attributes["role"]?.lowercased() {
            if ["main", "article"].contains(role) { return .content }
            if boilerplateRoles.contains(role) { return .boilerplate }
        }
        if let itemprop = attributes["itemprop"]?.lowercased(), metadataProperties.contains(itemprop) {
            return .minor
        }
        // Per element: a token naming a module in its strong words (`post-comments`) decides; else a content
        // token (`article__body`) outweighs a weaker boilerplate token on the same element (`pagination-first`).
        var found: Set<TokenHint> = []
        for value in [attributes["class"], attributes["id"]] {
            guard let value, !value.isEmpty else { continue }
            if let known = cache.values[value] {
                found.formUnion(known)
                continue
            }
            var hints: Set<TokenHint> = []
            for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                if let known = cache.tokens[token] {
                    hints.insert(known)
                } else {
                    let hint = tokenHint(token)
                    cache.tokens[token] = hint
                    hints.insert(hint)
                }
            }
            cache.values[value] = hints
            found.formUnion(hints)
        }
        if found.contains(.decisive) { return .boilerplate }
        if found.contains(.content) { return .content }
        if found.contains(.boilerplate) { return .boilerplate }
        return found.contains(.minor) ? .minor : .none
    }

    fileprivate enum TokenHint {
        case none, content, boilerplate, minor
        /// Boilerplate whatever the other tokens say: a strong word (`comments`) or a class that hides.
        case decisive
    }

    /// What one class or id token says.
    private static func tokenHint(_ token: Substring) -> TokenHint {
        let lowered = token.lowercased()
        if invisible.contains(lowered) { return .decisive }
        var words: [Substring] = []
        split(token, into: &words)
        guard let first = words.first, !modifiers.contains(first.lowercased()),
            !words.contains(where: { layoutWords.contains($0.lowercased()) })
        else { return .none }
        let bytes = Array(lowered.utf8)
        if boilerplateInside.contains(where: { contains(bytes, $0) }),
            !boilerplateExceptions.contains(where: { contains(bytes, $0) })
        {
            return .decisive
        }
        return headWordHint(words)
    }

    /// Whether `needle` occurs in `haystack` (short ASCII class names: a plain scan beats a string search).
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// A token's hint: its last hinted word, the head of a compound name (`widget-theme-post-content` is content,
    /// `article-overlay` boilerplate).
    private static func headWordHint(_ words: [Substring]) -> TokenHint {
        for word in words.reversed() {
            let word = word.lowercased()
            if boilerplateWords.contains(word) || boilerplatePrefixes.contains(where: { word.hasPrefix($0) }) {
                return .boilerplate
            }
            if contentWords.contains(word) { return .content }
            if minorWords.contains(word) { return .minor }
        }
        return .none
    }

    /// Splits a class or id token into words at punctuation, digits and lower-to-upper case changes.
    static func split(_ token: Substring, into words: inout [Substring]) {
        let scalars = token.unicodeScalars
        var start = scalars.startIndex
        var previousLower = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if !scalar.isLetterScalar {
                if start < index { words.append(Substring(scalars[start..<index])) }
                start = scalars.index(after: index)
                previousLower = false
            } else {
                let ascii = scalar.value < 0x80
                let upper = ascii ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
                if upper, previousLower, start < index {
                    words.append(Substring(scalars[start..<index]))
                    start = index
                }
                previousLower = ascii ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
            }
            index = scalars.index(after: index)
        }
        if start < scalars.endIndex { words.append(Substring(scalars[start...])) }
    }

    private static let boilerplateRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "tablist", "form",
    ]
    private static let metadataProperties: Set<String> = [
        "author", "creator", "datepublished", "datemodified", "headline", "name", "publisher", "keywords",
        "description", "alternativeheadline",
    ]
    /// Classes that hide an element (or show it to screen readers only).
    private static let invisible: Set<String> = [
        "hidden", "hide", "invisible", "d-none", "display-none", "sr-only", "visually-hidden", "visuallyhidden",
        "screen-reader-text", "screen-reader-only", "offscreen", "element-invisible",
    ]
    /// Words anywhere in a token that make it about layout (`content-with-sidebar`, `page-has-comments`).
    private static let layoutWords: Set<String> = [
        "has", "with", "without", "no", "sticky", "enabled", "disabled", "active", "open", "handle",
    ]
    private static let modifiers: Set<String> = [
        "has", "with", "without", "no", "show", "enable", "enabled", "disable", "disabled", "layout", "template",
        "is", "js",
        // WordPress and other CMSs label an article with its taxonomy: `tag-social-media`, `category-news`.
        "tag", "category", "categories", "type", "format", "status", "postid", "term", "topic",
    ]
    /// Words that make any token containing them boilerplate (`postcomments`, `sharedaddy`, `relatedposts`).
    private static let boilerplateInside: [[UInt8]] = [
        "comment", "disqus", "sharing", "social", "related", "newsletter", "cookie", "outbrain", "taboola", "sidebar",
        "breadcrumb", "byline", "advert", "sponsor", "promo", "subscri", "paywall", "recirc", "trending", "gallery",
        "slideshow", "carousel", "caption", "tooltip", "popover", "rollover", "hovercard",
    ].map { Array($0.utf8) }
    private static let boilerplateExceptions = ["commentary", "nosidebar", "nocomment"].map { Array($0.utf8) }
    private static let boilerplateWords: Set<String> = [
        "share", "shares", "sharebar", "follow", "reply", "replies", "respond", "signup", "register", "login",
        "consent", "gdpr", "author", "authors", "bio", "rail", "footer", "masthead", "pager",
        "pagination", "popup", "modal", "overlay", "banner", "ad", "ads", "adv", "dfp", "adsense", "adslot", "adunit",
        "tags", "tagcloud", "popular", "mostread", "nav", "navbar", "navigation", "menu", "submenu", "skip",
        "donate", "donation", "membership", "toolbar",
        "print", "poll", "survey", "community", "shoutbox", "combx", "skyscraper", "shopping", "affiliate", "cta",
        "recommended", "recommendations", "recommendation", "zergnet", "newsletters", "aside", "complementary",
    ]
    private static let boilerplatePrefixes = ["recommend", "paginat", "signup", "donat"]
    private static let minorWords: Set<String> = [
        "date", "time", "timestamp", "dateline", "published", "updated", "meta", "credit", "credits", "standfirst",
        "dek", "deck", "strapline", "chapo", "chapeau", "sapo",
        "copyright", "headline", "header", "kicker", "eyebrow", "label", "tag", "topics", "category",
        "categories", "keywords", "email", "tools", "icon", "button", "btn", "more", "readmore", "alert", "notice",
        "disclaimer", "rating", "vote", "reaction", "reactions", "teaser", "thumb", "thumbnail",
        "slider", "video", "player", "image", "img", "photo", "picture", "figure", "media", "audio", "podcast", "embed",
        "lightbox", "widget",
        "widgets",
    ]
    private static let contentWords: Set<String> = [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
        "richtext", "rte", "hentry", "paragraph", "copy", "bodycopy",
    ]
}
