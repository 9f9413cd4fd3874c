import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `convert` through every lossless format and back gives, byte for byte, the YAML a direct
/// conversion gives.
@Suite struct ConvertCommandTests {
    static let bundled = CLIRunner.repository.appendingPathComponent("graphs/mexico-security.yaml").path

    @Test(arguments: [["g.graphml"], ["neo4j", "--to", "neo4j"], ["frames", "--to", "graphframes"], ["g.json"], ["g.dot"]])
    func losslessRoundTrips(_ target: [String]) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-convert-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let direct = try CLIRunner.run(["convert", Self.bundled, "-", "--to", "yaml"])
        #expect(direct.status == 0)
        let middle = directory.appendingPathComponent(target[0]).path
        let out = try CLIRunner.run(["convert", Self.bundled, middle] + target.dropFirst())
        #expect(out.status == 0, "\(out.stderr)")
        let back = try CLIRunner.run(["convert", middle, "-", "--to", "yaml"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == direct.stdout)
    }

    @Test func gexfAndEdgeListAreWritten() throws {
        let gexf = try CLIRunner.run(["convert", CLIRunner.starter, "-", "--to", "gexf"])
        #expect(gexf.status == 0)
        let document = try XMLDocument(xmlString: gexf.stdout, options: [])
        #expect(try document.nodes(forXPath: "//*[local-name()='edge']").count == 13)
        let edges = try CLIRunner.run(["convert", CLIRunner.starter, "-", "--to", "edgelist"])
        #expect(edges.stdout.contains("el-mencho cjng\n"))
        let folder = try CLIRunner.run(["convert", CLIRunner.starter, "-", "--to", "neo4j"])
        #expect(folder.status == 2)
    }
}
