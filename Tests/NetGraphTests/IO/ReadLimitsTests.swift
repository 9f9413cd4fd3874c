import Testing
@testable import NetGraph

/// Every reader names the limit an input runs into, and no library message names a
/// command-line flag (the command line adds how to raise the limit).
@Suite struct ReadLimitsTests {
    private func diagnostic(_ body: () throws(GraphInputError) -> Void) -> Diagnostic? {
        do { try body(); return nil } catch { return error.diagnostics.first }
    }

    @Test func eachReaderNamesTheLimitItHit() throws {
        let tight = ReadLimits(maxFileBytes: 1_000, maxNestingDepth: 3, maxTextLength: 5)
        let cases: [(ReadLimits.Limit, () throws(GraphInputError) -> Void)] = [
            (.fileSize, { () throws(GraphInputError) in try tight.checkSize(of: Array(repeating: 0x20, count: 1_001), file: "f") }),
            (.nestingDepth, { () throws(GraphInputError) in _ = try NativeGraphReader(limits: tight).read(Array("a: [[[[[1]]]]]\n".utf8), file: "f.yaml") }),
            (.textLength, { () throws(GraphInputError) in _ = try NativeGraphReader(limits: tight).read(Array("graph: {name: abcdefgh}\nentities: []\nrelations: []\n".utf8), file: "f.yaml") }),
            (.textLength, { () throws(GraphInputError) in _ = try EdgeListReader(limits: tight).read(Array("abcdefgh b\n".utf8), file: "f.edges") }),
            (.textLength, { () throws(GraphInputError) in _ = try GraphMLReader(limits: tight).read(Array("<graphml><graph edgedefault=\"directed\"><node id=\"abcdefghij\"/></graph></graphml>".utf8), file: "f.graphml") }),
        ]
        for (limit, read) in cases {
            // The first diagnostic in file order is the one the limit caused.
            let found = try #require(diagnostic(read), "\(limit)")
            #expect(found.limit == limit, "\(found)")
            #expect(!found.message.contains("--"), "\(found.message)")
        }
    }
}
