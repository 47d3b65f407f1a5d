import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

/// One test per kind of boilerplate: the story's paragraphs come out, in order, and the furniture does not.
@Suite("MainContent")
struct MainContentTests {
    private func article(_ html: String) throws -> MainContent {
        let page = HTMLText.extractArticle(html: Array(html.utf8))
        return try #require(page.article, "no article: \(page.noArticle?.description ?? "")")
    }

    @Test func cookieBannerIsDropped() throws {
        // Given a cookie banner before the article
        let html = ArticlePages.page(
            before: """
                <div id="cookie-consent" class="banner"><p>We use cookies to improve your experience and to show \
                you personalised advertising. By continuing to browse you accept our use of cookies.</p>
                <a href="/privacy">Learn more</a> <a href="#">Accept all</a></div>
                """
        )
        // Then only the story is kept
        #expect(try article(html).text == ArticlePages.expected)
    }

    @Test func headlineBylineAndDatelineAreMetadataNotText() throws {
        // Given a headline, a marked byline, an unmarked dateline and a standfirst-free story
        let html = ArticlePages.page(
            head: #"<meta name="author" content="Jane Doe">"#,
            articleStart: """
                <p class="byline">By <a href="/authors/jane-doe">Jane Doe</a>, City reporter</p>
                <p>Published 5:03 PM ET, Nov 19, 2019</p>
                """
        )
        let page = HTMLText.extractArticle(html: Array(html.utf8))
        // Then the text is the story alone, and who and what are in the metadata
        #expect(page.article?.text == ArticlePages.expected)
        #expect(page.page.metadata.title == "Council approves the tram budget")
        #expect(page.page.metadata.author == "Jane Doe")
    }

    @Test func unmarkedBylineIsDroppedByItsWording() throws {
        let html = ArticlePages.page(articleStart: "<div>By Jane Doe and John Roe</div>")
        #expect(try article(html).text == ArticlePages.expected)
    }

    @Test func relatedListIsDropped() throws {
        // Given related stories inside the article and a list of links after it
        let related = """
            <div class="related-stories"><h3>Related</h3><p>Read how the council voted on the bus depot last year, a \
            decision that opponents still contest in court.</p></div>
            <ul><li><a href="/a">Bus fares rise again in January</a></li><li><a href="/b">The bridge reopens</a></li>
            <li><a href="/c">Ten years of cycling lanes</a></li></ul>
            """
        #expect(try article(ArticlePages.page(articleEnd: related)).text == ArticlePages.expected)
    }

    @Test func commentsAreDropped() throws {
        // Given a comment thread whose comments are longer than the story's paragraphs
        let comments = (1...5).map { number in
            """
            <article class="comment"><p class="comment-author">Reader \(number)</p><p>This is comment number \
            \(number), and like every comment it goes on at length about the tram, the budget, the council and the \
            mayor, with many commas, sentences and opinions.</p></article>
            """
        }.joined()
        let html = ArticlePages.page(after: "<section id=\"comments\"><h2>5 comments</h2>\(comments)</section>")
        #expect(try article(html).text == ArticlePages.expected)
    }

    @Test func promoAndNewsletterAreDropped() throws {
        // Given a marked newsletter box and an unmarked promotion inside the story
        var paragraphs = ArticlePages.paragraphs
        paragraphs.insert("Subscribe to our newsletter for 50% off.", at: 2)
        let html = ArticlePages.page(
            articleEnd: """
                <div class="newsletter-signup"><h3>The morning briefing</h3><p>Every morning, the news that matters \
                in your city, in your inbox before 7 am. Free, and you can unsubscribe at any time.</p>
                <form><input type="email"><button>Sign up</button></form></div>
                """,
            paragraphs: paragraphs
        )
        #expect(try article(html).text == ArticlePages.expected)
    }

    @Test func shareBarIsDropped() throws {
        let share = """
            <div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a>
            <a href="https://twitter.example/share">Tweet</a> <span>Email this story to a friend</span></div>
            """
        let html = ArticlePages.page(articleStart: share, articleEnd: share)
        #expect(try article(html).text == ArticlePages.expected)
    }

    @Test func paywallTeaserIsDropped() throws {
        // Given the free paragraphs followed by the paywall's offer
        let html = ArticlePages.page(
            articleEnd: """
                <div class="paywall-offer"><p>You have read all of your free articles this month. Subscribe for \
                1 euro for the first month to keep reading, cancel at any time.</p><a href="/login">Already a \
                subscriber? Log in</a></div>
                """
        )
        #expect(try article(html).text == ArticlePages.expected)
    }

    @Test func frenchPageKeepsItsParagraphsAndDropsItsFurniture() throws {
        let html = ArticlePages.page(
            title: "Le budget du tramway adopté",
            articleStart: """
                <p>Par <a href="/auteurs/camille-martin">Camille Martin</a></p>
                <p>Publié le 3 mars 2026 à 10h30</p>
                """,
            articleEnd: """
                <p>À lire aussi : <a href="/bus">les tarifs des bus augmentent</a></p>
                <p>Abonnez-vous à notre newsletter pour recevoir l’essentiel de l’actualité.</p>
                """,
            paragraphs: ArticlePages.paragraphsFR,
            lang: "fr"
        )
        #expect(try article(html).text == ArticlePages.paragraphsFR.joined(separator: "\n\n"))
    }

    @Test func articleSplitIntoSeveralDivsIsKeptWhole() throws {
        // Given a story cut in three parts by an advertisement and a "most read" box
        let parts = ArticlePages.paragraphs
        let html = """
            <html><body><nav><a href="/">Home</a></nav><div id="page"><div class="story">
            <div class="story-part">\(ArticlePages.p(Array(parts[0..<2])))</div>
            <div class="ad-slot"><span>Advertisement</span></div>
            <div class="story-part">\(ArticlePages.p([parts[2]]))</div>
            <div class="most-read"><h4>Most read</h4><ol><li><a href="/x">The bridge reopens</a></li>
            <li><a href="/y">Bus fares rise</a></li></ol></div>
            <div class="story-part">\(ArticlePages.p([parts[3]]))</div>
            </div><aside class="sidebar"><p>Weather: sunny, 21 degrees, light wind from the west all day.</p></aside>
            </div></body></html>
            """
        #expect(try article(html).text == ArticlePages.expected)
    }

    @Test func headingsListsAndQuotesAreKeptInOrder() throws {
        let story = ArticlePages.paragraphs
        let html = ArticlePages.page(
            paragraphs: [story[0]]
                + [
                    "</p><h2>What the route leaves out</h2><p>\(story[1])</p><ul><li>The northern districts</li><li>The hospital</li></ul><blockquote><p>\(story[2])</p></blockquote><p>\(story[3])"
                ]
        )
        #expect(
            try article(html).text
                == [
                    story[0], "What the route leaves out", story[1], "The northern districts", "The hospital", story[2],
                    story[3],
                ].joined(separator: "\n\n")
        )
    }

    @Test func homePageHoldsNoArticle() {
        // Given a home page: a menu and a list of teasers, each a linked headline and a one-line summary
        let html = """
            <html><body><nav><a href="/">Home</a><a href="/news">News</a></nav><main>\(ArticlePages.teasers)</main>
            <footer>The Daily Example</footer></body></html>
            """
        let page = HTMLText.extractArticle(html: Array(html.utf8))
        // Then there is no article, and the reason says it is a list
        #expect(page.article == nil)
        #expect(page.noArticle?.description.contains("list") == true)
        #expect(page.text(wholePage: false) == nil)
        #expect(page.text(wholePage: true)?.contains("Story number 3") == true)
    }

    @Test func aRoundupThatSaysItIsAnArticleIsNotTakenForAList() throws {
        // Given a "five things to know" roundup: a linked heading and a paragraph per item, on a page that
        // declares itself an article
        let items = ArticlePages.paragraphs.enumerated().map { number, paragraph in
            "<section><h2><a href=\"/item-\(number)\">Thing number \(number + 1)</a></h2><p>\(paragraph)</p></section>"
        }.joined()
        let html = """
            <html><head><meta property="og:type" content="article"></head><body><main>\(items)</main></body></html>
            """
        // Then the roundup is the article
        #expect(try article(html).text.contains(ArticlePages.paragraphs[3]))
    }

    @Test func aPageWithoutTextHoldsNoArticle() {
        let html =
            "<html><body><nav><a href=\"/\">Home</a></nav><form><input name=q><button>Search</button></form></body></html>"
        #expect(HTMLText.extractArticle(html: Array(html.utf8)).article == nil)
    }

    @Test func aPageDrawnByScriptsFallsBackToItsJSONLDArticleBody() throws {
        // Given an empty application shell whose only text is the JSON-LD article
        let story = ArticlePages.paragraphs + ArticlePages.paragraphsFR
        let html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Council approves the tram budget","articleBody":"\(story.joined(separator: "\\n"))"}</script>
            </head><body><div id="app"></div><script>render()</script></body></html>
            """
        // Then the declared body is the article, a paragraph per line
        let found = try article(html)
        #expect(found.evidence == .jsonLD)
        #expect(found.text == story.joined(separator: "\n\n"))
    }

    @Test func plainTextIsItsOwnArticle() throws {
        let page = try #require(
            HTMLText.articlePage(
                body: Array("Un paragraphe.\n\nUn autre.\n".utf8),
                contentType: "text/plain",
                charset: nil
            )
        )
        #expect(page.article?.evidence == .plainText)
        #expect(page.text(wholePage: false) == "Un paragraphe.\n\nUn autre.\n")
    }

    @Test func theEvidenceNamesThePageSignal() throws {
        let html = ArticlePages.page()
        let found = try article(html)
        #expect(found.evidence == .articleElement)
        #expect(found.container.hasSuffix("div.article-body"))
    }
}
