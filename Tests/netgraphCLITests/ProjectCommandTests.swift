import Foundation
import Testing

/// `netgraph project` through the binary: its output is a graph every command reads.
@Suite struct ProjectCommandTests {
    @Test func theProjectionIsAGraphForEveryOtherCommand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = folder.appendingPathComponent("officials.json").path
        let result = try CLIRunner.run(["project", "--onto", "official", "--via", "agency", "--weight", "newman", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try CLIRunner.run(["stats", output, "--format", "json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let json = try stats.json()
        #expect((json["kinds"] as? [String: Int]) == ["official": 12])
        #expect((json["relation_types"] as? [String: Int])?.keys.sorted() == ["shares-agency"])
        let bad = try CLIRunner.run(["project", "--onto", "official", "--via", "vessel"])
        #expect(bad.status == 2 && bad.stderr.contains("unknown kind 'vessel'"), "\(bad.stderr)")
        #expect(try CLIRunner.run(["project", "--onto", "official", "--via", "official"]).status == 2)
    }
}
