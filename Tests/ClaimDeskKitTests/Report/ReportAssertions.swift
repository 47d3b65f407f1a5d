import Foundation
import Testing

/// Shared assertions and helpers of the report tests.
enum ReportAssertions {
    /// Compares `actual` with the golden file `Snapshots/<name>` next to this file; re-records it instead when
    /// `CLAIMDESK_RECORD=1` is set.
    static func assertSnapshot(
        _ actual: String,
        named name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CLAIMDESK_RECORD"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try #require(
            try? String(contentsOf: url, encoding: .utf8),
            "missing snapshot \(name): run with CLAIMDESK_RECORD=1",
            sourceLocation: sourceLocation
        )
        #expect(actual == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
    }

    /// Renders Markdown to HTML with the reference GFM parser, raw HTML allowed (`--unsafe`) so that any HTML the
    /// escaping let through shows up in the output.
    static func renderGFM(_ markdown: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-\(UUID().uuidString).md")
        try Data(markdown.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
        process.arguments = ["--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// The start tags of an HTML text, in order (`a`, `table`, `td`, …).
    static func startTags(_ html: String) -> [String] {
        var tags: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "!" }
            if !name.isEmpty { tags.append(name.lowercased()) }
        }
        return tags
    }

    /// The `href` values of an HTML text, in order.
    static func hrefs(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
