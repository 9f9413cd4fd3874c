import Foundation
import Testing
@testable import NetGraph

@Suite struct EdgeListScannerTests {
    private func scan(_ text: String, numbering: EdgeListScan.Numbering = .firstAppearance) throws -> EdgeListScan {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            try EdgeListScanner.scan(buffer, file: "t.edges", numbering: numbering)
        }
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
        let many = #expect(throws: GraphInputError.self) { try scan("1 2\n3 4 5 6\n") }
        #expect(many?.diagnostics.first?.location?.description == "t.edges:2:7")
    }

    @Test func integerIDsAreNodeIndices() throws {
        let result = try scan("3 1\n# a comment\n1\t007 2.5\n", numbering: .integerIDs)
        #expect(result.nodeCount == 8)
        #expect(result.nodeIDs == (0..<8).map { String($0) })
        #expect(result.sources == [3, 1])
        #expect(result.targets == [1, 7])
        #expect(result.weights == [1, 2.5])
    }

    @Test func integerIDsRefuseOtherIdsWithTheirPlace() throws {
        let textual = #expect(throws: GraphInputError.self) { try scan("1 2\n3 x\n", numbering: .integerIDs) }
        #expect(textual?.diagnostics.first?.location?.description == "t.edges:2:3")
        let negative = #expect(throws: GraphInputError.self) { try scan("-1 2\n", numbering: .integerIDs) }
        #expect(negative?.diagnostics.first?.location?.description == "t.edges:1:1")
        // A node count far beyond the file's size would allocate gigabytes for nothing.
        let huge = #expect(throws: GraphInputError.self) { try scan("0 1\n5 999999999\n", numbering: .integerIDs) }
        #expect(huge?.diagnostics.first?.location?.description == "t.edges:2:3")
    }

    /// The scanner reads common lines on a fast path and everything else field by field;
    /// both must give what a plain split of each line gives, in both numberings.
    @Test(arguments: [EdgeListScan.Numbering.firstAppearance, .integerIDs])
    func fastAndGeneralLinesAgreeWithAPlainSplit(numbering: EdgeListScan.Numbering) throws {
        let ids = numbering == .integerIDs ? ["0", "7", "12", "007", "40", "3"] : ["0", "7", "12", "007", "x", "a-b", "40"]
        let weights = ["", " 3", "\t15", " 2.5", " 1e2", " 0"]
        let separators = [" ", "\t", "  ", " \t"]
        let endings = ["\n", "\r\n", " \n", " # note\n", "\t\n"]
        for seed in 1...20 as ClosedRange<UInt64> {
            var rng = TestRNG(state: seed)
            var text = ""
            var expected: [(String, String, Double?)] = []
            for _ in 0..<60 {
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: text += "# comment line\n"
                case 1: text += "\n"
                default:
                    let u = ids.randomElement(using: &rng)!
                    let v = ids.randomElement(using: &rng)!
                    let w = weights.randomElement(using: &rng)!
                    let lead = Bool.random(using: &rng) ? "" : " "
                    text += lead + u + separators.randomElement(using: &rng)! + v + w + endings.randomElement(using: &rng)!
                    expected.append((u, v, w.isEmpty ? nil : Double(w.trimmingCharacters(in: [" ", "\t"]))!))
                }
            }
            let result = try scan(text, numbering: numbering)
            #expect(result.sources.count == expected.count)
            let anyWeight = expected.contains { $0.2 != nil }
            for (k, (u, v, w)) in expected.enumerated() {
                let names = result.nodeIDs
                if numbering == .integerIDs {
                    #expect(Int(result.sources[k]) == Int(u)! && Int(result.targets[k]) == Int(v)!, "seed \(seed) line \(k)")
                } else {
                    #expect(names[Int(result.sources[k])] == u && names[Int(result.targets[k])] == v, "seed \(seed) line \(k)")
                }
                #expect(anyWeight ? result.weights[k] == (w ?? 1) : result.weights.isEmpty)
            }
            if numbering == .firstAppearance {
                var order: [String] = []
                for (u, v, _) in expected { for id in [u, v] where !order.contains(id) { order.append(id) } }
                #expect(result.nodeIDs == order)
            } else {
                #expect(result.nodeCount == (expected.flatMap { [Int($0.0)!, Int($0.1)!] }.max() ?? -1) + 1)
            }
        }
    }

    /// Numbers of one to twelve digits, read eight bytes at a time where eight bytes remain
    /// and byte by byte near the end: each must read as its digits say, whatever follows it
    /// (a blank, a carriage return, the end of the file, or a byte just outside `0`–`9`,
    /// which makes the id text), and weights of up to fifteen digits as their value.
    @Test func numbersOfEveryLengthReadAsWritten() throws {
        var rng = TestRNG(state: 11)
        func digits(_ count: Int) -> String {
            String((0..<count).map { k in Character(String(k == 0 ? Int.random(in: 1...9, using: &rng) : Int.random(in: 0...9, using: &rng))) })
        }
        for length in 1...12 {
            for tail in ["\n", "\r\n", " \n", "\t", ""] {
                let u = digits(length), v = digits(13 - length), w = digits(min(15, length + 3))
                let text = "\(u) \(v) \(w)" + (tail == "\t" ? "\t\n" : tail)
                let result = try scan(text)
                #expect(result.nodeIDs == [u, v], "\(text.debugDescription)")
                #expect(result.weights == [Double(w)!], "\(text.debugDescription)")
                // Ids as indices may have leading zeros, up to nine digits.
                if length <= 9 {
                    let padded = String(repeating: "0", count: max(0, length - 3)) + String(Int(u)! % 1_000)
                    let indexed = try scan("\(padded) 7" + tail, numbering: .integerIDs)
                    #expect(indexed.sources == [Int32(Int(padded)!)] && indexed.targets == [7], "\(padded)")
                }
            }
            // A byte next to the digits' range ends no id: the field is one textual id.
            for neighbour in ["/", ":", "x", "é"] {
                let u = digits(length) + neighbour
                let result = try scan("\(u) 5\n")
                #expect(result.nodeIDs == [u, "5"])
                // As an index, such a field is refused; leading zeros keep its misread value
                // (1:, read as 1 × 10 + 10) inside the bound, where it would be taken.
                if length <= 9 {
                    let small = String(repeating: "0", count: length - 1) + "1" + neighbour
                    #expect(throws: GraphInputError.self, "\(small)") { try scan("\(small) 5\n", numbering: .integerIDs) }
                }
            }
        }
    }
}
