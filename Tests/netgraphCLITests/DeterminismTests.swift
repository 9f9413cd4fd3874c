import Foundation
import Testing

/// One run of the determinism sweep: a command line, and where its result goes.
struct DeterminismCase: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    /// The output file or folder the command writes (`OUT` in the arguments), if any.
    var writes: String?

    var testDescription: String { (arguments + [writes].compactMap { $0 }).joined(separator: " ") }
}

/// The same input and options give byte-identical output, for every command and every
/// output format: each case runs twice and the bytes (standard output, and the file or
/// folder written) must be equal. The analyses run on the bundled graph (the one with the
/// most ties to break); drawings on the starter graph.
@Suite struct DeterminismTests {
    static let measures = ["degree", "in-degree", "out-degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz"]

    static let cases: [DeterminismCase] = {
        var cases: [DeterminismCase] = []
        var analyses: [[String]] = [
            ["stats"], ["validate"], ["neighbors", "García Harfuch", "--depth", "2"],
            ["path", "El Mencho", "Sheinbaum"], ["path", "El Mencho", "Sheinbaum", "--k", "3"],
            ["path", "El Mencho", "Sheinbaum", "--all"],
            ["components"], ["components", "--strong"], ["structure"],
            ["communities"], ["communities", "--method", "label-propagation"], ["communities", "--method", "leiden"],
            ["keyplayers", "--k", "3"], ["keyplayers", "--k", "2", "--mode", "reach"],
            ["reach", "García Harfuch", "--start", "2019"], ["stats", "--between", "2019", "2020"],
        ]
        // Katz's default α 0.1 exceeds 1/λmax of the bundled graph (λmax ≈ 10.4), where the
        // series diverges; 0.05 converges.
        analyses += [["profile", "García Harfuch"], ["relations", "--to", "Sheinbaum"], ["common", "CJNG", "Sinaloa Cartel"],
                     ["sensitivity", "--top", "5"], ["sensitivity", "--path", "El Mencho", "Sheinbaum"],
                     ["timeline", "--measure", "betweenness"], ["diff", "2018", "2024"],
                     ["disrupt", "--strategy", "betweenness", "--recompute", "--steps", "3"], ["disrupt", "--strategy", "random", "--runs", "3", "--steps", "3"],
                     ["predict", "--method", "adamic-adar"], ["predict", "--for", "CJNG", "--method", "preferential-attachment"]]
        analyses += measures.map { $0 == "katz" ? ["centrality", "--measure", $0, "--alpha", "0.05"] : ["centrality", "--measure", $0] }
        analyses.append(["centrality", "--measure", "betweenness", "--samples", "20", "--threads", "2"])
        analyses += [["brokerage"], ["brokerage", "--directed", "--by", "community"]]
        for command in analyses {
            for format in ["table", "json", "csv"] {
                cases.append(DeterminismCase(arguments: command + ["--format", format]))
            }
        }
        for format in ["svg", "png", "pdf", "dot", "json"] {
            cases.append(DeterminismCase(arguments: ["render", CLIRunner.starter], writes: "starter.\(format)"))
        }
        cases.append(DeterminismCase(arguments: ["render", "--layout", "sfdp", "--color-by", "community"], writes: "bundled.svg"))
        for format in ["yaml", "json", "graphml", "gexf", "dot", "edgelist", "node-link", "cytoscape", "neo4j", "graphframes"] {
            cases.append(DeterminismCase(arguments: ["convert", BundledGraphPath.path, "--to", format], writes: "converted-\(format)"))
        }
        return cases
    }()

    /// Any number of threads gives the same bytes as one.
    @Test(arguments: ["betweenness", "closeness", "harmonic"])
    func threadCountDoesNotChangeTheBytes(_ measure: String) throws {
        let serial = try CLIRunner.run(["centrality", "--measure", measure, "--threads", "1", "--format", "json"])
        #expect(serial.status == 0, "\(serial.stderr)")
        for threads in ["2", "3", "8"] {
            let parallel = try CLIRunner.run(["centrality", "--measure", measure, "--threads", threads, "--format", "json"])
            #expect(parallel.stdout == serial.stdout, "\(measure) on \(threads) threads")
        }
    }

    /// Leiden's refinement and aggregation run on `--threads` threads; any number gives the
    /// bytes one gives.
    @Test func leidenThreadCountDoesNotChangeTheBytes() throws {
        let serial = try CLIRunner.run(["communities", "--method", "leiden", "--threads", "1", "--format", "json"])
        #expect(serial.status == 0, "\(serial.stderr)")
        for threads in ["2", "3", "8"] {
            let parallel = try CLIRunner.run(["communities", "--method", "leiden", "--threads", threads, "--format", "json"])
            #expect(parallel.stdout == serial.stdout, "leiden on \(threads) threads")
        }
        let refused = try CLIRunner.run(["communities", "--method", "leiden", "--threads", "0"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--threads must be at least 1"))
    }

    @Test(arguments: cases)
    func sameInputSameBytes(_ run: DeterminismCase) throws {
        let first = try execute(run)
        let second = try execute(run)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.files == second.files, "the written files differ")
        if run.writes != nil { #expect(!first.files.isEmpty) }
    }

    private struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Every written file by name, with its bytes.
        var files: [String: Data]
    }

    /// Runs the case in a fresh directory, `OUT` (when it writes) inside it.
    private func execute(_ run: DeterminismCase) throws -> Outcome {
        let directory = try CLIRunner.newDirectory("determinism")
        defer { try? FileManager.default.removeItem(at: directory) }
        var arguments = run.arguments
        if let writes = run.writes {
            let output = directory.appendingPathComponent(writes).path
            if arguments[0] == "convert" { arguments.insert(output, at: 2) } else { arguments += ["-o", output] }
        }
        let result = try CLIRunner.run(arguments)
        // The summary line names the output path, which differs between the two runs.
        let stdout = run.writes == nil ? result.stdout : result.stdout.replacingOccurrences(of: directory.path, with: "OUT")
        var files: [String: Data] = [:]
        if let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where !url.hasDirectoryPath {
                files[url.path.replacingOccurrences(of: directory.path, with: "")] = try Data(contentsOf: url)
            }
        }
        return Outcome(status: result.status, stdout: stdout, stderr: result.stderr, files: files)
    }
}

/// The bundled graph's path in the checkout, as a file `convert` can name.
enum BundledGraphPath {
    static let path = CLIRunner.repository.appendingPathComponent("graphs/mexico-security.yaml").path
}
