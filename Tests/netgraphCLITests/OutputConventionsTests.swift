import Foundation
@testable import netgraph
import Testing

/// What netgraph writes to standard error: `--quiet` silences warnings and notices but not
/// errors or data; `error:`/`warning:` are coloured only on a terminal, never with a
/// non-empty NO_COLOR or TERM=dumb.
@Suite struct OutputConventionsTests {
    static let escape = "\u{1B}["

    /// A valid graph that `validate` warns about: no sources, no quotes, an isolated entity.
    static let warned = """
        graph: {name: warned}
        entities:
          - {id: a, kind: person}
          - {id: b, kind: person}
          - {id: c, kind: person}
        relations:
          - {from: a, to: b, type: family-of}
        """

    static let broken = "graph: {name: broken}\nentities:\n  - {id: a, kind: spaceship}\n"

    @Test func quietRemovesWarningsButNotData() throws {
        let loud = try CLIRunner.run(["validate", "-"], stdin: Self.warned)
        #expect(loud.status == 0)
        #expect(loud.stderr.contains("warning: <stdin>: entity 'c' takes part in no relation"))
        let quiet = try CLIRunner.run(["validate", "-", "--quiet"], stdin: Self.warned)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout == loud.stdout)
        #expect(quiet.stdout.contains("3 warnings"))
    }

    @Test func quietKeepsErrors() throws {
        let result = try CLIRunner.run(["validate", "-", "--quiet"], stdin: Self.broken)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("<stdin>:3:"))
        #expect(result.stderr.contains(": error: "))
        let unknown = try CLIRunner.run(["neighbors", CLIRunner.starter, "nobody-at-all", "--quiet"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: "))
    }

    @Test func everyCommandTakesQuiet() throws {
        let commands = ["stats", "validate", "neighbors", "path", "centrality", "components", "structure",
                        "communities", "keyplayers", "render", "convert", "reach"]
        for command in commands {
            let help = try CLIRunner.run([command, "--help"])
            #expect(help.stdout.contains("--quiet"), "\(command) --help lacks --quiet")
        }
        let stats = try CLIRunner.run(["stats", CLIRunner.starter, "--quiet", "--format", "json"])
        #expect(stats.status == 0)
        #expect(try stats.json()["nodes"] as? Int == 11)
    }

    @Test func noEscapesWhenStandardErrorIsNotATerminal() throws {
        let warning = try CLIRunner.run(["validate", "-"], stdin: Self.warned)
        let error = try CLIRunner.run(["validate", "-"], stdin: Self.broken)
        #expect(warning.stderr.contains("warning:") && error.stderr.contains("error:"))
        for output in [warning.stdout, warning.stderr, error.stdout, error.stderr] {
            #expect(!output.contains(Self.escape))
        }
    }

    /// The decision itself, for every case the conventions name.
    @Test func colourDecision() {
        #expect(Diagnostics.usesColour(isTerminal: true, environment: [:]))
        #expect(Diagnostics.usesColour(isTerminal: true, environment: ["TERM": "xterm-256color"]))
        #expect(Diagnostics.usesColour(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!Diagnostics.usesColour(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!Diagnostics.usesColour(isTerminal: true, environment: ["NO_COLOR": "0"]))
        #expect(!Diagnostics.usesColour(isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(!Diagnostics.usesColour(isTerminal: false, environment: [:]))
    }

    /// On a real terminal (util-linux `script` gives the command one), prefixes are coloured
    /// unless NO_COLOR is set or TERM is dumb.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnATerminal() throws {
        let directory = try CLIRunner.newDirectory("tty")
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("warned.yaml")
        try Self.warned.write(to: graph, atomically: true, encoding: .utf8)
        let missing = directory.appendingPathComponent("missing.yaml").path

        func terminal(_ environment: [String: String], _ arguments: [String]) throws -> String {
            let command = ([CLIRunner.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ") + " >/dev/null"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", command, "/dev/null"]
            var merged = ProcessInfo.processInfo.environment.filter { $0.key != "NO_COLOR" }
            merged["TERM"] = "xterm"
            for (key, value) in environment { merged[key] = value }
            process.environment = merged
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }

        let warning = try terminal([:], ["validate", graph.path])
        #expect(warning.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        let error = try terminal([:], ["stats", missing])
        #expect(error.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(try terminal(["NO_COLOR": ""], ["validate", graph.path]).contains(Self.escape))
        for environment in [["NO_COLOR": "1"], ["TERM": "dumb"]] {
            let plainWarning = try terminal(environment, ["validate", graph.path])
            let plainError = try terminal(environment, ["stats", missing])
            #expect(plainWarning.contains("warning:") && !plainWarning.contains(Self.escape), "\(environment)")
            #expect(plainError.contains("error:") && !plainError.contains(Self.escape), "\(environment)")
        }
        #expect(!(try terminal([:], ["validate", graph.path, "--quiet"])).contains("warning:"))
    }
}
