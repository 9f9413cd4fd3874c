import Foundation
import Testing

@Suite struct ReportCommandTests {
    let directory: URL

    init() throws {
        directory = try CLIRunner.newDirectory("report")
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() }

    @Test func writesThePageToTheNamedFile() throws {
        let out = path("starter.html")
        let result = try CLIRunner.run(["report", CLIRunner.starter, "--pair", "El Mencho", "Sheinbaum", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote \(out): 11 entities, 13 relations, 1 chain\n")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && html.contains("id=\"chains\""))
        let nodes = html.components(separatedBy: "class=\"node\"").count - 1
        // Graphviz writes `-` in ids as `&#45;`.
        let legend = html.components(separatedBy: "<g id=\"legend&#45;kind&#45;").count - 1
        #expect(legend > 0 && nodes - legend == 11)
    }

    @Test func defaultsToOutGraphNameHTMLAndWritesStandardOutputForDash() throws {
        let result = try CLIRunner.run(["report", CLIRunner.starter], directory: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: path("out/starter.html")))
        let piped = try CLIRunner.run(["report", CLIRunner.starter, "-o", "-"])
        #expect(piped.status == 0)
        #expect(piped.stdout == (try String(contentsOfFile: path("out/starter.html"), encoding: .utf8)))
    }

    @Test func theSameInputTwiceGivesTheSameBytes() throws {
        let arguments = ["report", "--pair", "El Mencho", "Sheinbaum", "--pair", "CJNG", "Sinaloa Cartel",
                         "--color-by", "community", "--size-by", "betweenness", "-o", "-"]
        let first = try CLIRunner.run(arguments)
        let second = try CLIRunner.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.count > 100_000 && first.stdout == second.stdout)
    }

    @Test func anUnknownOrAmbiguousPairNameIsAUsageErrorAndWritesNothing() throws {
        let unknown = try CLIRunner.run(["report", CLIRunner.starter, "--pair", "El Mencho", "Nobody", "-o", path("r.html")])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no entity named 'Nobody'"))
        #expect(unknown.stdout.isEmpty)
        let piped = try CLIRunner.run(["report", CLIRunner.starter, "--pair", "Nobody", "Sheinbaum", "-o", "-"])
        #expect(piped.status == 2 && piped.stdout.isEmpty)
        let ambiguous = try CLIRunner.run(["report", "--pair", "Guzmán", "Sheinbaum", "-o", path("r.html")])
        #expect(ambiguous.status == 2, "\(ambiguous.stderr)")
        #expect(ambiguous.stderr.contains("ambiguous"))
        #expect(try contents().isEmpty)
    }

    @Test func badOptionsAreUsageErrors() throws {
        for arguments in [["--pair", "El Mencho"], ["--pair", "El Mencho", "Sheinbaum", "CJNG"], ["--top", "-1"],
                          ["--key-players", "-2"], ["--reach-depth", "0"], ["--layout", "spring"], ["--color-by", "party"],
                          ["--size-by", "charisma"], ["-o", path("r.svg")], ["--kinds", "vessel"], ["--as-of", "2020-13"]] {
            let result = try CLIRunner.run(["report", CLIRunner.starter] + arguments + (arguments.contains("-o") ? [] : ["-o", path("r.html")]))
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.isEmpty && result.stdout.isEmpty)
        }
        #expect(try contents().isEmpty)
    }

    @Test func invalidInputExitsOneAndLeavesNoFile() throws {
        let bad = path("bad.yaml")
        try "entities:\n  - {id: a, kind: person}\n  - {id: a, kind: person}\nrelations: []\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["report", bad, "-o", path("r.html")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(bad):3:"))
        #expect(result.stderr.contains("duplicate entity id 'a'"))
        #expect(try contents() == ["bad.yaml"])
    }

    @Test func anUnwritableDestinationExitsOneAndLeavesNoFile() throws {
        let blocker = path("file")
        try "x".write(toFile: blocker, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["report", CLIRunner.starter, "-o", path("file/r.html")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write"))
        #expect(try contents() == ["file"])
    }

    @Test func filtersNarrowTheGraphAndAreNamedOnThePage() throws {
        let result = try CLIRunner.run(["report", CLIRunner.starter, "--kinds", "official,cartel,person", "--exclude-status", "alleged", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<p class=\"scope\">Only kinds official, cartel, person; without alleged relations</p>"))
        #expect(!result.stdout.contains("<b>11</b> entities"))
    }

    @Test func noChainIsReportedNotAnError() throws {
        let graph = path("two.yaml")
        try "entities:\n  - {id: a, kind: person}\n  - {id: b, kind: person}\nrelations: []\n".write(toFile: graph, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["report", graph, "--pair", "a", "b", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No chain links a and b in this graph."))
    }
}
