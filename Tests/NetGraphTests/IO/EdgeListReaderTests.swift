import Foundation
import Testing
@testable import NetGraph

@Suite struct EdgeListReaderTests {
    func read(_ text: String) throws(GraphInputError) -> Graph {
        try EdgeListReader().read(Array(text.utf8), file: "g.edges")
    }

    func messages(_ text: String) -> [String] {
        do { _ = try read(text); return [] } catch { return error.diagnostics.map(\.description) }
    }

    @Test func readsTheFixtureFile() throws {
        let path = TestSupport.fixtures.appendingPathComponent("formats/small.edges").path
        let graph = try GraphFile.read(path: path)
        #expect(graph.entities.map(\.id) == ["El-Mencho", "CJNG", "Harfuch", "Sheinbaum", "Jalisco"])
        #expect(graph.entities.allSatisfy { $0.kind == .node && $0.name == $0.id })
        #expect(graph.relations.map(\.weight) == [1, 2.5, 1, nil, 0.5])
        #expect(graph.relations.allSatisfy { $0.type == .edge })
        #expect(graph.schema == .untyped(directed: true))
        #expect(graph.name == "small")
        let weighted = try graph.analysisGraph(weight: "weight")
        #expect(try Dijkstra.distances(from: 0, in: weighted)[3] == 4.5)
    }

    @Test func keepsIDsAsWrittenAndSkipsCommentsAndBlankLines() throws {
        let graph = try read("\u{FEFF}# header\n\n  a\tB  \r\nB  ç 3e-1 # note\n#a b\n")
        #expect(graph.entities.map(\.id) == ["a", "B", "ç"])
        #expect(graph.relations.map(\.weight) == [nil, 0.3])
    }

    @Test func reportsEveryProblemWithLineAndColumn() {
        let problems = messages("a b\nlonely\nc d x1\ne f inf\ng h 1 extra\nñ ñ nan\n")
        #expect(problems == [
            "g.edges:2:7: error: missing target: a line holds SOURCE TARGET [WEIGHT]",
            "g.edges:3:5: error: weight 'x1' is not a number",
            "g.edges:4:5: error: weight 'inf' is not a finite number",
            "g.edges:5:7: error: extra column: a line holds SOURCE TARGET [WEIGHT]",
            "g.edges:6:5: error: weight 'nan' is not a finite number",
        ])
    }

    @Test func refusesBinaryInput() {
        #expect(messages("a b\n\u{0}c d\n").first?.contains("NUL") == true)
    }

    @Test func extensionsSelectTheReader() {
        #expect(GraphFormat(path: "x.edges") == .edgeList)
        #expect(GraphFormat(path: "x.EL") == .edgeList)
        #expect(GraphFormat(path: "x.txt") == .edgeList)
        #expect(GraphFormat(path: "x.graphml") == .graphml)
        #expect(GraphFormat(path: "x.yml") == .yaml)
        #expect(GraphFormat(path: "x.csv") == nil)
    }
}
