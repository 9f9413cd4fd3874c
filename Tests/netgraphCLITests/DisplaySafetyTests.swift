import Foundation
import Testing

/// Names from a graph file cannot drive the terminal, forge a table row or run as a
/// spreadsheet formula.
@Suite struct DisplaySafetyTests {
    private static let graph = """
        graph:
          name: hostile names
        entities:
          - id: a
            kind: person
            name: "Evil\\e[31mRed\\nFake row\\u202Eevil"
          - id: b
            kind: person
            name: "=HYPERLINK(\\"http://example.invalid\\")"
          - id: c
            kind: person
            name: "-0.5"
        relations:
          - {from: a, to: b, type: allied-with}
          - {from: b, to: c, type: allied-with}
        """

    private func write() throws -> (URL, String) {
        let directory = try CLIRunner.newDirectory("display")
        let path = directory.appendingPathComponent("names.yaml").path
        try Self.graph.write(toFile: path, atomically: true, encoding: .utf8)
        return (directory, path)
    }

    @Test func tablesAndPathsShowControlCharactersEscaped() throws {
        let (directory, path) = try write()
        defer { try? FileManager.default.removeItem(at: directory) }
        for arguments in [["centrality", path, "--measure", "degree"], ["path", path, "a", "c"], ["neighbors", path, "b"]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(arguments)")
            #expect(result.stdout.contains("Evil\\u{1B}[31mRed\\nFake row\\u{202E}evil"), "\(arguments)")
            #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("Fake row") }, "\(arguments)")
        }
    }

    @Test func csvCellsThatLookLikeFormulasAreNeutralised() throws {
        let (directory, path) = try write()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLIRunner.run(["centrality", path, "--measure", "degree", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")\""))
        #expect(result.stdout.contains("c,-0.5,person,"))   // a number stays a number
        // JSON keeps exact values: it is for programs, not spreadsheets.
        let json = try CLIRunner.run(["centrality", path, "--measure", "degree", "--format", "json"])
        #expect(json.stdout.contains("\"label\":\"=HYPERLINK("))
    }
}
