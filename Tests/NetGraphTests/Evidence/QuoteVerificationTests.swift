import Foundation
import Testing
@testable import NetGraph

/// Quotes against their documents: verbatim up to whitespace and quotation-mark style, and
/// every document problem named without stalling or reaching outside the folder.
@Suite struct QuoteVerificationTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-quotes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    static func graph(quotes: [String], sourceFiles: [String?]) throws -> Graph {
        var yaml = "sources:\n"
        for (index, file) in sourceFiles.enumerated() {
            yaml += "  - {id: s\(index)" + (file.map { ", file: \"\($0)\"" } ?? "") + "}\n"
        }
        yaml += "entities:\n  - {id: a, kind: person}\n  - {id: b, kind: person}\nrelations:\n"
        for (index, quote) in quotes.enumerated() {
            let escaped = quote.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
            yaml += "  - {from: a, to: b, type: supports, source: s\(index % sourceFiles.count), quote: \"\(escaped)\"}\n"
        }
        return try NativeGraphReader().read(Array(yaml.utf8), file: "q.yaml")
    }

    @Test func whitespaceAndQuotationMarksAreForgivenNothingElse() throws {
        let documents = try Self.folder(["d.txt": "He said: “the  plaza\nis ours,” and left. Café."])
        let forgiven = ["the plaza is ours", "said: \"the plaza is ours,\" and", "Cafe\u{301}."]
        let graph = try Self.graph(quotes: forgiven + ["the plaza is theirs", "said: the plaza", "plaza is ours…"], sourceFiles: ["d.txt"])
        let check = QuoteVerification(graph: graph, documents: documents)
        #expect(check.found == 3)
        #expect(check.problems.map(\.relation) == [3, 4, 5])
        #expect(check.checked == 6 && check.unchecked == 0 && check.unreadable == 0)
    }

    @Test func documentProblemsAreNamedAndTheirQuotesNotChecked() throws {
        let documents = try Self.folder(["d.txt": "text"])
        try FileManager.default.createDirectory(at: documents.appendingPathComponent("sub"), withIntermediateDirectories: true)
        #expect(mkfifo(documents.appendingPathComponent("pipe").path, 0o600) == 0)
        let graph = try Self.graph(quotes: ["text", "a", "b", "c", "d", "e"],
                                   sourceFiles: ["d.txt", "missing.txt", "../d.txt", "pipe", "sub", nil])
        let check = QuoteVerification(graph: graph, documents: documents)
        #expect(check.found == 1 && check.unchecked == 1 && check.unreadable == 4)
        #expect(check.problems.map(\.source) == ["s1", "s2", "s3", "s4"])
        #expect(check.problems.allSatisfy { $0.relation == nil })
        #expect(check.problems[0].message.contains("is not in the documents folder"))
        #expect(check.problems[1].message.contains("not a file name inside the documents folder"))
        #expect(check.problems[2].message.contains("not a regular file") && check.problems[3].message.contains("not a regular file"))
    }

    @Test func theReaderRecordsWhereEachQuoteStands() throws {
        let graph = try Self.graph(quotes: ["one", "two"], sourceFiles: ["d.txt"])
        #expect(graph.quoteLocation(ofRelation: 0).map { [$0.line, $0.column] } == [7, 57])
        #expect(graph.quoteLocation(ofRelation: 1).map { [$0.line, $0.column] } == [8, 57])
        let view = graph.view(keepingNodes: { _ in true }, relations: { $0 == 1 })
        #expect(view.quoteLocation(ofRelation: 0).map { [$0.line, $0.column] } == [8, 57])
    }
}
