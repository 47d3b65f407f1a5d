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

    @Test(arguments: ["file:///etc/passwd", "mailto:a@b.c", "example.com/path", "https://", "http://a b.com", "  "])
    func refuses(raw: String) async {
        #expect(throws: StoreError.self) { try URLNormalizer.normalize(raw) }
    }
}
