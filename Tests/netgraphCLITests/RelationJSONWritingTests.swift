import Foundation
import Testing
@testable import netgraph
@testable import NetGraph

/// The relation written straight into JSON text against the relation as a JSON value: one
/// shape, two ways of writing it.
@Suite struct RelationJSONWritingTests {
    static func graphs() throws -> [Graph] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try ["graphs/mexico-security.yaml", "Tests/NetGraphTests/Fixtures/graphs/tricky.yaml",
                    "Tests/NetGraphTests/Fixtures/graphs/starter.yaml"]
            .map { try GraphFile.read(path: root.appendingPathComponent($0).path) }
    }

    @Test func writtenRelationsEqualTheirJSONValues() throws {
        for graph in try Self.graphs() {
            for relation in 0..<graph.relationCount {
                let record = graph.record(ofRelation: relation)
                for end in [nil, record.from, record.to] {
                    for keepEnds in [false, true] {
                        var json = JSONTextWriter()
                        RelationOutput.write(record, in: graph, seenFrom: end, keepEnds: keepEnds, to: &json)
                        let expected = RelationOutput.json(record, in: graph, seenFrom: end, keepEnds: keepEnds).serialized()
                        #expect(String(decoding: json.bytes, as: UTF8.self) == expected, "\(graph.name) relation \(relation)")
                    }
                }
            }
        }
    }
}
