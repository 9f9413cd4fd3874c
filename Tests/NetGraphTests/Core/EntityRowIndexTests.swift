import Testing
@testable import NetGraph

/// The entity row index, with its flat arrays for integer and prefixed integer ids, answers as
/// a dictionary of the first row of each id would, asked by an id's string or its bytes.
@Suite struct EntityRowIndexTests {
    /// Ids of every shape the flat arrays must tell apart: integers, leading zeros, signs,
    /// ten digits, values past the arrays' bound, prefixed integers, and text.
    static func randomID(_ generator: inout some RandomNumberGenerator) -> String {
        switch Int.random(in: 0..<8, using: &generator) {
        case 0, 1, 2: return String(Int.random(in: 0..<300, using: &generator))
        case 3: return "0" + String(Int.random(in: 0..<50, using: &generator))
        case 4: return String(Int.random(in: 0...999_999_999, using: &generator))
        case 5: return ["+1", "-1", "1.0", "1e3", "0x1", "١", "1234567890", " 1"].randomElement(using: &generator)!
        case 6:
            // Prefixed integers as igraph writes node ids, and their near misses: another
            // prefix, a leading zero, a value past the bound, no digits, a sign.
            switch Int.random(in: 0..<8, using: &generator) {
            case 0, 1, 2: return "n" + String(Int.random(in: 0..<300, using: &generator))
            case 3: return "m" + String(Int.random(in: 0..<40, using: &generator))
            case 4: return "n0" + String(Int.random(in: 0..<9, using: &generator))
            case 5: return "n" + String(Int.random(in: 0...999_999_999, using: &generator))
            case 6: return "node-" + String(Int.random(in: 0..<300, using: &generator))
            default: return ["n", "nn3", "n-1", "n+1", "n 1", "n1a", "longprefix1"].randomElement(using: &generator)!
            }
        default: return String(Int.random(in: 5_000..<20_000, using: &generator))
        }
    }

    @Test func answersAsADictionaryOfFirstRows() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var index = EntityRowIndex()
            var reference: [String: Int32] = [:]
            let ids = (0..<Int.random(in: 0..<600)).map { _ in Self.randomID(&generator) }
            for (row, id) in ids.enumerated() {
                let added = index.insert(id, row: Int32(row))
                #expect(added == (reference[id] == nil), "\(id)")
                if reference[id] == nil { reference[id] = Int32(row) }
            }
            #expect(index.count == reference.count)
            for id in ids + (0..<100).map({ _ in Self.randomID(&generator) }) {
                #expect(index.row(of: id) == reference[id], "\(id)")
                // Found by its bytes as by its string, from a slice that does not start at 0.
                let bytes = Array(("#" + id).utf8)
                #expect(index.row(ofUTF8: bytes[1...]) == reference[id], "\(id)")
            }
            let whole = EntityRowIndex(ids: ids)
            for id in ids { #expect(whole.row(of: id) == reference[id]) }
        }
    }

    /// An integer id too large for the array when it came is kept in the dictionary, and is
    /// still found, and still refused as a repeat, once the array has grown past it.
    @Test func anIntegerIDKeptInTheDictionaryStaysFound() {
        var index = EntityRowIndex()
        let first = index.insert("2000", row: 0)
        #expect(first)
        for row in 1...1_000 { index.insert("n\(row)", row: Int32(row)) }
        for value in 0..<2_100 where value != 2000 { index.insert(String(value), row: Int32(1_000 + value + 1)) }
        #expect(index.row(of: "2000") == 0)
        #expect(index.row(ofUTF8: Array("2000".utf8)[...]) == 0)
        let repeated = index.insert("2000", row: 99)
        #expect(!repeated)
        #expect(index.row(of: "2001") == 3_002)
        #expect(index.row(of: "02000") == nil)
    }

    @Test func integerValuesAreReadOnlyFromPlainDigits() {
        #expect(EntityRowIndex.integerValue(of: "0") == 0)
        #expect(EntityRowIndex.integerValue(of: "907") == 907)
        #expect(EntityRowIndex.integerValue(of: "999999999") == 999_999_999)
        for id in ["", "07", "00", "+7", "-7", "7a", "1234567890", "٧", "7 "] {
            #expect(EntityRowIndex.integerValue(of: id) == nil, "\(id)")
        }
    }
}
