import Foundation
import Testing

@Suite struct ReachCommandTests {
    static let graph = """
    entities:
      - {id: a, kind: person}
      - {id: b, kind: person}
      - {id: c, kind: person}
      - {id: d, kind: person}
      - {id: e, kind: person}
    relations:
      - {from: a, to: b, type: supports, date: 2019-03}
      - {from: b, to: c, type: allied-with, since: 2019-06}
      - {from: a, to: c, type: supports, date: 2021}
      - {from: b, to: d, type: supports, date: 2018}
      - {from: a, to: e, type: supports}

    """

    static func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(["reach", "-"] + arguments, stdin: graph)
    }

    @Test func jsonListsEarliestArrivalsAndCountsUndatedRelations() throws {
        let result = try Self.run(["a", "--start", "2019", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == #"{"from":"a","start":"2019","max_wait":null,"undated_left_out":1,"reached":[{"id":"b","arrival":"2019-03-01","hops":1},{"id":"c","arrival":"2019-06-01","hops":2}]}"# + "\n")
        #expect(result.stderr == "note: left out 1 undated relation: they cannot be placed in time\n")
    }

    @Test func aLaterStartAndDirectionChangeWhatIsReached() throws {
        let late = try Self.run(["a", "--start", "2019-08", "--format", "csv", "--quiet"])
        #expect(late.stdout == "id,name,kind,arrival,hops\nc,c,person,2021-01-01,1\nb,b,person,2021-01-01,2\n")
        let directed = try Self.run(["c", "--directed", "--format", "json", "--quiet"])
        #expect(directed.stdout == #"{"from":"c","start":null,"max_wait":null,"undated_left_out":1,"reached":[{"id":"b","arrival":"2019-06-01","hops":1}]}"# + "\n")
    }

    @Test func badStartIsAUsageErrorAndAStartOutsideTheSpanANote() throws {
        #expect(try Self.run(["a", "--start", "2019-13"]).status == 2)
        let outside = try Self.run(["a", "--start", "2030"])
        #expect(outside.status == 0)
        #expect(outside.stderr.contains("note: --start 2030 is outside the dated relations' span"))
    }
}
