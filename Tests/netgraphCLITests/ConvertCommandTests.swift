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

    /// NetworkX saves node-link JSON as `.json` (`json.dump(nx.node_link_data(G), f)`, with
    /// `edges` since 3.4): the command reads it as node-link JSON, not as a broken native file,
    /// from the file and from standard input.
    @Test func networkXNodeLinkSavedAsJSONIsReadAsNodeLink() throws {
        let directory = try CLIRunner.newDirectory("convert")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("graph.json").path
        try #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": 1}, {"id": 2}], "edges": [{"source": 1, "target": 2}]}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        let stats = try CLIRunner.run(["stats", path, "--format", "json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains(#""nodes":2,"edges":1"#), "\(stats.stdout)")
        // Piped in, as `python make_graph.py | netgraph stats -` sends it.
        let piped = try CLIRunner.run(["stats", "-", "--format", "json"], stdin: try String(contentsOfFile: path, encoding: .utf8))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == stats.stdout)
    }

    private func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-convert-\(UUID().uuidString)")
    }

    /// `convert INPUT - --to yaml`, which must succeed.
    private func yaml(of input: String) throws -> String {
        let result = try CLIRunner.run(["convert", input, "-", "--to", "yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Undirected types, schema extensions, typed attributes, XML and DOT specials and
    /// multi-line text (the shared `tricky.yaml` fixture) survive GraphML and DOT through
    /// the binary.
    @Test(arguments: ["tricky.graphml", "tricky.dot"])
    func aTrickyGraphRoundTrips(_ middleName: String) throws {
        let directory = try CLIRunner.newDirectory("convert")
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/graphs/tricky.yaml")
        let direct = try yaml(of: input.path)
        let middle = directory.appendingPathComponent(middleName).path
        let written = try CLIRunner.run(["convert", input.path, middle])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try yaml(of: middle) == direct)
        #expect(direct.contains("vessel") && direct.contains("alleged") && direct.contains("tonnage: 1200"))
    }

    /// Found by FuzzGraphML: a graph named with DEL and C1 controls, and a source holding
    /// them, read from GraphML, but the GraphML written from it did not read back (its
    /// graph-level JSON held them raw, which the YAML parser reading it refuses).
    @Test func controlCharactersInNamesSurviveGraphML() throws {
        let input = HostileInputTests.corpus.appendingPathComponent("graphml/ok-fuzz-control-characters-in-names.graphml").path
        let directory = try CLIRunner.newDirectory("convert")
        defer { try? FileManager.default.removeItem(at: directory) }
        let direct = try yaml(of: input)
        #expect(direct.contains(#"name: "G\u007f\u0085\u009f""#) && direct.contains(#"title: "t\u007f\u0085""#))
        let middle = directory.appendingPathComponent("again.graphml").path
        let written = try CLIRunner.run(["convert", input, middle])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try yaml(of: middle) == direct)
    }

    @Test(arguments: [("graphml", "g.graphml"), ("gexf", "g.gexf"), ("dot", "g.dot"), ("edgelist", "g.edges"), ("json", "g.json"), ("yaml", "g.yaml"),
                            ("node-link", "g.nodelink.json"), ("cytoscape", "g.cyjs")])
    func standardOutputMatchesTheFile(_ format: String, _ name: String) throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        #expect(try CLIRunner.run(["convert", CLIRunner.starter, file.path]).status == 0)
        let printed = try CLIRunner.run(["convert", CLIRunner.starter, "-", "--to", format])
        #expect(printed.status == 0)
        #expect(printed.stdout == (try String(contentsOf: file, encoding: .utf8)))
    }

    @Test func standardOutputDefaultsToYAMLAndFoldersNeedAName() throws {
        #expect(try CLIRunner.run(["convert", CLIRunner.starter, "-"]).stdout == yaml(of: CLIRunner.starter))
        let folder = try CLIRunner.run(["convert", CLIRunner.starter, "-", "--to", "neo4j"])
        #expect(folder.status == 2 && folder.stderr.contains("writes a folder"))
    }

    @Test func gexfOfTheBundledGraphHasEveryEntity() throws {
        let result = try CLIRunner.run(["convert", Self.bundled, "-", "--to", "gexf"])
        #expect(result.status == 0)
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        #expect(document.rootElement()?.name == "gexf")
        let nodes = try document.nodes(forXPath: "//*[local-name()='node']")
        let stats = try CLIRunner.run(["stats", Self.bundled, "--format", "json"]).json()
        #expect(nodes.count == stats["nodes"] as? Int)
    }

    /// The bundled graph through GEXF and back is the same graph, read from a file by its
    /// extension or from standard input with `--input-format gexf`.
    @Test func gexfReadsBackAsTheSameGraph() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bundled.gexf")
        #expect(try CLIRunner.run(["convert", Self.bundled, file.path]).status == 0)
        let direct = try CLIRunner.run(["convert", Self.bundled, "-", "--to", "json"])
        let fromFile = try CLIRunner.run(["convert", file.path, "-", "--to", "json"])
        #expect(fromFile.status == 0 && fromFile.stdout == direct.stdout, "\(fromFile.stderr)")
        let fromStandardInput = try CLIRunner.run(["convert", "-", "-", "--input-format", "gexf", "--to", "json"],
                                                 stdin: try String(contentsOf: file, encoding: .utf8))
        #expect(fromStandardInput.status == 0 && fromStandardInput.stdout == direct.stdout, "\(fromStandardInput.stderr)")
    }

    @Test func gexfAndEdgeListAreWritten() throws {
        let gexf = try CLIRunner.run(["convert", CLIRunner.starter, "-", "--to", "gexf"])
        #expect(gexf.status == 0)
        let document = try XMLDocument(xmlString: gexf.stdout, options: [])
        // 13 relations; the one undirected relation (family-of) among directed ones is a
        // pair of opposite edges.
        #expect(try document.nodes(forXPath: "//*[local-name()='edge']").count == 14)
        let edges = try CLIRunner.run(["convert", CLIRunner.starter, "-", "--to", "edgelist"])
        #expect(edges.stdout.contains("el-mencho cjng\n") && !edges.stdout.contains("#"))
        // What the file cannot say is said on standard error.
        #expect(edges.stderr.contains("an edge list keeps ids and weights only"), "\(edges.stderr)")
        let folder = try CLIRunner.run(["convert", CLIRunner.starter, "-", "--to", "neo4j"])
        #expect(folder.status == 2)
    }
}
