import Foundation
import Testing
@testable import NetGraph

/// NATO/Admiralty grades: parsing, the minimum rule, the weakest of a chain, and the readers'
/// checks and round trips.
@Suite struct GradeTests {
    static let graded = """
        sources:
          - {id: wire, reliability: B}
          - {id: blog, reliability: E}
          - {id: plain}
        entities:
          - {id: a, kind: person}
          - {id: b, kind: person}
          - {id: c, kind: person}
        relations:
          - {from: a, to: b, type: supports, source: wire, attributes: {credibility: 2}}
          - {from: b, to: c, type: supports, source: blog, attributes: {credibility: 1}}
          - {from: a, to: c, type: supports, source: plain}
          - {from: c, to: a, type: supports, source: wire}

        """

    @Test func gradesParseCompareAndCombine() {
        #expect(Grade("B3") == Grade(reliability: .b, credibility: 3))
        #expect(Grade("b3")?.description == "B3")
        #expect(Grade("G3") == nil && Grade("B7") == nil && Grade("B") == nil && Grade("B33") == nil)
        let minimum = Grade("B3")!
        #expect(Grade("A1")!.meets(minimum) && Grade("B3")!.meets(minimum))
        #expect(!Grade("C1")!.meets(minimum) && !Grade("A4")!.meets(minimum))
        #expect(!Grade(reliability: .a, credibility: nil).meets(minimum))
        #expect(Grade(reliability: .a, credibility: nil).meets(Grade("F6")!))
        #expect(Grade.weakest([Grade("A3")!, Grade("C1")!]).description == "C3")
        #expect(Grade.weakest([Grade("A3")!, Grade(reliability: .b, credibility: nil)]).description == "B?")
    }

    @Test func theGraphGradesEachRelationAndFiltersOnAMinimum() throws {
        let graph = try NativeGraphReader().read(Array(Self.graded.utf8), file: "g.yaml")
        #expect((0..<4).map { graph.grade(ofRelation: $0).description } == ["B2", "E1", "??", "B?"])
        let kept = graph.graded(minimum: Grade("B3")!)
        #expect(kept.relationCount == 1 && kept.nodeCount == 3)
        #expect(graph.graded(minimum: Grade("F6")!).relationCount == 4)
    }

    @Test func gradesOutsideTheScaleAreErrorsWhereTheyStand() throws {
        let bad = Self.graded.replacingOccurrences(of: "reliability: E", with: "reliability: G")
            .replacingOccurrences(of: "credibility: 1}", with: "credibility: 7}")
        let error = try #require(throws: GraphInputError.self) { try NativeGraphReader().read(Array(bad.utf8), file: "g.yaml") }
        let messages = error.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("3:29 reliability 'G' is not a grade A–F") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("11:") && $0.contains("credibility 7 is not a grade 1–6") }, "\(messages)")
    }

    @Test(arguments: [GraphFormat.yaml, .json, .graphml, .neo4j, .graphframes, .nodeLink, .cytoscape])
    func gradesSurviveTheFormats(_ format: GraphFormat) throws {
        let graph = try NativeGraphReader().read(Array(Self.graded.utf8), file: "g.yaml")
        let registry = FormatRegistry.standard
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-grade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try registry.write(graph, as: format)
        var path = folder.appendingPathComponent("g").path
        if format.isFolder {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for file in files { try file.contents.write(toFile: path + "/" + file.name!, atomically: true, encoding: .utf8) }
        } else {
            path += "." + (format == .nodeLink ? "nodelink.json" : format == .cytoscape ? "cyjs" : format.rawValue)
            try files[0].contents.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let back = try registry.read(path: path, format: format)
        #expect(back.sources.map(\.reliability) == [.b, .e, nil], "\(format)")
        #expect((0..<back.relationCount).map { back.grade(ofRelation: $0).description } == ["B2", "E1", "??", "B?"], "\(format)")
    }
}
