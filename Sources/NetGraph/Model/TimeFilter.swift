/// Which time a command looks at: a point (`--as-of`), a window (`--between`), or all of it,
/// and what becomes of relations that carry no date at all (`--undated`).
///
/// Time is counted in days. A partial date is the interval it names (`2019` is 1 January to
/// 31 December 2019), so a window `2019 2020-06` runs from 1 January 2019 to 30 June 2020.
/// A relation with a `date` happens at that instant; one with `since`/`until` holds over that
/// interval, an absent end being open.
///
/// - A point keeps entities and relations whose span overlaps the date, and one-off relations
///   that had happened by then (``Graph/asOf(_:)``).
/// - A window keeps entities and relations whose span overlaps it, and one-off relations whose
///   date falls inside it.
/// - Undated relations are kept or dropped as ``undated`` says. Undated entities are always
///   kept: most entities carry no dates, and a relation already says when the two were linked.
public struct TimeFilter: Hashable, Sendable {
    /// The time looked at.
    public enum Scope: Hashable, Sendable {
        case all
        case asOf(PartialDate)
        case between(PartialDate, PartialDate)
    }

    /// What becomes of relations without `date`, `since` or `until`.
    public enum UndatedPolicy: String, Hashable, Sendable, CaseIterable {
        case keep
        case drop
    }

    public var scope: Scope
    public var undated: UndatedPolicy

    /// A filter; `between` must be given in order (`from` not after `to`), see ``isOrdered``.
    public init(scope: Scope = .all, undated: UndatedPolicy = .keep) {
        self.scope = scope
        self.undated = undated
    }

    /// False only for a window whose start comes after its end (`2021 2019`).
    public var isOrdered: Bool {
        if case let .between(from, to) = scope { return from.lowerBound <= to.upperBound }
        return true
    }

    /// True when the filter changes anything: a point or a window, or dropping undated relations.
    public var isActive: Bool { scope != .all || undated == .drop }
}

/// A graph seen through a ``TimeFilter``, with the number of undated relations the filter kept
/// or dropped (counted among relations that passed every other test).
public struct TimeFilteredGraph: Sendable {
    public let graph: Graph
    public let undatedKept: Int
    public let undatedDropped: Int
}

extension Graph {
    /// The graph seen through `filter` (see ``TimeFilter`` for the rules).
    ///
    /// - Complexity: O(n + m), on the date columns; no values are made.
    public func applying(_ filter: TimeFilter) -> TimeFilteredGraph {
        // The whole time line, undated relations kept: every relation stays, so the graph
        // itself is the answer; only the undated ones are counted (a view would copy every
        // row index for nothing, on every command of every run).
        if !filter.isActive {
            let dates = columns.relations
            let undated = dates.dates.isEmpty && dates.since.isEmpty && dates.until.isEmpty ? relationCount
                : (0..<relationCount).reduce(0) { $0 + (interval(ofRelation: $1).isDated ? 0 : 1) }
            return TimeFilteredGraph(graph: self, undatedKept: undated, undatedDropped: 0)
        }
        let base: Graph
        var window: (lower: Int, upper: Int)?
        switch filter.scope {
        case .all: base = self
        case let .asOf(date): base = asOf(date)
        case let .between(from, to):
            window = (from.lowerBound, to.upperBound)
            base = self
        }
        let entityColumns = base.columns.entities
        var kept = 0
        var dropped = 0
        let result = base.view(
            keepingNodes: { v in
                guard let window else { return true }
                let row = base.entityRow(v)
                return Self.overlaps(entityColumns.since[row], entityColumns.until[row], window)
            },
            relations: { r in
                let interval = base.interval(ofRelation: r)
                guard interval.isDated else {
                    if filter.undated == .keep { kept += 1; return true }
                    dropped += 1
                    return false
                }
                guard let window else { return true }
                if let happened = interval.date {
                    return happened.upperBound >= window.lower && happened.lowerBound <= window.upper
                }
                return Self.overlaps(interval.since, interval.until, window)
            })
        return TimeFilteredGraph(graph: result, undatedKept: kept, undatedDropped: dropped)
    }

    private static func overlaps(_ since: PartialDate?, _ until: PartialDate?, _ window: (lower: Int, upper: Int)) -> Bool {
        (since.map { $0.lowerBound <= window.upper } ?? true) && (until.map { $0.upperBound >= window.lower } ?? true)
    }
}
