import Testing
@testable import NetGraph

@Suite struct TimeFilterTests {
    static let head = """
    entities:
      - {id: a, kind: cartel, name: A}
      - {id: b, kind: official, name: B}
      - {id: c, kind: official, name: C, since: 2022}
    relations:

    """

    /// The weights of the relations a filter keeps (each fixture relation's weight is its index).
    static func keptWeights(_ graph: Graph, _ filter: TimeFilter) -> [Int] {
        let result = graph.applying(filter).graph
        return (0..<result.relationCount).map { Int(result.weight(ofRelation: $0) ?? -1) }
    }

    static let hand = head + """
      - {from: b, to: a, type: investigated, weight: 0, date: 2019-03-02}
      - {from: b, to: a, type: investigated, weight: 1, since: 2018, until: 2018-12}
      - {from: b, to: a, type: investigated, weight: 2, since: 2020-07}
      - {from: b, to: a, type: investigated, weight: 3}
      - {from: b, to: a, type: investigated, weight: 4, until: 2019-01-01}
      - {from: c, to: a, type: investigated, weight: 5}
    """

    @Test func aWindowKeepsWhatOverlapsIt() throws {
        let graph = try TestSupport.read(Self.hand)
        let window = TimeFilter(scope: .between(PartialDate("2019")!, PartialDate("2020-06")!))
        #expect(Self.keptWeights(graph, window) == [0, 3, 4])
        #expect(graph.applying(window).undatedKept == 1)
        #expect(graph.applying(window).graph.nodeCount == 2)
        let drop = TimeFilter(scope: .between(PartialDate("2019")!, PartialDate("2020-07")!), undated: .drop)
        #expect(Self.keptWeights(graph, drop) == [0, 2, 4])
        #expect(graph.applying(drop).undatedDropped == 1)
    }

    /// No filter keeps everything and counts the undated relations, as a filter that keeps
    /// every dated one would.
    @Test func theWholeTimeLineKeepsEveryRelation() throws {
        let graph = try TestSupport.read(Self.hand)
        let all = graph.applying(TimeFilter())
        #expect(Self.keptWeights(graph, TimeFilter()) == [0, 1, 2, 3, 4, 5])
        #expect(all.graph.nodeCount == 3)
        #expect(all.undatedKept == 2)
        #expect(all.undatedDropped == 0)
        let wide = graph.applying(TimeFilter(scope: .between(PartialDate("1900")!, PartialDate("2100")!)))
        #expect(wide.undatedKept == all.undatedKept)
        let undated = try TestSupport.read(Self.head + "  - {from: b, to: a, type: investigated}\n")
        #expect(undated.applying(TimeFilter()).undatedKept == 1)
    }

    @Test func aPartialDateIsTheIntervalItNames() throws {
        let graph = try TestSupport.read(Self.hand)
        let day = TimeFilter(scope: .between(PartialDate("2018-12-31")!, PartialDate("2018-12-31")!), undated: .drop)
        #expect(Self.keptWeights(graph, day) == [1, 4])
        let later = TimeFilter(scope: .between(PartialDate("2019-01-02")!, PartialDate("2019-03-01")!), undated: .drop)
        #expect(Self.keptWeights(graph, later) == [])
    }

    @Test func undatedDropWithoutAWindowKeepsEveryDatedRelation() throws {
        let graph = try TestSupport.read(Self.hand)
        #expect(Self.keptWeights(graph, TimeFilter(undated: .drop)) == [0, 1, 2, 4])
        #expect(Self.keptWeights(graph, TimeFilter()) == [0, 1, 2, 3, 4, 5])
        #expect(!TimeFilter().isActive)
        #expect(graph.applying(TimeFilter(scope: .asOf(PartialDate("2019")!))).undatedKept == 1)
    }

    @Test func aReversedWindowIsNotOrdered() {
        #expect(!TimeFilter(scope: .between(PartialDate("2021")!, PartialDate("2019")!)).isOrdered)
        #expect(TimeFilter(scope: .between(PartialDate("2019-05")!, PartialDate("2019")!)).isOrdered)
    }

    /// Random relations and windows against a day-by-day definition of overlap.
    @Test func aWindowAgreesWithDayByDayEnumeration() throws {
        var state: UInt64 = 0x5EED_16
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        func randomDate() -> PartialDate {
            let year = 2018 + next(3)
            switch next(3) {
            case 0: return PartialDate(year: year)!
            case 1: return PartialDate(year: year, month: 1 + next(12))!
            default: return PartialDate(year: year, month: 1 + next(12), day: 1 + next(28))!
            }
        }
        func days(_ date: PartialDate) -> Set<Int> { Set(date.lowerBound...date.upperBound) }
        let everyDay = Set(PartialDate("2017")!.lowerBound...PartialDate("2021")!.upperBound)
        for _ in 0..<40 {
            var text = Self.head
            var spans: [Set<Int>?] = []
            for index in 0..<25 {
                switch next(4) {
                case 0:
                    let date = randomDate()
                    text += "  - {from: b, to: a, type: investigated, weight: \(index), date: \(date)}\n"
                    spans.append(days(date))
                case 1:
                    var (since, until) = (randomDate(), randomDate())
                    if since.lowerBound > until.upperBound { swap(&since, &until) }
                    text += "  - {from: b, to: a, type: investigated, weight: \(index), since: \(since), until: \(until)}\n"
                    spans.append(Set(since.lowerBound...until.upperBound))
                case 2:
                    let since = randomDate()
                    text += "  - {from: b, to: a, type: investigated, weight: \(index), since: \(since)}\n"
                    spans.append(everyDay.filter { $0 >= since.lowerBound })
                default:
                    text += "  - {from: b, to: a, type: investigated, weight: \(index)}\n"
                    spans.append(nil)
                }
            }
            let graph = try TestSupport.read(text)
            var (from, to) = (randomDate(), randomDate())
            if from.lowerBound > to.upperBound { swap(&from, &to) }
            let window = Set(from.lowerBound...to.upperBound)
            for policy in TimeFilter.UndatedPolicy.allCases {
                let expected = spans.indices.filter { i in
                    guard let span = spans[i] else { return policy == .keep }
                    return !span.isDisjoint(with: window)
                }
                #expect(Self.keptWeights(graph, TimeFilter(scope: .between(from, to), undated: policy)) == expected,
                        "window \(from) \(to), \(policy)")
            }
        }
    }
}
