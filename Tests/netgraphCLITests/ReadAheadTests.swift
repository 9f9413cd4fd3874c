import Foundation
import NetGraph
import Testing
@testable import netgraph

/// The graph read while the arguments are parsed (`ReadAhead`) is taken only where the command
/// would have read the same thing the same way; every other command line reads as before.
/// Serialized: the early read is one per process.
@Suite(.serialized) struct ReadAheadTests {
    /// A folder holding `graph.edges` (three nodes), `other.yaml` (the starter graph) and a
    /// subfolder.
    private func workspace() throws -> URL {
        let directory = try CLIRunner.newDirectory("read-ahead")
        try "a b\nb c\n".write(to: directory.appendingPathComponent("graph.edges"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: CLIRunner.starter, toPath: directory.appendingPathComponent("other.yaml").path)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("folder"), withIntermediateDirectories: true)
        return directory
    }

    @Test func guessesTheGraphFileOrTheBundledGraph() throws {
        let directory = try workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("graph.edges").path
        let other = directory.appendingPathComponent("other.yaml").path
        let folder = directory.appendingPathComponent("folder").path
        let missing = directory.appendingPathComponent("missing.yaml").path
        let cases: [([String], ReadAhead.Source?)] = [
            (["stats", graph], .file(graph)),
            (["stats", "--format", "json", graph, other], .file(graph)),
            (["path", "El Mencho", "Sheinbaum"], .bundled),
            (["neighbors", missing, "X"], .bundled),
            (["report", "-o", other, graph], .file(graph)),
            (["report", "--output", other], .bundled),
            (["report", "--output=" + other, graph], .file(graph)),
            (["render", graph], nil),
            (["stats", "--graph", other, graph], .file(other)),
            (["stats", "-g", other], .file(other)),
            (["stats", "--graph=" + other], .file(other)),
            (["stats", "--graph", missing], nil),
            (["stats", "--", graph], .file(graph)),
            (["stats", "-"], nil),
            (["stats", folder], nil),
            (["stats", "/dev/null"], nil),
            (["convert", graph, folder], .file(graph)),
            (["stats", "--input-format", "edgelist", graph], nil),
            (["stats", "--max-depth=5", graph], nil),
            (["stats", "--max-file-size", "10", graph], nil),
            (["stats", "--max-text-length", "3", graph], nil),
            (["stats", "--help"], nil), (["stats", graph, "-h"], nil), (["--version"], nil),
            (["help", "stats"], nil), (["import", graph], nil), ([], nil),
        ]
        for (arguments, expected) in cases {
            #expect(ReadAhead.guess(arguments) == expected, "\(arguments)")
        }
    }

    /// The projection is built ahead only for a command that runs on the graph's undirected,
    /// unweighted projection, with no option that would change it or make a view.
    @Test func buildsTheProjectionOnlyWhereTheCommandUsesTheDefaultOne() {
        let cases: [([String], Bool)] = [
            (["components", "g.edges"], true),
            (["stats", "--format=json", "g.edges"], true),
            (["centrality", "g.edges", "--measure", "pagerank", "--format", "json", "-o", "out.json"], true),
            (["neighbors", "0", "--depth", "1000000000", "--graph", "g.edges"], true),
            (["path", "-1", "5", "--graph", "g.edges"], true),
            (["communities", "--method", "leiden", "--seed", "3", "--threads", "2"], true),
            (["structure", "g.edges", "--top", "5"], true),
            (["components", "g.edges", "--strong"], false),
            (["centrality", "--directed", "g.edges"], false),
            (["path", "a", "b", "--weight", "weight"], false),
            (["stats", "--as-of", "2020"], false),
            (["neighbors", "x", "--kinds", "person"], false),
            (["profile", "x"], false),
            (["render", "g.edges"], false),
            ([], false),
        ]
        for (arguments, expected) in cases {
            #expect(ReadAhead.buildsProjection(arguments) == expected, "\(arguments)")
        }
    }

    @Test func takesTheEarlyGraphOnlyAsTheCommandWouldReadIt() throws {
        let directory = try workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("graph.edges").path
        let other = directory.appendingPathComponent("other.yaml").path

        ReadAhead.start(arguments: ["stats", graph])
        let taken = try #require(try ReadAhead.take(.file(graph), format: nil, limits: .standard))
        #expect(taken.nodeCount == 3 && taken.relationCount == 2)
        // Claimed once: a second graph of the same command reads for itself.
        #expect(try ReadAhead.take(.file(graph), format: nil, limits: .standard) == nil)

        var lower = ReadLimits.standard
        lower.maxTextLength = 1
        let refusals: [(ReadAhead.Source, GraphFormat?, ReadLimits)] = [
            (.file(other), nil, .standard), (.bundled, nil, .standard),
            (.file(graph), .edgeList, .standard), (.file(graph), nil, lower),
        ]
        for (source, format, limits) in refusals {
            ReadAhead.start(arguments: ["stats", graph])
            #expect(try ReadAhead.take(source, format: format, limits: limits) == nil, "\(source) \(String(describing: format))")
        }

        // Nothing read ahead: nothing to take, at once.
        ReadAhead.start(arguments: ["stats", "-"])
        #expect(try ReadAhead.take(.file(graph), format: nil, limits: .standard) == nil)
    }

    @Test func anEarlyReadThatFailsGivesTheReadersError() throws {
        let directory = try workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.edges").path
        try "a b\nc\n".write(toFile: bad, atomically: true, encoding: .utf8)
        var expected: GraphInputError?
        do { _ = try GraphReading.read(path: bad, limits: .standard) } catch { expected = error }
        ReadAhead.start(arguments: ["stats", bad])
        var early: GraphInputError?
        do { _ = try ReadAhead.take(.file(bad), format: nil, limits: .standard) } catch { early = error }
        let message = try #require(expected?.description)
        #expect(early?.description == message)
        #expect(message.contains("bad.edges:2:"))
    }

    /// Through the binary: a file whose name is an entity's is read ahead, but the command
    /// reads the bundled graph and finds the entity there.
    @Test func theCommandReadsWhatItNamesNotTheGuess() throws {
        let decoyFolder = try workspace()
        let plainFolder = try CLIRunner.newDirectory("read-ahead-plain")
        defer {
            try? FileManager.default.removeItem(at: decoyFolder)
            try? FileManager.default.removeItem(at: plainFolder)
        }
        try FileManager.default.copyItem(atPath: CLIRunner.starter, toPath: decoyFolder.appendingPathComponent("El Mencho").path)
        let arguments = ["neighbors", "El Mencho", "--format", "json"]
        let guessed = try CLIRunner.run(arguments, directory: decoyFolder)
        let plain = try CLIRunner.run(arguments, directory: plainFolder)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(guessed.status == plain.status && guessed.stdout == plain.stdout && guessed.stderr == plain.stderr)
        #expect(plain.stdout.hasPrefix("{\"node\":\"el-mencho\""))
    }
}
