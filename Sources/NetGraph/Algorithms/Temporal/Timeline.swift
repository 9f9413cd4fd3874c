/// The graph's evolution, one snapshot per period: what was present, what entered and what
/// left, how it hung together, and who ranked highest.
///
/// A snapshot of the period [start, end] is the graph through ``TimeFilter`` `.between(start,
/// end)`: the relations that overlap the period (an instant inside it, an interval
/// overlapping it), with the undated ones kept or dropped as the filter's policy says. Its
/// *active* entities are those in at least one of its relations; entered and left compare
/// them with the previous snapshot's (the first snapshot's entered are all its entities).
/// Components and the top scores are computed on the active entities only, so an entity
/// absent in a period neither counts as a component nor dilutes normalised scores.
///
/// The periods tile the span of the dated relations (the earliest bound to the latest; open
/// ends add nothing): calendar years, calendar months, or runs of N days from the first day.
///
/// - Complexity: P snapshots × (O(n + m) + the measure's cost on the snapshot).
public struct Timeline: Sendable {
    /// How long a period is.
    public enum Period: Hashable, Sendable {
        case year, month
        case days(Int)
    }

    /// One period's snapshot.
    public struct Snapshot: Sendable {
        public var start: PartialDate
        public var end: PartialDate
        /// Active entities (in at least one relation of the period), ascending node indices.
        public var entities: [Int]
        public var relations: Int
        public var entered: [Int]
        public var left: [Int]
        public var components: Int
        public var largestComponent: Int
        /// The best `k` active entities under the measure, best first, with their scores.
        public var top: [(node: Int, score: Double)]
    }

    public var snapshots: [Snapshot] = []
    /// Relations of the graph without a date: in every snapshot when undated relations are
    /// kept, in none when dropped.
    public var undatedRelations = 0

    /// The most snapshots a timeline makes (a daily timeline over 27 years).
    public static let maximumSnapshots = 10_000

    public enum TimelineError: Error, Equatable {
        case tooManyPeriods(Int)
        case badPeriod
    }

    /// The periods covering the dated relations of `graph`, or nil when none is dated.
    public static func periods(of graph: Graph, every period: Period) throws(TimelineError) -> [(PartialDate, PartialDate)]? {
        var low = Int.max
        var high = Int.min
        for r in 0..<graph.relationCount {
            let interval = graph.interval(ofRelation: r)
            for bound in [interval.date, interval.since, interval.until].compactMap({ $0 }) {
                low = min(low, bound.lowerBound)
                high = max(high, bound.upperBound)
            }
        }
        guard low <= high, let first = PartialDate(dayNumber: low), let last = PartialDate(dayNumber: high) else { return nil }
        var result: [(PartialDate, PartialDate)] = []
        switch period {
        case .year:
            guard last.year - first.year < maximumSnapshots else { throw .tooManyPeriods(last.year - first.year + 1) }
            for year in first.year...last.year {
                let date = PartialDate(year: year)!
                result.append((date, date))
            }
        case .month:
            let months = (last.year - first.year) * 12 + (last.month! - first.month!) + 1
            guard months <= maximumSnapshots else { throw .tooManyPeriods(months) }
            for index in 0..<months {
                let month = first.month! - 1 + index
                let date = PartialDate(year: first.year + month / 12, month: month % 12 + 1)!
                result.append((date, date))
            }
        case .days(let n):
            guard n >= 1 else { throw .badPeriod }
            let count = (high - low) / n + 1
            guard count <= maximumSnapshots else { throw .tooManyPeriods(count) }
            for index in 0..<count {
                let start = low + index * n
                result.append((PartialDate(dayNumber: start)!, PartialDate(dayNumber: start + n - 1)!))
            }
        }
        return result
    }

    /// The snapshots of `graph`, every `period`, with the top `k` under `measure`.
    public init(graph: Graph, every period: Period, undated: TimeFilter.UndatedPolicy = .keep,
                measure: CentralityMeasure = .degree, k: Int = 5, settings: CentralityMeasure.Settings = .init()) throws {
        undatedRelations = (0..<graph.relationCount).filter { !graph.interval(ofRelation: $0).isDated }.count
        guard let periods = try Self.periods(of: graph, every: period) else { return }
        var previous: Set<Int> = []
        for (start, end) in periods {
            let window = graph.applying(TimeFilter(scope: .between(start, end), undated: undated)).graph
            // A window can leave out entities (their since/until), so its node indices are mapped
            // back to the graph's by id, once per window.
            let toGraph = (0..<window.nodeCount).map { graph.index(of: window.id(ofNode: $0))! }
            var isActive = [Bool](repeating: false, count: window.nodeCount)
            for r in 0..<window.relationCount {
                isActive[Int(window.relationSources[r])] = true
                isActive[Int(window.relationTargets[r])] = true
            }
            let active = Set((0..<window.nodeCount).filter { isActive[$0] }.map { toGraph[$0] })
            let members = active.sorted()
            let activeView = window.view(keepingNodes: { isActive[$0] })
            let projection = try activeView.analysisGraph()
            let components = ConnectedComponents(projection)
            let scores = try measure.scores(projection, settings: settings)
            let top = measure.ranked(scores) { activeView.id(ofNode: $0) }.prefix(k).map { node in
                (node: graph.index(of: activeView.id(ofNode: node))!, score: scores[node])
            }
            snapshots.append(Snapshot(start: start, end: end, entities: members, relations: window.relationCount,
                                      entered: members.filter { !previous.contains($0) },
                                      left: previous.subtracting(active).sorted(),
                                      components: components.sizes.count, largestComponent: components.sizes.first ?? 0,
                                      top: Array(top)))
            previous = active
        }
    }
}
