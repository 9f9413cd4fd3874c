import Foundation
import Testing

/// `validate --sources DIR` through the binary: the bundled graph's quotes all stand in the
/// seed documents, and a quote changed by one word is reported where it is written.
@Suite struct QuoteCheckCommandTests {
    static let seeds = CLIRunner.repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let bundled = CLIRunner.repository.appendingPathComponent("graphs/mexico-security.yaml")

    @Test func everyQuoteOfTheBundledGraphIsInItsDocument() throws {
        try #require(FileManager.default.fileExists(atPath: Self.seeds.path), "expected the seed documents at \(Self.seeds.path)")
        let result = try CLIRunner.run(["validate", Self.bundled.path, "--sources", Self.seeds.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let quotes = try #require(try result.json()["quotes"] as? [String: Any])
        #expect(quotes["found"] as? Int == 425 && quotes["checked"] as? Int == 425)
        #expect((quotes["problems"] as? [Any])?.isEmpty == true)
    }

    @Test func aChangedWordIsAnErrorAtTheQuote() throws {
        try #require(FileManager.default.fileExists(atPath: Self.seeds.path))
        let text = try String(contentsOf: Self.bundled, encoding: .utf8)
        let original = "a leafy neighborhood of Mexico City awoke"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains(original) }) + 1
        let column = try #require(lines[line - 1].range(of: "quote: \"")).upperBound.utf16Offset(in: lines[line - 1])
        var changed = text
        changed.replaceSubrange(try #require(changed.range(of: original)), with: "a leafy district of Mexico City awoke")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-quote-\(UUID().uuidString).yaml")
        try Data(changed.utf8).write(to: file)
        let result = try CLIRunner.run(["validate", file.path, "--sources", Self.seeds.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):\(line):\(column): error: quote not found in '000_b2dc2010ad7a055e.txt'"), "\(result.stderr)")
        #expect(result.stdout.contains("quotes: 424 of 425 found in their documents"))
        #expect(try CLIRunner.run(["validate", file.path, "--sources", "/nonexistent-folder"]).status == 2)
    }
}
