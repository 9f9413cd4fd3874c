import Testing
@testable import NetGraph

/// The id index answers the same whether it scans (the first lookups) or has built its table.
@Suite struct IDIndexTests {
    @Test func scansAndTableAgreeOnEveryLookup() {
        let ids = ["b", "a", "c", "a", "é", ""]
        let index = IDIndex(ids: ids)
        let queries = ["a", "b", "c", "é", "", "missing", "A"]
        let expected: [Int?] = [1, 0, 2, 4, 5, nil, nil]
        // Enough rounds that the later ones are answered by the table.
        for _ in 0..<(IDIndex.scansBeforeTable + 2) {
            #expect(queries.map { index.row(of: $0) } == expected)
        }
    }

    @Test func graphLookupsAnswerTheSameBeforeAndAfterTheTable() throws {
        let graph = try EdgeListReader().read(Array("x y\ny z\nz x\n".utf8), file: "g.edges")
        for _ in 0..<(IDIndex.scansBeforeTable + 2) {
            #expect(["x", "y", "z", "w"].map { graph.index(of: $0) } == [0, 1, 2, nil])
        }
    }
}
