import ClaimDeskModel
import ClaimDeskText
/// Finds the element holding a page's article: each ``TextBlock`` gets a weight (long text with few links counts
/// for, short bits, link lists and hinted boilerplate count against), each element the sum over its blocks, and the
/// article is the element with the highest sum. A page's paragraphs then pull the choice up to the element that
/// holds them all, while menus, teaser lists and footers on either side pull it back down.
struct ContentScorer {
    let tree: HTMLTree
    let blocks: [TextBlock]
    let hints: [ContentHint]
    /// Per node: the summed weight of the blocks inside it.
    private(set) var scores: [Double]
    /// Per node: the letters of the blocks inside it.
    private(set) var lengths: [Int]
    /// Per node: the letters inside links in the blocks inside it.
    private(set) var linkLengths: [Int]

    /// Scores every element of `tree`.
    init(tree: HTMLTree, blocks: [TextBlock], hints: [ContentHint]) {
        self.tree = tree
        self.blocks = blocks
        self.hints = hints
        let count = tree.nodes.count
        var scores = [Double](repeating: 0, count: count)
        var lengths = [Int](repeating: 0, count: count)
        var linkLengths = [Int](repeating: 0, count: count)
        for block in blocks {
            scores[block.owner] += Self.weight(of: block)
            lengths[block.owner] += block.length
            linkLengths[block.owner] += block.linkLength
        }
        for index in stride(from: count - 1, to: 0, by: -1) {
            let parent = tree.nodes[index].parent
            scores[parent] += scores[index]
            lengths[parent] += lengths[index]
            linkLengths[parent] += linkLengths[index]
        }
        self.scores = scores
        self.lengths = lengths
        self.linkLengths = linkLengths
    }

    /// How much a block says "article here".
    ///
    /// Long text counts for its length, minus twice its link text (a paragraph with a link or two still counts, a
    /// list of links does not); a short bit costs a little (menus and labels come in many short bits); boilerplate
    /// the page marks as such costs a quarter of its length.
    static func weight(of block: TextBlock) -> Double {
        let length = Double(block.length)
        let links = Double(block.linkLength)
        if block.boilerplate != nil { return -0.25 * length }
        if block.isHeading { return 0 }
        if block.isLinkList { return -links * 0.5 - 5 }
        if block.length < 25 { return -5 }
        let sentences = Double(min(block.stops + block.commas, 10))
        return (length - 2 * links) * (1 + 0.03 * sentences) - 20
    }

    /// The element with the highest score, deepest on ties; nil when no element scores above zero.
    ///
    /// - Parameter within: only elements inside this one are considered (the whole page by default).
    func best(within root: Int = 0) -> Int? {
        var best: Int?
        var bestScore = 0.0
        var index = root
        while index < tree.nodes[root].end {
            let node = tree.nodes[index]
            if node.isText || TextBlockReader.dropped.contains(node.name) {
                index = node.isText ? index + 1 : node.end
                continue
            }
            if scores[index] >= bestScore, scores[index] > 0 {
                best = index
                bestScore = scores[index]
            }
            index += 1
        }
        return best
    }

    /// The share of a container's score an article signal inside it must hold to be taken instead.
    static let signalShare = 0.6

    /// The element the page marks as its article inside `container` (`<article>`, `itemprop="articleBody"`, an
    /// `entry-content` class…) when it holds most of the container's score: the rest is then likely teasers,
    /// promotions or a footer the scores could not tell from text. `container` itself when there is none.
    func signalled(within container: Int) -> Int {
        let minimum = Self.signalShare * scores[container]
        var chosen = container
        var chosenScore = -Double.infinity
        for index in (container + 1)..<tree.nodes[container].end {
            let node = tree.nodes[index]
            guard !node.isText, node.name != "main", node.attributes["role"]?.lowercased() != "main",
                scores[index] >= minimum, scores[index] >= chosenScore, ContentHint.isArticleSignal(node)
            else { continue }
            chosen = index
            chosenScore = scores[index]
        }
        return chosen
    }

    /// The share of the letters inside `index` that are inside links.
    func linkDensity(_ index: Int) -> Double {
        lengths[index] == 0 ? 0 : Double(linkLengths[index]) / Double(lengths[index])
    }
}
