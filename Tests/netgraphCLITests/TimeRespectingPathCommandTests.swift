import Foundation
import Testing

@Suite struct TimeRespectingPathCommandTests {
    static func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(["path", "-"] + arguments, stdin: ReachCommandTests.graph)
    }

    @Test func jsonGivesEachStepItsDayAndThePathItsDepartureAndArrival() throws {
        let result = try Self.run(["a", "c", "--time-respecting", "--start", "2019", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == #"{"from":"a","to":"c","undated_left_out":1,"max_wait":null,"paths":[{"hops":2,"departure":"2019-03-01","arrival":"2019-06-01","nodes":["a","b","c"],"edges":[{"step":1,"at":"2019-03-01","id":0,"from":"a","to":"b","type":"supports","family":"cooperation","date":"2019-03","since":null,"until":null,"status":null,"source":null,"grade":null,"quote":null,"weight":null,"attributes":{}},{"step":2,"at":"2019-06-01","id":1,"from":"b","to":"c","type":"allied-with","family":"cooperation","date":null,"since":"2019-06","until":null,"status":null,"source":null,"grade":null,"quote":null,"weight":null,"attributes":{}}]}]}"# + "\n")
        #expect(result.stderr == "note: left out 1 undated relation: they cannot be placed in time\n")
    }

    @Test func againstTheRelationsDirectionTheTableShowsItsArrowAndCSVItsRow() throws {
        let table = try Self.run(["c", "a", "--time-respecting", "--start", "2019", "--quiet"])
        #expect(table.stdout == "1 step, departure 2021-01-01, arrival 2021-01-01\n   [1] 2021-01-01  c ←supports— a (2021)\n")
        let csv = try Self.run(["c", "a", "--time-respecting", "--start", "2019", "--format", "csv", "--quiet"])
        #expect(csv.stdout == "path,step,at,id,from,to,type,family,date,since,until,status,source,grade,quote,weight,attributes\n1,1,2021-01-01,2,a,c,supports,cooperation,2021,,,,,,,,\n")
    }

    @Test func noPathInTimeIsNotAnError() throws {
        // d hangs off b by a 2018 relation, before a reaches b.
        let result = try Self.run(["a", "d", "--time-respecting", "--format", "json", "--quiet"])
        #expect(result.status == 0)
        #expect(result.stdout == #"{"from":"a","to":"d","undated_left_out":1,"max_wait":null,"paths":[]}"# + "\n")
        let untimed = try Self.run(["a", "d", "--format", "json"])
        #expect(try untimed.json()["paths"] as? [Any] != nil)
        #expect((try untimed.json()["paths"] as? [Any])?.count == 1)
    }

    /// a–b (2019-03), b–c (since 2019-06), a–c (2021): leaving latest, a takes a–c on the
    /// last day of 2021; to arrive by 2020 it must leave by the end of March 2019 through b.
    @Test func latestDepartureLeavesAsLateAsTheArrivalAllows() throws {
        let any = try Self.run(["a", "c", "--time-respecting", "--latest-departure", "--quiet"])
        #expect(any.stdout == "1 step, departure 2021-12-31, arrival 2021-12-31\n   [1] 2021-12-31  a —supports→ c (2021)\n")
        let json = try Self.run(["a", "c", "--time-respecting", "--latest-departure", "--arrive-by", "2020", "--format", "json", "--quiet"])
        let path = try #require((try json.json()["paths"] as? [[String: Any]])?.first)
        #expect(path["departure"] as? String == "2019-03-31" && path["arrival"] as? String == "2020-12-31")
        #expect(path["nodes"] as? [String] == ["a", "b", "c"])
        #expect((path["edges"] as? [[String: Any]])?.map { $0["at"] as? String } == ["2019-03-31", "2020-12-31"])
        let tooEarly = try Self.run(["a", "c", "--time-respecting", "--latest-departure", "--arrive-by", "2019-05", "--format", "json", "--quiet"])
        #expect(tooEarly.status == 0)
        #expect((try tooEarly.json()["paths"] as? [Any])?.isEmpty == true)
        #expect(try Self.run(["a", "c", "--latest-departure"]).status == 2)
        #expect(try Self.run(["a", "c", "--time-respecting", "--latest-departure", "--start", "2019"]).status == 2)
        #expect(try Self.run(["a", "c", "--time-respecting", "--arrive-by", "2019"]).status == 2)
    }

    @Test func optionsOfTheOtherSearchAreUsageErrors() throws {
        #expect(try Self.run(["a", "c", "--start", "2019"]).status == 2)
        #expect(try Self.run(["a", "c", "--time-respecting", "--k", "2"]).status == 2)
        #expect(try Self.run(["a", "c", "--time-respecting", "--start", "2019-02-30"]).status == 2)
    }

    /// a–b on 2019-01-01, b–c allied from then on, c–d on 2019-03-01: waiting at most 10 days,
    /// the walk goes back and forth between b and c until March.
    static let backAndForth = """
    entities:
      - {id: a, kind: person}
      - {id: b, kind: person}
      - {id: c, kind: person}
      - {id: d, kind: person}
    relations:
      - {from: a, to: b, type: supports, date: 2019-01-01}
      - {from: b, to: c, type: allied-with, since: 2019-01-01}
      - {from: c, to: d, type: supports, date: 2019-03-01}
    """

    @Test func maxWaitBoundsEveryWaitAfterTheStart() throws {
        let json = try CLIRunner.run(["path", "-", "a", "d", "--time-respecting", "--start", "2019", "--max-wait", "10-days", "--format", "json"],
                                     stdin: Self.backAndForth)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try json.json()
        #expect(object["max_wait"] as? Int == 10)
        let path = try #require((object["paths"] as? [[String: Any]])?.first)
        #expect(path["hops"] as? Int == 7 && path["departure"] as? String == "2019-01-01" && path["arrival"] as? String == "2019-03-01")
        #expect(path["nodes"] as? [String] == ["a", "b", "c", "b", "c", "b", "c", "d"])
        let table = try CLIRunner.run(["path", "-", "a", "d", "--time-respecting", "--start", "2019", "--max-wait", "3-weeks"], stdin: Self.backAndForth)
        #expect(table.stdout.hasPrefix("5 steps, waiting at most 21 days, departure 2019-01-01, arrival 2019-03-01\n"), "\(table.stdout)")
        let none = try CLIRunner.run(["path", "-", "a", "d", "--time-respecting", "--max-wait", "0-days", "--format", "json"], stdin: Self.backAndForth)
        let nonePaths = try none.json()["paths"] as? [Any]
        #expect(none.status == 0 && nonePaths?.isEmpty == true)
        let reach = try CLIRunner.run(["reach", "-", "a", "--start", "2019", "--max-wait", "10-days", "--format", "json"], stdin: Self.backAndForth)
        #expect(reach.stdout == #"{"from":"a","start":"2019","max_wait":10,"undated_left_out":0,"reached":[{"id":"b","arrival":"2019-01-01","hops":1},{"id":"c","arrival":"2019-01-01","hops":2},{"id":"d","arrival":"2019-03-01","hops":7}]}"# + "\n")
        let latest = try CLIRunner.run(["path", "-", "a", "d", "--time-respecting", "--latest-departure", "--max-wait", "10-days", "--format", "json"],
                                       stdin: Self.backAndForth)
        let back = try #require((try latest.json()["paths"] as? [[String: Any]])?.first)
        #expect(back["departure"] as? String == "2019-01-01" && back["arrival"] as? String == "2019-03-01")
    }

    @Test func aMaxWaitThatIsNotADurationIsAUsageError() throws {
        for bad in ["10", "month", "1-year", "-3-days", "x-days", "3 days", "99999999999999999999-days"] {
            let result = try CLIRunner.run(["path", "-", "a", "d", "--time-respecting", "--max-wait=\(bad)"], stdin: Self.backAndForth)
            #expect(result.status == 2 && result.stdout.isEmpty, "\(bad)")
            #expect(result.stderr.contains("--max-wait '\(bad)' is not a duration (N-days or N-weeks, such as 30-days)"), "\(result.stderr)")
            #expect(try CLIRunner.run(["reach", "-", "a", "--max-wait=\(bad)"], stdin: Self.backAndForth).status == 2)
        }
        #expect(try CLIRunner.run(["path", "-", "a", "d", "--max-wait", "3-days"], stdin: Self.backAndForth).status == 2)
    }
}
