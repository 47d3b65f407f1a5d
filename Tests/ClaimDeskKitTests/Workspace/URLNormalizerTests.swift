import Testing

@testable import ClaimDeskModel
@testable import ClaimDeskText
@testable import ClaimDeskExtraction
@testable import ClaimDeskStore
@testable import ClaimDeskFetch
@testable import ClaimDeskReport
@testable import ClaimDeskService

@Suite struct URLNormalizerTests {
    @Test(arguments: [
        ("https://Example.com", "https://example.com/"),
        ("http://example.com:80/a#b", "http://example.com/a"),
        ("https://example.com/a?utm_medium=x&b=1&gclid=2", "https://example.com/a?b=1"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
    ])
    func normalises(raw: String, expected: String) throws {
        #expect(try URLNormalizer.normalize(raw) == expected)
    }

    /// Found by Fuzz/FuzzURL: an empty query item left a bare `?` that the next normalisation dropped.
    @Test(arguments: [
        "https://ex?&gclid=2", "https://example.com/a?&b=1&", "https://example.com/?", "https://example.com/?=x",
        "https://example.com/a?b&&c", "HTTP://Example.COM:80/a/../b?utm_source=x&b=2&a=1#frag",
    ])
    func theNormalFormIsStable(raw: String) throws {
        let once = try URLNormalizer.normalize(raw)
        #expect(try URLNormalizer.normalize(once) == once)
        #expect(!once.hasSuffix("?") && !once.contains("?&") && !once.hasSuffix("&"))
    }

    @Test(arguments: ["file:///etc/passwd", "mailto:a@b.c", "example.com/path", "https://", "http://a b.com", "  "])
    func refuses(raw: String) async {
        #expect(throws: StoreError.self) { try URLNormalizer.normalize(raw) }
    }
}
