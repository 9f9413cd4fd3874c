import Foundation
import Testing

@Suite struct RenderCommandTests {
    let directory: URL

    init() throws {
        directory = try CLIRunner.newDirectory("render")
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @Test func writesSVGToTheNamedFile() throws {
        let out = path("starter.svg")
        let result = try CLIRunner.run(["render", CLIRunner.starter, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote \(out) (svg, dot layout): 11 entities, 13 relations\n")
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 13)
    }

    @Test func defaultsToOutGraphNameSVG() throws {
        let result = try CLIRunner.run(["render", CLIRunner.starter], directory: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: path("out/starter.svg")))
    }

    @Test func formatFollowsTheExtensionOrTheOption() throws {
        let png = try CLIRunner.run(["render", CLIRunner.starter, "-o", path("a.png")])
        #expect(png.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("a.png"))).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try CLIRunner.run(["render", CLIRunner.starter, "--format", "pdf", "-o", "-"])
        #expect(pdf.stdout.hasPrefix("%PDF-"))
        let json = try CLIRunner.run(["render", CLIRunner.starter, "-o", "-", "--format", "json"])
        #expect((try json.json())["objects"] != nil)
    }

    @Test(arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
    func sameInputTwiceIsByteIdentical(_ layout: String) throws {
        let arguments = ["render", CLIRunner.starter, "--layout", layout, "-o", "-", "--size-by", "degree", "--edge-labels"]
        let first = try CLIRunner.run(arguments)
        let second = try CLIRunner.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.isEmpty && first.stdout == second.stdout)
    }

    @Test func badLayoutOrFormatIsAUsageError() throws {
        let layout = try CLIRunner.run(["render", CLIRunner.starter, "--layout", "spring", "-o", path("x.svg")])
        #expect(layout.status == 2)
        // The argument parser lists the known engines.
        #expect(layout.stderr.contains("The value 'spring' is invalid for '--layout <engine>'"))
        for engine in ["dot", "neato", "fdp", "sfdp", "circo", "twopi"] { #expect(layout.stderr.contains("- \(engine)")) }
        let format = try CLIRunner.run(["render", CLIRunner.starter, "--format", "gif"])
        #expect(format.status == 2)
        let ext = try CLIRunner.run(["render", CLIRunner.starter, "-o", path("x.bmp")])
        #expect(ext.status == 2)
        let clash = try CLIRunner.run(["render", CLIRunner.starter, "--format", "png", "-o", path("x.svg")])
        #expect(clash.status == 2)
        let size = try CLIRunner.run(["render", CLIRunner.starter, "--size-by", "charisma"])
        #expect(size.status == 2)
        #expect(!FileManager.default.fileExists(atPath: path("x.svg")))
    }

    /// fdp with its legend (a piece of its own), on the bundled graph, as SVG and PDF; sfdp as
    /// PDF. Before the legend left its box and its own font size under fdp, every run of the
    /// first drew a different picture.
    @Test(arguments: [["fdp", "svg"], ["fdp", "pdf"], ["sfdp", "pdf"], ["sfdp", "svg"]])
    func forceDirectedLayoutsAreTheSameTwice(_ case: [String]) throws {
        var drawings: [Data] = []
        for run in 0..<3 {
            let out = path("run\(run).\(`case`[1])")
            let result = try CLIRunner.run(["render", "--layout", `case`[0], "--seed", "7", "-o", out])
            #expect(result.status == 0, "\(result.stderr)")
            drawings.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(!drawings[0].isEmpty)
        #expect(drawings[1] == drawings[0] && drawings[2] == drawings[0], "\(`case`[0]) drew different bytes")
    }

    /// fdp cannot draw boxes the same way twice, so it refuses them and says why.
    @Test(arguments: ["kind", "community"])
    func fdpRefusesBoxes(_ grouping: String) throws {
        let out = path("boxes.svg")
        let result = try CLIRunner.run(["render", "--layout", "fdp", "--cluster-by", grouping, "-o", out])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fdp cannot draw boxes (--cluster-by) the same way twice"))
        #expect(result.stderr.contains("--layout dot"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aFailedRenderLeavesNoFile() throws {
        let out = path("path.svg")
        let result = try CLIRunner.run(["render", CLIRunner.starter, "-o", out, "--highlight-path", "El Mencho", "Nobody"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Nobody"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// A graph over --max-nodes is refused before Graphviz sees it: exit 1, the limit and the
    /// way out named, no file written; at the limit it draws.
    @Test func aGraphOverTheLimitIsNotDrawn() throws {
        let out = path("big.svg")
        let refused = try CLIRunner.run(["render", CLIRunner.starter, "-o", out, "--max-nodes", "10"])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("11 entities, more than the 10 drawn at most"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--max-nodes"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let drawn = try CLIRunner.run(["render", CLIRunner.starter, "-o", out, "--max-nodes", "11"])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let zero = try CLIRunner.run(["render", CLIRunner.starter, "-o", out, "--max-nodes", "0"])
        #expect(zero.status == 2)
    }

    @Test func highlightPathDrawsTheChainBold() throws {
        let result = try CLIRunner.run(["render", CLIRunner.starter, "-o", "-", "--highlight-path", "El Mencho", "Sheinbaum"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "stroke-width=\"3.5\"").count - 1 >= 3)
        #expect(result.stdout.contains("#cccccc"))
    }

    @Test func focusDrawsTheEgoNetwork() throws {
        let result = try CLIRunner.run(["render", CLIRunner.starter, "-o", "-", "--format", "json", "--no-legend",
                                        "--focus", "Sheinbaum", "--depth", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try #require(try result.json()["objects"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(Set(names) == ["sheinbaum", "garcia-harfuch"])
    }

    @Test func filtersAndClustersApply() throws {
        let result = try CLIRunner.run(["render", CLIRunner.starter, "-o", "-", "--format", "dot", "--kinds", "official,cartel",
                                        "--cluster-by", "kind"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("subgraph cluster_kind_0"))
        #expect(!result.stdout.contains("jalisco"))
    }

    @Test func clustersByCommunityMatchTheCommunitiesCommand() throws {
        let communities = try CLIRunner.run(["communities", "--format", "json"])
        let expected = try #require(CommunitiesCommandTests.memberIDs(try communities.json()))
        let result = try CLIRunner.run(["render", "-o", "-", "--format", "dot", "--cluster-by", "community", "--no-legend"])
        #expect(result.status == 0, "\(result.stderr)")
        let boxes = result.stdout.components(separatedBy: "subgraph cluster_group_").count - 1
        #expect(boxes == expected.count)
        #expect(result.stdout.contains("label=\"community 1\""))
        #expect(result.stdout.contains("label=\"community \(expected.count)\""))
    }

    /// Graphviz 2.43's dot aborted (a double free) on the bundled graph boxed by kind or
    /// community with edge labels; netgraph now gives boxed edge labels as external labels.
    @Test(arguments: ["kind", "community"])
    func boxesWithEdgeLabelsDraw(grouping: String) throws {
        let result = try CLIRunner.run(["render", "-o", "-", "--cluster-by", grouping, "--edge-labels"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("</svg>\n"))
    }

    @Test func canonTextIsWhatGraphvizIsGiven() throws {
        let result = try CLIRunner.run(["render", CLIRunner.starter, "-o", "-", "--format", "canon"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph \"starter\" {\n\tgraph ["))
        #expect(!result.stdout.contains("pos="))
        let file = path("starter.canon")
        let written = try CLIRunner.run(["render", CLIRunner.starter, "-o", file])
        #expect(written.status == 0 && written.stdout.contains("(canon, dot layout)"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == result.stdout)
    }

    @Test func dataAttributesNeverReachGraphviz() throws {
        let text = try String(contentsOfFile: CLIRunner.starter, encoding: .utf8)
        let hostile = text.replacingOccurrences(of: "    name: Claudia Sheinbaum\n",
                                                with: "    name: Claudia Sheinbaum\n    attributes: {image: /etc/passwd, shapefile: x}\n")
        #expect(hostile != text)
        let plain = try CLIRunner.run(["render", "-", "-o", "-"], stdin: text)
        let loaded = try CLIRunner.run(["render", "-", "-o", "-"], stdin: hostile)
        #expect(plain.status == 0 && loaded.status == 0)
        #expect(plain.stdout == loaded.stdout)
    }

    @Test func convertWritesAndReadsDOT() throws {
        let dot = path("starter.dot")
        let written = try CLIRunner.run(["convert", CLIRunner.starter, dot])
        #expect(written.status == 0, "\(written.stderr)")
        let back = try CLIRunner.run(["convert", dot, "-", "--to", "json"])
        #expect(back.status == 0, "\(back.stderr)")
        let json = try back.json()
        #expect((json["entities"] as? [Any])?.count == 11)
        #expect((json["relations"] as? [Any])?.count == 13)
        let stats = try CLIRunner.run(["stats", dot, "--format", "json"])
        #expect((try stats.json())["edges"] as? Int == 13)
    }

    @Test func dotInputWithImageAttributesDoesNotCarryThem() throws {
        let input = path("hostile.gv")
        try #"digraph { a [image="/etc/passwd", shapefile="x", kind=cartel]; a -> b [weight=2] }"#
            .write(toFile: input, atomically: true, encoding: .utf8)
        let yaml = try CLIRunner.run(["convert", input, "-", "--to", "yaml"])
        #expect(yaml.status == 0, "\(yaml.stderr)")
        #expect(!yaml.stdout.contains("passwd") && !yaml.stdout.contains("shapefile"))
        #expect(yaml.stdout.contains("kind: cartel"))
        let svg = try CLIRunner.run(["render", input, "-o", "-"])
        #expect(svg.status == 0 && !svg.stdout.contains("passwd"))
        let bad = try CLIRunner.run(["convert", path("missing.dot"), "-"])
        #expect(bad.status == 1)
    }

    @Test func largeGraphsAreLaidOutWithSFDP() throws {
        var text = "graph: {name: large}\nentities:\n"
        for i in 0..<2_001 { text += "  - {id: n\(i), kind: person}\n" }
        text += "relations:\n"
        for i in 1..<2_001 { text += "  - {from: n\(i - 1), to: n\(i), type: family-of}\n" }
        let result = try CLIRunner.run(["render", "-", "-o", "-", "--format", "dot", "--no-legend"], stdin: text)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("2001 nodes is over 2000; laying out with sfdp"))
    }

    @Test func sizesByAnyMeasureAndColoursByCommunity() throws {
        var outputs: [String] = []
        for measure in ["betweenness", "pagerank", "closeness", "harmonic", "eigenvector"] {
            let result = try CLIRunner.run(["render", CLIRunner.starter, "--size-by", measure, "--color-by", "community", "-o", "-", "--format", "dot"])
            #expect(result.status == 0, "\(measure): \(result.stderr)")
            outputs.append(result.stdout)
        }
        // Different measures give different node sizes.
        #expect(Set(outputs).count == outputs.count)
        let plain = try CLIRunner.run(["render", CLIRunner.starter, "-o", "-", "--format", "dot"]).stdout
        #expect(!outputs.contains(plain))
        #expect(try CLIRunner.run(["render", CLIRunner.starter, "--size-by", "charisma", "-o", "-"]).status == 2)
    }
}
