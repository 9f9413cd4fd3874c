import Testing
@testable import NetGraph

@Suite struct BoundedWaitArrivalTests {
    static func day(_ text: String) -> Int { PartialDate(text)!.lowerBound }

    /// a–b on 2019-01-01 and again on 2019-01-10, b–c on 2019-01-12: waiting at most 3 days,
    /// only the second, later arrival at b catches b–c.
    static let laterArrival = """
    entities:
      - {id: a, kind: person}
      - {id: b, kind: person}
      - {id: c, kind: person}
    relations:
      - {from: a, to: b, type: supports, date: 2019-01-01}
      - {from: a, to: b, type: supports, date: 2019-01-10}
      - {from: b, to: c, type: supports, date: 2019-01-12}
    """

    /// a–b on 2019-01-01, b–c allied from 2019-01-01 on, c–d on 2019-03-01: waiting at most 10
    /// days, the walk goes back and forth between b and c until March.
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

    @Test func aLaterArrivalCatchesWhatTheEarliestCannot() throws {
        let contacts = TemporalContacts(graph: try TestSupport.read(Self.laterArrival), directed: false)
        let search = EarliestArrival(contacts: contacts, source: 0, maxWait: 3)
        #expect(search.arrival(at: 1) == .init(node: 1, day: Self.day("2019-01-01"), hops: 1))
        #expect(search.arrival(at: 2) == .init(node: 2, day: Self.day("2019-01-12"), hops: 2))
        #expect(search.path(to: 2)?.map(\.relation) == [1, 2])
        #expect(search.path(to: 2)?.map(\.day) == [Self.day("2019-01-10"), Self.day("2019-01-12")])
        // b–c is two days after the second a–b: waiting one day is not enough.
        #expect(EarliestArrival(contacts: contacts, source: 0, maxWait: 1).arrival(at: 2) == nil)
        #expect(EarliestArrival(contacts: contacts, source: 0, maxWait: 2).arrival(at: 2)?.day == Self.day("2019-01-12"))
        // The start waits as long as it likes: from 2018 on, a still sets out on 2019-01-10.
        #expect(EarliestArrival(contacts: contacts, source: 0, start: Self.day("2018"), maxWait: 2).arrival(at: 2)?.hops == 2)
        // Leaving a as late as possible for c: on 2019-01-10, two days before b–c.
        let latest = LatestDeparture(contacts: contacts, target: 2, maxWait: 3)
        #expect(latest.departure(from: 0) == .init(node: 0, day: Self.day("2019-01-10"), hops: 2))
        #expect(LatestDeparture(contacts: contacts, target: 2, maxWait: 1).departure(from: 0) == nil)
    }

    @Test func aWalkMayPassAnEntityAgainToRestartItsWait() throws {
        let contacts = TemporalContacts(graph: try TestSupport.read(Self.backAndForth), directed: false)
        let search = EarliestArrival(contacts: contacts, source: 0, start: Self.day("2019-01-01"), maxWait: 10)
        // c holds 2019-01-01…11 after 2 steps, 01-12…31 after 4, 02-01…20 after 6: c–d on
        // 2019-03-01 is within 10 days of 02-20.
        #expect(search.arrival(at: 3) == .init(node: 3, day: Self.day("2019-03-01"), hops: 7))
        let steps = try #require(search.path(to: 3))
        #expect(steps.map(\.to) == [1, 2, 1, 2, 1, 2, 3])
        for (before, after) in zip(steps, steps.dropFirst()) {
            #expect(before.day <= after.day && after.day - before.day <= 10)
        }
        // Without a limit the chain is a–b, b–c, c–d.
        #expect(EarliestArrival(contacts: contacts, source: 0, start: Self.day("2019-01-01")).arrival(at: 3)?.hops == 3)
        // Without waiting, c is held on 2019-01-01 only: d is never reached.
        #expect(EarliestArrival(contacts: contacts, source: 0, start: Self.day("2019-01-01"), maxWait: 0).arrival(at: 3) == nil)
    }

    /// A contact written out from a relation's fields (not from `TemporalContacts`).
    struct Link { let tail: Int, head: Int, open: Int, close: Int, relation: Int }

    static func links(of graph: Graph, directed: Bool) -> [Link] {
        var links: [Link] = []
        for r in 0..<graph.relationCount {
            let interval = graph.interval(ofRelation: r)
            guard interval.isDated else { continue }
            let (s, t) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
            let (open, close) = EarliestArrivalTests.span(interval)
            links.append(Link(tail: s, head: t, open: open, close: close, relation: r))
            if s != t && (!directed || !graph.isDirected(relation: r)) {
                links.append(Link(tail: t, head: s, open: open, close: close, relation: r))
            }
        }
        return links
    }

    /// Every time-respecting walk, enumerated as the states (entity, day) it passes through,
    /// breadth first, so a state's layer is the fewest steps of a walk into it. Days run over
    /// `low...high`, one day before and after every bounded day of the graph and the start;
    /// those two days stand for every day before and after, where only open-ended relations
    /// are open. Forwards, the start holds from `origin` on and a walk at (u, t) takes a
    /// contact from u on a day of t...t + maxWait; backwards, the target holds up to
    /// `origin` and a walk at (v, t) takes a contact into v on a day of t − maxWait...t.
    static func layers(_ links: [Link], nodes: Int, from root: Int, origin: Int?, maxWait: Int, forwards: Bool,
                       low: Int, high: Int) -> [Int: [Int: Int]] {
        var layer: [Int: [Int: Int]] = [:]
        var current: [(Int, Int)] = []
        let first = forwards ? max(origin ?? low, low) : low
        let last = forwards ? high : min(origin ?? high, high)
        if first <= last {
            for t in first...last { current.append((root, t)); layer[root, default: [:]][t] = 0 }
        }
        var depth = 0
        while !current.isEmpty {
            depth += 1
            var next: [(Int, Int)] = []
            for (u, t) in current {
                for link in links where (forwards ? link.tail : link.head) == u {
                    let from = forwards ? max(t, link.open, low) : max(t - maxWait, link.open, low)
                    let to = forwards ? min(t + maxWait, link.close, high) : min(t, link.close, high)
                    guard from <= to else { continue }
                    let v = forwards ? link.head : link.tail
                    for τ in from...to where layer[v]?[τ] == nil {
                        layer[v, default: [:]][τ] = depth
                        next.append((v, τ))
                    }
                }
            }
            current = next
        }
        return layer
    }

    static func bounds(_ links: [Link], _ origin: Int?) -> (low: Int, high: Int) {
        let bounded = (links.flatMap { [$0.open, $0.close] } + (origin.map { [$0] } ?? [])).filter { $0 != Int.min && $0 != Int.max }
        return ((bounded.min() ?? 0) - 1, (bounded.max() ?? 0) + 1)
    }

    @Test func earliestArrivalsAgreeWithEveryWalk() throws {
        var random = EarliestArrivalTests.RandomTemporalGraphs(seed: 0x3A17_0016, compact: true)
        for round in 0..<150 {
            let graph = try random.graph()
            let n = graph.nodeCount
            let directed = round % 2 == 1
            let start: Int? = random.next(3) == 0 ? nil : random.date().lowerBound
            let maxWait = [0, 1, 2, 5, 10, 20][random.next(6)]
            let source = random.next(n)
            let search = EarliestArrival(contacts: TemporalContacts(graph: graph, directed: directed), source: source,
                                         start: start, maxWait: maxWait)
            let links = Self.links(of: graph, directed: directed)
            let (low, high) = Self.bounds(links, start)
            let layers = Self.layers(links, nodes: n, from: source, origin: start, maxWait: maxWait, forwards: true, low: low, high: high)
            for v in 0..<n {
                let expected = layers[v].flatMap { days in days.keys.min().map { ($0 == low ? Int.min : $0, days[$0]!) } }
                let found = search.arrival(at: v)
                #expect(found?.day == expected?.0 && found?.hops == expected?.1,
                        "round \(round), node \(v), wait \(maxWait): \(String(describing: found)) vs \(String(describing: expected))")
                guard let found, let steps = search.path(to: v) else { continue }
                #expect(steps.count == found.hops)
                let end = Self.expectWalk(steps, in: graph, from: source, on: start ?? Int.min, maxWait: maxWait, round: round)
                #expect(end.at == v && (steps.isEmpty || end.day == found.day))
            }
        }
    }

    @Test func latestDeparturesAgreeWithEveryWalk() throws {
        var random = EarliestArrivalTests.RandomTemporalGraphs(seed: 0x5D2E_0016, compact: true)
        for round in 0..<150 {
            let graph = try random.graph()
            let n = graph.nodeCount
            let directed = round % 2 == 0
            let deadline: Int? = random.next(3) == 0 ? nil : random.date().upperBound
            let maxWait = [0, 1, 3, 7, 15][random.next(5)]
            let target = random.next(n)
            let search = LatestDeparture(contacts: TemporalContacts(graph: graph, directed: directed), target: target,
                                         deadline: deadline, maxWait: maxWait)
            let links = Self.links(of: graph, directed: directed)
            let (low, high) = Self.bounds(links, deadline)
            let layers = Self.layers(links, nodes: n, from: target, origin: deadline, maxWait: maxWait, forwards: false, low: low, high: high)
            for u in 0..<n {
                let expected = layers[u].flatMap { days in days.keys.max().map { ($0 == high ? Int.max : $0, days[$0]!) } }
                let found = search.departure(from: u)
                #expect(found?.day == expected?.0 && found?.hops == expected?.1,
                        "round \(round), node \(u), wait \(maxWait): \(String(describing: found)) vs \(String(describing: expected))")
                guard let found, let steps = search.path(from: u) else { continue }
                #expect(steps.count == found.hops)
                let end = Self.expectWalk(steps, in: graph, from: u, on: found.day, maxWait: maxWait, round: round)
                #expect(end.at == target && end.day <= (deadline ?? Int.max))
                if let first = steps.first { #expect(first.day == found.day) }
            }
        }
    }

    /// Checks that `steps` is a walk from `origin` setting out on `day` or later: each step
    /// leaves where the one before arrived, no earlier than it, on a day inside its relation's
    /// span, and every step after the first waits at most `maxWait` days. Returns where and
    /// on which day the walk ends.
    static func expectWalk(_ steps: [EarliestArrival.Step], in graph: Graph, from origin: Int, on day: Int, maxWait: Int,
                           round: Int) -> (at: Int, day: Int) {
        var (at, now) = (origin, day)
        for (index, step) in steps.enumerated() {
            #expect(step.from == at && step.day >= now, "round \(round): step \(index) leaves \(step.from) on \(step.day)")
            if index > 0 { #expect(step.day - now <= maxWait, "round \(round): waited \(step.day - now) days") }
            let (open, close) = EarliestArrivalTests.span(graph.interval(ofRelation: step.relation))
            #expect(open <= step.day && step.day <= close)
            (at, now) = (step.to, step.day)
        }
        return (at, now)
    }

    /// A limit longer than the whole span changes nothing: the answers are those of the search
    /// without one, on graphs spread over 2018–2020.
    @Test func aLimitLongerThanTheSpanIsNoLimit() throws {
        var random = EarliestArrivalTests.RandomTemporalGraphs(seed: 0x0B0B_0016)
        for round in 0..<80 {
            let graph = try random.graph()
            let directed = round % 2 == 1
            let start: Int? = random.next(3) == 0 ? nil : random.date().lowerBound
            let contacts = TemporalContacts(graph: graph, directed: directed)
            let source = random.next(graph.nodeCount)
            let unlimited = EarliestArrival(contacts: contacts, source: source, start: start)
            let limited = EarliestArrival(contacts: contacts, source: source, start: start, maxWait: 5000)
            #expect(unlimited.arrivals == limited.arrivals, "round \(round)")
            let latest = LatestDeparture(contacts: contacts, target: source, deadline: start)
            let latestLimited = LatestDeparture(contacts: contacts, target: source, deadline: start, maxWait: 5000)
            #expect(latest.departures == latestLimited.departures, "round \(round)")
        }
    }
}
