import Testing
@testable import NetGraph

@Suite struct EarliestArrivalTests {
    static func day(_ text: String) -> Int { PartialDate(text)!.lowerBound }

    /// a –2019-03→ b –since 2019-06→ c, a –2021→ c; b –2018→ d (too early once at b), e undated.
    static let hand = """
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

    @Test func handFixture() throws {
        let graph = try TestSupport.read(Self.hand)
        let contacts = TemporalContacts(graph: graph, directed: false)
        #expect(contacts.undatedCount == 1)
        let search = EarliestArrival(contacts: contacts, source: 0, start: Self.day("2019"))
        #expect(search.arrival(at: 2) == .init(node: 2, day: Self.day("2019-06"), hops: 2))
        #expect(search.arrival(at: 1) == .init(node: 1, day: Self.day("2019-03"), hops: 1))
        #expect(search.arrival(at: 3) == nil)
        #expect(search.arrival(at: 4) == nil)
        #expect(search.path(to: 2)?.map(\.relation) == [0, 1])
        #expect(search.path(to: 2)?.map(\.day) == [Self.day("2019-03"), Self.day("2019-06")])
        // Starting after the alliance began, the alliance is taken on the arrival day.
        let late = EarliestArrival(contacts: contacts, source: 0, start: Self.day("2019-08"))
        #expect(late.arrival(at: 2) == .init(node: 2, day: Self.day("2021"), hops: 1))
        // b only back through the alliance, once c is reached in 2021.
        #expect(late.arrival(at: 1) == .init(node: 1, day: Self.day("2021"), hops: 2))
        // Without a start, d is reached through b only if b is reached by 2018: it is not.
        #expect(EarliestArrival(contacts: contacts, source: 0).arrival(at: 3) == nil)
        // Directed, supports is not followed backwards: c cannot reach a.
        let directed = EarliestArrival(contacts: TemporalContacts(graph: graph, directed: true), source: 2)
        #expect(directed.arrival(at: 0) == nil)
        #expect(directed.arrival(at: 1) != nil)
    }

    /// Random small graphs against an enumeration of every simple time-respecting path.
    /// The days a relation can be taken on, written out from its fields (the enumerations
    /// check `TemporalContacts` and must not share its code): a date's days, or since…until
    /// with open ends unbounded.
    static func span(_ interval: RelationInterval) -> (open: Int, close: Int) {
        (interval.date?.lowerBound ?? interval.since?.lowerBound ?? Int.min,
         interval.date?.upperBound ?? interval.until?.upperBound ?? Int.max)
    }

    /// A seeded source of small random temporal graphs for the brute-force checks: 3–7
    /// entities, directed and undirected relations with a date, an interval, an open interval
    /// or no date, on days of 2018–2020.
    struct RandomTemporalGraphs {
        private var state: UInt64
        /// Dates in January and February 2019 only, for enumerations that visit every day.
        private let compact: Bool

        init(seed: UInt64, compact: Bool = false) { state = seed; self.compact = compact }

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }

        mutating func date() -> PartialDate {
            if compact {
                let month = 1 + next(2)
                return next(3) == 0 ? PartialDate(year: 2019, month: month)! : PartialDate(year: 2019, month: month, day: 1 + next(28))!
            }
            let year = 2018 + next(3)
            switch next(3) {
            case 0: return PartialDate(year: year)!
            case 1: return PartialDate(year: year, month: 1 + next(12))!
            default: return PartialDate(year: year, month: 1 + next(12), day: 1 + next(28))!
            }
        }

        mutating func graph() throws -> Graph {
            let n = 3 + next(5)
            var text = "entities:\n" + (0..<n).map { "  - {id: n\($0), kind: person}\n" }.joined() + "relations:\n"
            for _ in 0..<(n + next(2 * n)) {
                let (u, v) = (next(n), next(n))
                var line = "  - {from: n\(u), to: n\(v), type: \(next(2) == 0 ? "supports" : "allied-with")"
                switch next(5) {
                case 0: line += ", date: \(date())"
                case 1:
                    var (since, until) = (date(), date())
                    if since.lowerBound > until.upperBound { swap(&since, &until) }
                    line += ", since: \(since), until: \(until)"
                case 2: line += ", since: \(date())"
                case 3: line += ", until: \(date())"
                default: break
                }
                text += line + "}\n"
            }
            return try TestSupport.read(text)
        }
    }

    @Test func agreesWithBruteForceEnumeration() throws {
        var random = RandomTemporalGraphs(seed: 0x7E3B_0016)
        for round in 0..<60 {
            let graph = try random.graph()
            let n = graph.nodeCount
            let directed = round % 2 == 1
            let start: Int? = random.next(3) == 0 ? nil : random.date().lowerBound
            let contacts = TemporalContacts(graph: graph, directed: directed)
            let source = random.next(n)
            let search = EarliestArrival(contacts: contacts, source: source, start: start)

            // Every simple path, each contact taken as early as it can be.
            var expected: [Int: (day: Int, hops: Int)] = [source: (start ?? Int.min, 0)]
            var visited = Set([source])
            func explore(_ u: Int, _ now: Int, _ hops: Int) {
                for r in 0..<graph.relationCount {
                    let interval = graph.interval(ofRelation: r)
                    guard interval.isDated else { continue }
                    let (s, t) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
                    let both = !directed || !graph.isDirected(relation: r)
                    let heads = (s == u ? [t] : []) + (both && t == u ? [s] : [])
                    let (open, close) = Self.span(interval)
                    for v in heads where !visited.contains(v) && close >= now {
                        let day = max(now, open)
                        if let known = expected[v], (known.day, known.hops) <= (day, hops + 1) {} else { expected[v] = (day, hops + 1) }
                        visited.insert(v)
                        explore(v, day, hops + 1)
                        visited.remove(v)
                    }
                }
            }
            explore(source, start ?? Int.min, 0)
            for v in 0..<n {
                let found = search.arrival(at: v)
                #expect(found?.day == expected[v]?.day && found?.hops == expected[v]?.hops, "round \(round), node \(v)")
                guard let steps = search.path(to: v), let found else { continue }
                #expect(steps.count == found.hops)
                var (at, now) = (source, start ?? Int.min)
                for step in steps {
                    #expect(step.from == at && step.day >= now)
                    let interval = graph.interval(ofRelation: step.relation)
                    let (open, close) = Self.span(interval)
                    #expect(open <= step.day && step.day <= close)
                    (at, now) = (step.to, step.day)
                }
                #expect(at == v && (steps.isEmpty || now == found.day))
            }
        }
    }

    /// Latest departures against an enumeration of every simple path backwards from the
    /// target: each contact taken as late as the rest of the path allows.
    @Test func latestDeparturesAgreeWithBruteForceEnumeration() throws {
        var random = RandomTemporalGraphs(seed: 0x1A7E_D3A2)
        for round in 0..<60 {
            let graph = try random.graph()
            let n = graph.nodeCount
            let directed = round % 2 == 1
            let deadline: Int? = random.next(3) == 0 ? nil : random.date().upperBound
            let target = random.next(n)
            let search = LatestDeparture(contacts: TemporalContacts(graph: graph, directed: directed), target: target, deadline: deadline)

            // Every simple path into the target, walked backwards: `latest` is the last day one
            // may be at the current node and still arrive in time.
            var expected: [Int: (day: Int, hops: Int)] = [target: (deadline ?? Int.max, 0)]
            var visited = Set([target])
            func better(_ a: (day: Int, hops: Int), than b: (day: Int, hops: Int)) -> Bool { a.day > b.day || (a.day == b.day && a.hops < b.hops) }
            func explore(_ v: Int, _ latest: Int, _ hops: Int) {
                for r in 0..<graph.relationCount {
                    let interval = graph.interval(ofRelation: r)
                    guard interval.isDated else { continue }
                    let (s, t) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
                    let both = !directed || !graph.isDirected(relation: r)
                    let tails = (t == v ? [s] : []) + (both && s == v ? [t] : [])
                    let (open, close) = Self.span(interval)
                    for u in tails where !visited.contains(u) && open <= latest {
                        let day = min(latest, close)
                        if let known = expected[u], !better((day, hops + 1), than: known) {} else { expected[u] = (day, hops + 1) }
                        visited.insert(u)
                        explore(u, day, hops + 1)
                        visited.remove(u)
                    }
                }
            }
            explore(target, deadline ?? Int.max, 0)
            for u in 0..<n {
                let found = search.departure(from: u)
                #expect(found?.day == expected[u]?.day && found?.hops == expected[u]?.hops, "round \(round), node \(u)")
                guard let steps = search.path(from: u), let found else { continue }
                #expect(steps.count == found.hops)
                var (at, now) = (u, found.day)
                for step in steps {
                    #expect(step.from == at && step.day >= now)
                    let interval = graph.interval(ofRelation: step.relation)
                    let (open, close) = Self.span(interval)
                    #expect(open <= step.day && step.day <= close)
                    (at, now) = (step.to, step.day)
                }
                #expect(at == target && now <= (deadline ?? Int.max))
                if let first = steps.first { #expect(first.day == found.day) }
            }
        }
    }

    @Test func dayNumbersRoundTrip() {
        for text in ["2019-01-01", "2020-02-29", "2020-03-01", "2019-12-31", "0001-01-01", "9999-12-31"] {
            #expect(PartialDate(dayNumber: PartialDate(text)!.lowerBound)?.description == text)
        }
    }
}
