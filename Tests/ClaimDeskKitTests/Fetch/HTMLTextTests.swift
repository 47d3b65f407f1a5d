import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite("HTMLText")
struct HTMLTextTests {
    @Test func pageFurnitureAndScriptsAreDroppedAndParagraphsKept() async {
        // Given an article page with navigation, a script, a style and a footer
        let page = HTMLText.extract(html: Array(TestSite.utf8HTML.utf8), headerCharset: "utf-8")
        // Then only the article's headings and paragraphs remain, one per paragraph
        #expect(
            page.text == """
                Chômage en baisse

                Le taux de chômage a reculé à 7,3 % au troisième trimestre, selon l’Insee.

                C’est la première baisse depuis deux ans.
                """
        )
        #expect(page.metadata.title == "Chômage en baisse")
        #expect(page.metadata.author == "Camille Martin")
    }

    @Test func aNULInTheTitleOrTextBecomesAReplacementCharacterInsteadOfCuttingIt() async {
        // Given a page with NUL bytes in its title and its text (the database would cut a string at a NUL)
        let html = "<html><title>Budget\u{0} 2026: the final vote</title><body><p>Spending rose\u{0} by 4%.</p></body></html>"
        for charset in ["utf-8", "windows-1252", nil] {
            let page = HTMLText.extractArticle(html: Array(html.utf8), headerCharset: charset)
            // Then the whole title and text are kept, each NUL shown as U+FFFD
            #expect(page.page.metadata.title == "Budget\u{FFFD} 2026: the final vote")
            #expect(page.page.text.contains("Spending rose\u{FFFD} by 4%."))
            #expect(!page.page.text.contains("\u{0}"))
        }
        let plain = HTMLText.pageText(body: Array("a\u{0}b".utf8), contentType: "text/plain", charset: nil)
        #expect(plain?.text == "a\u{FFFD}b")
    }

    @Test func entitiesNamedAndNumericAreDecoded() async {
        // Given named, decimal, hexadecimal and windows-1252-range references
        let html =
            "<p>Caf&eacute; &amp; th&#233; &#x2014; &laquo;&nbsp;oui&nbsp;&raquo; &#146;s &#8364;5 &notanentity; a&lt;b</p>"
        let text = HTMLText.extract(html: Array(html.utf8)).text
        // Then each becomes its character; an unknown name stays as written
        #expect(text == "Café & thé — «\u{00A0}oui\u{00A0}» ’s €5 &notanentity; a<b")
    }

    @Test func latin1FromTheHeaderIsDecoded() async {
        let page = HTMLText.extract(html: TestSite.latin1Body, headerCharset: "iso-8859-1")
        #expect(page.text == "Café à Paris: élève")
        #expect(page.charset == "iso-8859-1")
    }

    @Test func windows1252FromMetaCharsetIsDecoded() async {
        // Given windows-1252 bytes (0x92 ’, 0x80 €, 0xE9 é) declared only by <meta charset>
        let bytes: [UInt8] =
            Array("<html><head><meta charset=\"windows-1252\"></head><body><p>l".utf8) + [0x92]
            + Array("addition: 5 ".utf8) + [0x80] + Array(" pay".utf8) + [0xE9] + Array("s</p></body></html>".utf8)
        let page = HTMLText.extract(html: bytes)
        #expect(page.text == "l’addition: 5 € payés")
        #expect(page.charset == "windows-1252")
    }

    @Test func httpEquivCharsetIsHonoured() async {
        let bytes: [UInt8] =
            Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>".utf8) + [
                0xE9, 0x74, 0xE9,
            ]
            + Array("</p>".utf8)
        #expect(HTMLText.extract(html: bytes).text == "été")
    }

    @Test func undeclaredInvalidUTF8FallsBackToWindows1252() async {
        // Given Latin-1 bytes with no declaration at all
        let page = HTMLText.extract(html: TestSite.latin1Body)
        #expect(page.text == "Café à Paris: élève")
        #expect(page.charset == "windows-1252")
    }

    @Test func metadataFromJSONLDNewsArticleComesFirst() async {
        // Given Open Graph tags and a JSON-LD graph holding a NewsArticle with two authors
        let html = """
            <html lang="fr"><head><title>Titre de l'onglet | Site</title>
            <meta property="og:title" content="Titre Open Graph"><meta property="og:site_name" content="Le Site">
            <meta property="article:published_time" content="2026-03-01T08:00:00+01:00">
            <link rel="canonical" href="https://example.org/a">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Le Site"},
              {"@type":"NewsArticle","headline":"Le chômage recule &amp; l'emploi progresse",
               "datePublished":"2026-03-09T10:00:00Z","author":[{"@type":"Person","name":"Ana Roux"},{"name":"Léo Petit"}],
               "publisher":{"@type":"Organization","name":"Le Journal"}}]}</script>
            </head><body><p>Texte.</p></body></html>
            """
        let metadata = HTMLText.extract(html: Array(html.utf8)).metadata
        #expect(metadata.title == "Le chômage recule & l'emploi progresse")
        #expect(metadata.author == "Ana Roux, Léo Petit")
        #expect(metadata.publisher == "Le Journal")
        #expect(metadata.published == "2026-03-09")
        #expect(metadata.language == "fr")
        #expect(metadata.canonicalURL == "https://example.org/a")
    }

    @Test func metadataFallsBackToOpenGraphAndMeta() async {
        let html = """
            <head><title>Onglet</title><meta property="og:site_name" content="Le Site">
            <meta name="author" content="Camille Martin"><meta name="date" content="2025-12-24">
            <meta property="article:author" content="https://example.org/auteurs/x"></head><p>x</p>
            """
        let metadata = HTMLText.extract(html: Array(html.utf8)).metadata
        #expect(metadata.title == "Onglet")
        #expect(metadata.author == "Camille Martin")
        #expect(metadata.publisher == "Le Site")
        #expect(metadata.published == "2025-12-24")
    }

    @Test func commentsAndNestedFurnitureDoNotLeak() async {
        let html = """
            <body><!-- <p>hidden</p> --><header><nav><ul><li>Menu</li></ul></nav><p>Logo</p></header>
            <p>Kept <b>bold</b> <a href="/x?a=1&amp;b=2">link</a>.<br>Next line</p><aside>Pub</aside></body>
            """
        #expect(HTMLText.extract(html: Array(html.utf8)).text == "Kept bold link.\nNext line")
    }

    @Test func plainTextAndMarkdownPassThrough() async throws {
        let markdown = "# Titre\r\n\r\nUn *paragraphe* avec <b>balises</b>.\r\n"
        let page = try #require(
            HTMLText.pageText(body: Array(markdown.utf8), contentType: "text/markdown", charset: nil)
        )
        #expect(page.text == "# Titre\n\nUn *paragraphe* avec <b>balises</b>.\n")
        #expect(HTMLText.pageText(body: [0x25, 0x50, 0x44, 0x46], contentType: "application/pdf", charset: nil) == nil)
    }
}

@Suite("TextCharset")
struct TextCharsetTests {
    @Test func anUnknownDeclaredCharsetFallsBackToSniffing() async {
        // Given a header naming a charset ClaimDesk does not know, over UTF-8 and over Latin-1 bytes
        let utf8 = TextCharset.decode(Array("Café".utf8), headerCharset: "x-klingon", sniffHTML: false)
        let latin1 = TextCharset.decode([0x43, 0x61, 0x66, 0xE9], headerCharset: "x-klingon", sniffHTML: false)
        // Then valid UTF-8 is read as UTF-8 and anything else as windows-1252, never failing
        #expect(utf8.text == "Café" && utf8.charset == "utf-8")
        #expect(latin1.text == "Café" && latin1.charset == "windows-1252")
    }

    @Test func invalidUTF8UnderAUTF8HeaderBecomesReplacementCharacters() async {
        let decoded = TextCharset.decode([0x61, 0xFF, 0x62], headerCharset: "utf-8", sniffHTML: false)
        #expect(decoded.text == "a\u{FFFD}b")
    }
}
