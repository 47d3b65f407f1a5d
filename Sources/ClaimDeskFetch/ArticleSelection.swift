import ClaimDeskModel
import ClaimDeskText
/// Chooses which blocks of the article's element are article text: drops what the page marks as boilerplate,
/// link lists, the headline, bylines and datelines, and the short bits before the first paragraph and after the
/// last one (labels, share buttons, "Advertisement").
struct ArticleSelection {
    let scorer: ContentScorer
    let container: Int
    let title: String?

    /// Minor furniture (dates, captions, tags) larger than this is kept: the hint was likely about something else.
    static let minorLimit = 200

    var tree: HTMLTree { scorer.tree }

    /// The blocks kept, in order.
    func keptBlocks() -> [TextBlock] {
        let candidates = scorer.blocks.filter { tree.contains(container, $0.owner) }
        let keep = candidates.map(isKept)
        var kept: [TextBlock] = []
        let orphans = orphanHeadings(candidates, keep: keep)
        for (position, block) in candidates.enumerated() where keep[position] && !orphans.contains(position) {
            kept.append(block)
        }
        while let first = kept.first, Self.isWeak(first) { kept.removeFirst() }
        while let last = kept.last, Self.isWeak(last) { kept.removeLast() }
        return kept
    }

    private func isKept(_ block: TextBlock) -> Bool {
        if isDropped(block) || block.isLinkList { return false }
        if let minor = block.minor, minor != container, tree.contains(container, minor),
            scorer.lengths[minor] <= Self.minorLimit
        {
            return false
        }
        if block.isHeading, let title = title.map(Self.letters), Self.isHeadline(block, title: title) { return false }
        if case .heading(1) = block.kind { return false }
        return !Bylines.isByline(block) && !PromoText.isPromo(block)
    }

    /// The positions of headings whose section lost all its text: the title of a "Most read" box or a "Related"
    /// list whose links were dropped. A heading's section is the nearest element around it holding other blocks.
    private func orphanHeadings(_ candidates: [TextBlock], keep: [Bool]) -> Set<Int> {
        var all: [Int: Int] = [:]
        var kept: [Int: Int] = [:]
        for (position, block) in candidates.enumerated() where !block.isHeading {
            var node = block.owner
            while true {
                all[node, default: 0] += 1
                if keep[position] { kept[node, default: 0] += 1 }
                if node == container { break }
                node = tree.nodes[node].parent
            }
        }
        var orphans: Set<Int> = []
        for (position, block) in candidates.enumerated() where block.isHeading && keep[position] {
            var section = tree.nodes[block.owner].parent
            while section != container, all[section, default: 0] == 0 { section = tree.nodes[section].parent }
            if kept[section, default: 0] == 0 { orphans.insert(position) }
        }
        return orphans
    }

    /// Whether the element is a list of teasers rather than an article (a home page, a section front, search
    /// results): three or more linked headings with at most one paragraph each, or three or more `<article>`
    /// elements with text, none holding a large share of it (``dominantShare``).
    ///
    /// - Returns: what the teasers are ("8 linked headings", "5 article elements"), nil for an article.
    func listItems(kept: [TextBlock]) -> String? {
        let paragraphs = kept.filter { !$0.isHeading && $0.length >= 80 }.count
        let linkedHeadings = scorer.blocks.filter { block in
            block.isHeading && block.isLinkList && tree.contains(container, block.owner) && !isDropped(block)
        }.count
        if linkedHeadings >= Self.listMinimum, linkedHeadings >= paragraphs {
            return "\(linkedHeadings) linked headings"
        }
        var articles = 0
        var largest = 0.0
        var index = container + 1
        while index < tree.nodes[container].end {
            if tree.nodes[index].name == "article", scorer.scores[index] > 0 {
                articles += 1
                largest = max(largest, scorer.scores[index])
            }
            index += 1
        }
        let dominated = largest >= Self.dominantShare * scorer.scores[container]
        return articles >= Self.listMinimum && !dominated ? "\(articles) article elements" : nil
    }

    /// The share of the score one `<article>` holds to be the page's article among teasers, not one of them.
    static let dominantShare = 0.4

    /// How many teasers make a list.
    static let listMinimum = 3

    /// Whether a block is inside boilerplate the container holds.
    private func isDropped(_ block: TextBlock) -> Bool {
        guard let hinted = block.boilerplate else { return false }
        return hinted != container && tree.contains(container, hinted)
    }

    /// A block that cannot stand at either end of an article: short, with no sentence in it.
    static func isWeak(_ block: TextBlock) -> Bool {
        if block.isHeading { return true }
        return block.length < 30 && block.stops == 0
    }

    static func isHeadline(_ block: TextBlock, title: String) -> Bool {
        let heading = letters(block.text)
        guard !heading.isEmpty, !title.isEmpty else { return false }
        return heading == title || (heading.count >= 20 && title.contains(heading))
            || (title.count >= 20 && heading.contains(title))
    }

    /// Lower-cased letters and digits only, to compare headings with the declared title.
    static func letters(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            )
        )
    }
}
