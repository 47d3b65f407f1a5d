import ClaimDeskModel
import ClaimDeskService
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ClaimDeskWeb

/// Ingesting an uploaded file from the documents page (multipart/form-data), with the CLI's checks.
@Suite struct UploadRouteTests {
    static let boundary = "----claimdeskTestBoundary7MA4YWxk"

    /// A multipart body: text fields, then a file part.
    static func body(_ fields: [(String, String)], file: (name: String, bytes: [UInt8])?) -> ByteBuffer {
        var bytes: [UInt8] = []
        for (name, value) in fields {
            bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            bytes += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: text/plain\r\n\r\n"
                    .utf8
            )
            bytes += file.bytes + Array("\r\n".utf8)
        }
        bytes += Array("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: bytes)
    }

    static func upload(
        _ session: Session,
        _ fields: [(String, String)],
        file: (name: String, bytes: [UInt8])?
    ) async throws -> TestResponse {
        try await session.client.execute(
            uri: "/documents",
            method: .post,
            headers: [.cookie: session.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
            body: body(fields, file: file)
        )
    }

    @Test func anUploadedFileIsIngestedUnderItsNameAndBadFilesAreRefusedAsByTheCLI() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.withSession { session in
            let form = try await session.get("/documents")
            #expect(form.text.contains("enctype=\"multipart/form-data\""))
            #expect(form.text.contains("type=\"file\""))
            // When a UTF-8 file is uploaded (its name with a path and a quote, as some browsers send it)
            let text = "Les prix ont augmenté de 7 % en 2025 😀, a déclaré l’institut.\n"
            let added = try await Self.upload(
                session,
                [("csrf", session.csrf), ("title", "Upload <b>test</b>")],
                file: ("C:\\\\reports\\\\prix \\\"2025\\\".txt", Array(text.utf8))
            )
            // Then it becomes a document under the file's own name
            #expect(added.status == .seeOther)
            let location = try #require(added.headers[.location])
            #expect(try await session.get(location).text.contains("augmenté de 7 %"))
            // And a binary file, an upload without the CSRF token and an empty form are refused
            let binary = try await Self.upload(
                session,
                [("csrf", session.csrf)],
                file: ("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
            )
            #expect(binary.status == .badRequest)
            let forged = try await Self.upload(session, [("csrf", "forged")], file: ("a.txt", Array(text.utf8)))
            #expect(forged.status == .forbidden)
            let nothing = try await Self.upload(session, [("csrf", session.csrf)], file: ("", []))
            #expect(nothing.status == .badRequest)
            #expect(nothing.text.contains("Nothing to ingest"))
        }
        let origins = try await fixture.service.documents().map(\.document.origin)
        #expect(origins == ["hostile.txt", "prix \"2025\".txt"])
    }

    @Test func multipartBodiesAreParsedOrRefused() throws {
        let body = Self.body([("csrf", "t"), ("note", "a\r\nb é")], file: ("x.txt", [1, 2, 13, 10, 3]))
        let form = try MultipartForm(Array(body.readableBytesView), boundary: Self.boundary)
        #expect(form.fields.map(\.0) == ["csrf", "note"])
        #expect(form.fields.last?.1 == "a\r\nb é")
        #expect(form.files["file"] == MultipartForm.File(filename: "x.txt", bytes: [1, 2, 13, 10, 3]))
        #expect(MultipartForm.boundary(inContentType: "multipart/form-data; boundary=\"abc\"") == "abc")
        #expect(MultipartForm.boundary(inContentType: "application/x-www-form-urlencoded") == nil)
        #expect(throws: WebError.self) { try MultipartForm(Array("--abc\r\nno end".utf8), boundary: "abc") }
        #expect(throws: WebError.self) { try MultipartForm(Array("nothing".utf8), boundary: "abc") }
        let nul = Self.body([("note", "a\u{0}b")], file: nil)
        #expect(throws: WebError.self) { try MultipartForm(Array(nul.readableBytesView), boundary: Self.boundary) }
    }
}
