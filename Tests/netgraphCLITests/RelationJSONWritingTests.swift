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
            // Relations with nothing but their ends, and some with a weight.
            + [try EdgeListReader().read(Array("a b\nb c 2.5\nc a\nc d\n".utf8), file: "weighted.edges"),
               try EdgeListReader().read(Array("a b\nb c\nc a\nc d\n".utf8), file: "bare.edges")]
    }

    /// The graphs, and a view of each without its first relation type and without its
    /// entities of one kind, where a relation's id (its place in the file) is not its index.
    static func graphsAndViews() throws -> [Graph] {
        try graphs().flatMap { graph -> [Graph] in
            guard let type = graph.relationTypeTable.first, let kind = graph.kindTable.last else { return [graph] }
            let view = graph.filtered(kinds: Set(graph.kindTable).subtracting([kind]), excludingRelationTypes: [type])
            return [graph, view]
        }
    }

    @Test func writtenRelationsEqualTheirJSONValues() throws {
        for graph in try Self.graphsAndViews() {
            let texts = RelationOutput.JSONTexts(graph)
            for relation in 0..<graph.relationCount {
                let record = graph.record(ofRelation: relation)
                for end in [nil, record.from, record.to] {
                    for keepEnds in [false, true] {
                        var json = JSONTextWriter()
                        RelationOutput.write(relation: relation, in: graph, seenFrom: end, keepEnds: keepEnds, texts: texts, to: &json)
                        let expected = RelationOutput.json(record, in: graph, seenFrom: end, keepEnds: keepEnds).serialized()
                        #expect(String(decoding: json.bytes, as: UTF8.self) == expected, "\(graph.name) relation \(relation)")
                    }
                }
            }
        }
    }
}
