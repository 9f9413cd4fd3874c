import Foundation
import Testing

/// `timeline` and `diff` through the binary, on a graph whose snapshots are known by hand.
@Suite struct TimelineCommandTests {
    static let graph = """
        entities:
          - {id: a, kind: person}
          - {id: b, kind: person}
          - {id: c, kind: person}
          - {id: d, kind: person}
        relations:
          - {from: a, to: b, type: supports, date: 2019-03}
          - {from: b, to: c, type: allied-with, since: 2019-06, until: 2020-02}
          - {from: c, to: d, type: supports, date: 2021}
          - {from: a, to: d, type: supports}

        """

    @Test func yearlySnapshotsWithoutUndatedRelations() throws {
        let result = try CLIRunner.run(["timeline", "-", "--undated", "drop", "--top", "2", "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == #"{"time_filter":{"undated":"drop","undated_dropped":1},"every":"year","measure":"degree","snapshots":["#
            + #"{"start":"2019","end":"2019","entities":3,"relations":2,"entered":["a","b","c"],"left":[],"components":1,"largest_component":3,"top":[{"id":"b","score":1.0},{"id":"a","score":0.5}]},"#
            + #"{"start":"2020","end":"2020","entities":2,"relations":1,"entered":[],"left":["a"],"components":1,"largest_component":2,"top":[{"id":"b","score":1.0},{"id":"c","score":1.0}]},"#
            + #"{"start":"2021","end":"2021","entities":2,"relations":1,"entered":["d"],"left":["b"],"components":1,"largest_component":2,"top":[{"id":"c","score":1.0},{"id":"d","score":1.0}]}]}"# + "\n")
    }

    @Test func undatedRelationsAreInEverySnapshotWithANote() throws {
        let result = try CLIRunner.run(["timeline", "-", "--every", "month", "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        let snapshots = try #require(try result.json()["snapshots"] as? [[String: Any]])
        #expect(snapshots.count == 34)  // 2019-03 … 2021-12
        #expect(snapshots.first?["start"] as? String == "2019-03" && snapshots.last?["end"] as? String == "2021-12")
        #expect(snapshots.allSatisfy { ($0["relations"] as? Int ?? 0) >= 1 })
        #expect(result.stderr == "note: 1 undated relation is in every snapshot (--undated drop leaves them out)\n")
        let days = try CLIRunner.run(["timeline", "-", "--every", "30-days", "--format", "csv"], stdin: Self.graph)
        #expect(days.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("2019-03-01,2019-03-30,") == true, "\(days.stdout)")
        #expect(try CLIRunner.run(["timeline", "-", "--every", "fortnight"], stdin: Self.graph).status == 2)
        #expect(try CLIRunner.run(["timeline", "-", "--every", "1-days", "--between", "2019", "2020"], stdin: Self.graph).status == 2)
    }

    @Test func diffListsWhatChangedAndWhoseRankMoved() throws {
        let result = try CLIRunner.run(["diff", "-", "2019", "2021", "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect((json["relations_appeared"] as? [[String: Any]])?.map { $0["id"] as? Int } == [2])
        #expect((json["relations_disappeared"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1])
        #expect((json["entities_appeared"] as? [String])?.isEmpty == true)
        let changes = try #require(json["rank_changes"] as? [[String: Any]])
        #expect(changes.map { $0["id"] as? String } == ["b", "d"])
        #expect(changes.map { $0["change"] as? Int } == [-2, 2])
        #expect(try CLIRunner.run(["diff", "-", "2019", "20x1"], stdin: Self.graph).status == 2)
    }

    @Test func theChartIsWrittenBesideTheAnswer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-timeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let chart = folder.appendingPathComponent("timeline.svg").path
        let result = try CLIRunner.run(["timeline", "-", "--svg", chart, "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try result.json()["snapshots"] != nil)
        let svg = try String(contentsOfFile: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("<polyline"))
        let graphFile = folder.appendingPathComponent("g.yaml").path
        try Self.graph.write(toFile: graphFile, atomically: true, encoding: .utf8)
        let overInput = try CLIRunner.run(["timeline", graphFile, "--svg", graphFile])
        #expect(overInput.status == 2 && overInput.stderr.contains("refusing to write over the input"), "\(overInput.stderr)")
    }
}
