import Foundation
import Testing

@Suite struct TimeFilterCommandTests {
    static let graph = """
    entities:
      - {id: a, kind: cartel, name: A}
      - {id: b, kind: official, name: B}
      - {id: c, kind: official, name: C}
    relations:
      - {from: b, to: a, type: investigated, date: 2019-03-02}
      - {from: c, to: a, type: investigated, since: 2021}
      - {from: c, to: b, type: investigated}

    """

    static func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(["stats", "-"] + arguments, stdin: graph)
    }

    @Test func betweenKeepsWhatOverlapsTheWindowAndSaysHowManyUndatedWereKept() throws {
        let result = try Self.run(["--between", "2019", "2020", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(#"{"time_filter":{"between":["2019","2020"],"undated":"keep","undated_kept":1},"nodes":3,"edges":2,"#))
        #expect(result.stderr == "note: kept 1 undated relation at every date (--undated drop leaves them out)\n")
        let quiet = try Self.run(["--between", "2019", "2020", "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
    }

    @Test func undatedDropLeavesUndatedRelationsOut() throws {
        let result = try Self.run(["--between", "2019", "2021-01", "--undated", "drop", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(#"{"time_filter":{"between":["2019","2021-01"],"undated":"drop","undated_dropped":1},"nodes":3,"edges":2,"#))
        #expect(result.stderr.isEmpty)
    }

    @Test func asOfNamesItsFilterAndWithoutOneNothingIsAdded() throws {
        let asOf = try Self.run(["--as-of", "2022", "--format", "json"])
        #expect(asOf.stdout.hasPrefix(#"{"time_filter":{"as_of":"2022","undated":"keep","undated_kept":1},"nodes":3,"edges":3,"#))
        let plain = try Self.run(["--format", "json"])
        #expect(plain.stdout.hasPrefix(#"{"nodes":3,"edges":3,"#))
        #expect(plain.stderr.isEmpty)
    }

    @Test func aStreamedAnswerNamesItsFilterToo() throws {
        let result = try CLIRunner.run(["neighbors", "-", "a", "--between", "2019", "2019", "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(#"{"time_filter":{"between":["2019","2019"],"undated":"keep","undated_kept":1},"#))
    }

    @Test func aReversedOrIncompleteWindowIsAUsageError() throws {
        let reversed = try Self.run(["--between", "2021", "2019"])
        #expect(reversed.status == 2)
        #expect(reversed.stderr.contains("the window ends before it starts"))
        #expect(reversed.stdout.isEmpty)
        #expect(try Self.run(["--between", "2019"]).status == 2)
        #expect(try Self.run(["--between", "2019", "2019-13"]).status == 2)
        #expect(try Self.run(["--between", "2019", "2020", "--as-of", "2019"]).status == 2)
        #expect(try Self.run(["--undated", "sometimes"]).status == 2)
    }
}
