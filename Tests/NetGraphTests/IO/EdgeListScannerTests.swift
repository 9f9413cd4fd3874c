import Testing
@testable import NetGraph

@Suite struct EdgeListScannerTests {
    private func scan(_ text: String) throws -> EdgeListScan {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in try EdgeListScanner.scan(buffer, file: "t.edges") }
    }

    /// Found by the fuzzer: a nine-digit id once sized the flat id table by its value
    /// (0.9 GB for one line). Ids past the table's bound go through the dictionary and must
    /// still be numbered once, whichever path they take.
    @Test func largeNumericIdsKeepOneNumberEach() throws {
        let result = try scan("5 999999999\n999999999 5\na@b 222222222 2\n")
        #expect(result.nodeIDs == ["5", "999999999", "a@b", "222222222"])
        #expect(result.sources == [0, 1, 2])
        #expect(result.targets == [1, 0, 3])
        #expect(result.weights == [1, 1, 2])
    }

    @Test func errorsCarryLineAndColumn() throws {
        #expect(throws: GraphInputError.self) { try scan("a b\nc\n") }
        let error = #expect(throws: GraphInputError.self) { try scan("a b\nc d x\n") }
        #expect(error?.diagnostics.first?.location?.description == "t.edges:2:5")
    }
}
