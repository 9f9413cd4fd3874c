import NetGraph
@testable import netgraph
import Testing

/// A long JSON list written a block per thread gives the bytes the same list gives as one
/// value, whatever the number of lanes and the size of the blocks.
@Suite struct ParallelJSONListTests {
    /// Item `index` as a value: an object of uneven length, with an escaped string and a
    /// nested list, so a misplaced comma or a block out of order changes the text.
    private static func value(_ index: Int) -> JSONValue {
        .object([("i", .int(index)), ("name", .string("n\(index)\"" + String(repeating: "é", count: index % 7))),
                 ("list", .array((0..<(index % 3)).map { .int(index * $0) })), ("empty", .object([]))])
    }

    /// `{"head":1,"items":[…]}` as the output layer writes it, collected from what is emitted.
    private static func written(count: Int, lanes: Int, itemsPerBlock: Int) -> [UInt8] {
        var json = JSONTextWriter()
        json.beginObject()
        json.key("head"); json.int(1)
        json.key("items")
        json.beginArray()
        var out: [UInt8] = []
        ParallelJSONList.write(count: count, lanes: lanes, itemsPerBlock: itemsPerBlock, into: &json,
                               item: { index, json in json.value(value(index)) },
                               emit: { out.append(contentsOf: $0) })
        json.endArray()
        json.endObject()
        json.withBytes { out.append(contentsOf: $0) }
        return out
    }

    @Test(arguments: [0, 1, 2, 5, 64, 1000])
    func everyCutGivesTheValuesText(count: Int) {
        let expected = JSONValue.object([("head", .int(1)), ("items", .array((0..<count).map(Self.value)))]).serialized()
        for lanes in [1, 2, 3, 8] {
            for itemsPerBlock in [1, 3, 7, 1024] {
                let text = String(decoding: Self.written(count: count, lanes: lanes, itemsPerBlock: itemsPerBlock), as: UTF8.self)
                #expect(text == expected, "\(count) items, \(lanes) lanes, \(itemsPerBlock) per block")
            }
        }
    }

    /// The calling thread's writer is handed on before the first block, so the head comes first.
    @Test func theHeadIsEmittedBeforeTheItems() {
        var json = JSONTextWriter()
        json.beginArray()
        var parts: [String] = []
        ParallelJSONList.write(count: 4, lanes: 2, itemsPerBlock: 1, into: &json, item: { index, json in json.int(index) },
                               emit: { parts.append(String(decoding: $0, as: UTF8.self)) })
        #expect(parts == ["[", "0", ",1", ",2", ",3"])
        #expect(json.count == 0)
    }
}
