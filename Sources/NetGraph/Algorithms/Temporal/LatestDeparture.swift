/// The latest departure by time-respecting paths to one entity, with the fewest steps among
/// paths that leave equally late: how long an actor could have waited and still got an order,
/// money or news through to the target (by a deadline, when one is given).
///
/// Time-respecting paths are those of ``EarliestArrival``: contacts taken at non-decreasing
/// days. The latest departure from `u` is the greatest day on which some such path from `u`
/// reaches the target no later than the deadline (`Int.max` without one: any time). It is an
/// earliest arrival with time running backwards — every contact reversed, its span negated
/// (``TemporalContacts/reversedInTime()``) — searched from the target, so it has the same
/// rounds, the same tie rule and the same complexity.
///
/// With a waiting limit (`maxWait`) the walks wait at most that many days at each entity
/// before the target; the limit reads the same with time running backwards, and the target,
/// like the start of an earliest arrival, is free to wait (``BoundedWaitArrival``).
///
/// - Complexity: as ``EarliestArrival`` (``BoundedWaitArrival`` with a waiting limit).
///
/// Reference: H. Wu et al., "Path problems in temporal graphs", PVLDB 7(9), 2014 (the
/// latest-departure path).
public struct LatestDeparture: Sendable {
    /// One entity that can reach the target: the latest day it can set out (`Int.max` if at
    /// any time) and in how many steps.
    public struct Departure: Hashable, Sendable {
        public let node: Int
        public let day: Int
        public let hops: Int
    }

    public let target: Int
    private let backwards: EarliestArrival

    /// Searches towards `target`, arriving by day `deadline` (nil: any time), waiting at most
    /// `maxWait` days at each entity before the target (nil: as long as it takes).
    public init(contacts: TemporalContacts, target: Int, deadline: Int? = nil, maxWait: Int? = nil) {
        self.target = target
        backwards = EarliestArrival(contacts: contacts.reversedInTime(), source: target,
                                    start: deadline.map { $0 == Int.max ? Int.min : -$0 }, maxWait: maxWait)
    }

    private static func forward(_ day: Int) -> Int { day == Int.min ? Int.max : day == Int.max ? Int.min : -day }

    /// The latest departure from `node`, nil if it cannot reach the target in time.
    public func departure(from node: Int) -> Departure? {
        backwards.arrival(at: node).map { Departure(node: node, day: Self.forward($0.day), hops: $0.hops) }
    }

    /// Every entity that can reach the target (the target included, with 0 steps), latest
    /// departure first, then fewest steps, then node order.
    public var departures: [Departure] {
        backwards.arrivals.map { Departure(node: $0.node, day: Self.forward($0.day), hops: $0.hops) }
    }

    /// The steps of the latest-departing, then fewest-step, path from `node` to the target,
    /// in travel order, each with the day it is taken; nil if there is none.
    public func path(from node: Int) -> [EarliestArrival.Step]? {
        backwards.path(to: node).map { steps in
            steps.reversed().map { EarliestArrival.Step(relation: $0.relation, from: $0.to, to: $0.from, day: Self.forward($0.day)) }
        }
    }
}
