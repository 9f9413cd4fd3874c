/// Earliest arrival by time-respecting paths from one entity, with the fewest steps among
/// paths that arrive equally early.
///
/// A time-respecting path takes its contacts (``TemporalContacts``) at non-decreasing days:
/// having arrived at `u` on day `t`, a contact from `u` open over `a...b` can be taken if
/// `b >= t`, on day `max(t, a)`, and arrives at once. The earliest arrival at `v` is the least
/// day on which some time-respecting path from the start reaches `v` (Wu et al.'s
/// *earliest-arrival path*); among the paths reaching `v` that day, the answer has the fewest
/// steps. The start is reached on the start day (`Int.min` without one: any time).
///
/// The search relaxes by rounds of steps: round `h` holds, for each entity, the earliest
/// arrival using at most `h` steps. Arriving earlier never hurts a later step (one may wait),
/// so round `h + 1` needs only the entities round `h` improved, and the first round that
/// attains an entity's final arrival gives its fewest steps. Every improvement is logged with
/// the step before it, so the path reported is the one the round saw.
///
/// - Complexity: O(H · m) time for H rounds (H is at most the longest fewest-step path, below n),
///   O(n + improvements) space. Wu et al. reach O(m) for earliest arrival alone with one pass
///   over time-sorted contacts; the rounds here also give fewest steps among equal arrivals.
///
/// With a waiting limit (`maxWait`), a later arrival can catch what an earlier one cannot, and
/// the search is ``BoundedWaitArrival``'s, over walks that wait at most that many days.
///
/// Reference: H. Wu, J. Cheng, S. Huang, Y. Ke, Y. Lu, Y. Xu, "Path problems in temporal
/// graphs", PVLDB 7(9):721–732, 2014.
public struct EarliestArrival: Sendable {
    /// One entity reached: the day it is reached (`Int.min` if at any time) and in how many steps.
    public struct Arrival: Hashable, Sendable {
        public let node: Int
        public let day: Int
        public let hops: Int
    }

    /// One step of a path: the relation taken, from which entity to which, and on which day.
    public struct Step: Hashable, Sendable {
        public let relation: Int
        public let from: Int
        public let to: Int
        public let day: Int
    }

    private struct Entry: Sendable {
        let node: Int32
        let contact: Int32
        let day: Int
        let hops: Int32
        let previous: Int32
    }

    public let source: Int
    private let contacts: TemporalContacts
    private let entries: [Entry]
    private let best: [Int32]
    private let bounded: BoundedWaitArrival?

    /// Searches from `source`, starting on day `start` (nil: any time), waiting at most
    /// `maxWait` days at each entity after the start (nil: as long as it takes).
    public init(contacts: TemporalContacts, source: Int, start: Int? = nil, maxWait: Int? = nil) {
        if let maxWait {
            self.source = source
            self.contacts = contacts
            self.entries = []
            self.best = []
            self.bounded = BoundedWaitArrival(contacts: contacts, source: source, start: start, maxWait: maxWait)
            return
        }
        let n = contacts.nodeCount
        var entries = [Entry(node: Int32(truncatingIfNeeded: source), contact: -1, day: start ?? Int.min, hops: 0, previous: -1)]
        var best = [Int32](repeating: -1, count: n)
        best[source] = 0
        var frontier: [Int32] = [Int32(truncatingIfNeeded: source)]
        var candidate = [Int32](repeating: -1, count: n)
        var hops: Int32 = 0
        while !frontier.isEmpty {
            hops += 1
            var touched: [Int32] = []
            var proposals: [Entry] = []
            for u in frontier {
                let from = best[Int(u)]
                let now = entries[Int(from)].day
                for index in contacts.offsets[Int(u)]..<contacts.offsets[Int(u) + 1] {
                    let c = Int(contacts.outgoing[index])
                    guard contacts.closes[c] >= now else { continue }
                    let day = max(now, contacts.opens[c])
                    let v = Int(contacts.heads[c])
                    if best[v] >= 0 && entries[Int(best[v])].day <= day { continue }
                    if candidate[v] >= 0 && proposals[Int(candidate[v])].day <= day { continue }
                    let entry = Entry(node: Int32(truncatingIfNeeded: v), contact: Int32(truncatingIfNeeded: c), day: day, hops: hops, previous: from)
                    if candidate[v] >= 0 {
                        proposals[Int(candidate[v])] = entry
                    } else {
                        candidate[v] = Int32(truncatingIfNeeded: proposals.count)
                        proposals.append(entry)
                        touched.append(Int32(truncatingIfNeeded: v))
                    }
                }
            }
            for v in touched {
                best[Int(v)] = Int32(truncatingIfNeeded: entries.count)
                entries.append(proposals[Int(candidate[Int(v)])])
                candidate[Int(v)] = -1
            }
            frontier = touched.sorted()
        }
        self.source = source
        self.contacts = contacts
        self.entries = entries
        self.best = best
        self.bounded = nil
    }

    /// Every entity reached (the source included, with 0 steps), by arrival day, then steps,
    /// then node order.
    public var arrivals: [Arrival] {
        if let bounded { return bounded.arrivals }
        return best.indices.compactMap { v -> Arrival? in
            guard best[v] >= 0 else { return nil }
            let entry = entries[Int(best[v])]
            return Arrival(node: v, day: entry.day, hops: Int(entry.hops))
        }.sorted { ($0.day, $0.hops, $0.node) < ($1.day, $1.hops, $1.node) }
    }

    /// The arrival at `node`, nil if it cannot be reached in time.
    public func arrival(at node: Int) -> Arrival? {
        if let bounded { return bounded.arrival(at: node) }
        guard best[node] >= 0 else { return nil }
        let entry = entries[Int(best[node])]
        return Arrival(node: node, day: entry.day, hops: Int(entry.hops))
    }

    /// The steps of the earliest, then fewest-step, path to `node`; nil if unreachable.
    public func path(to node: Int) -> [Step]? {
        if let bounded { return bounded.path(to: node) }
        guard best[node] >= 0 else { return nil }
        var steps: [Step] = []
        var index = Int(best[node])
        while entries[index].previous >= 0 {
            let entry = entries[index]
            let c = Int(entry.contact)
            steps.append(Step(relation: Int(contacts.relations[c]), from: Int(contacts.tails[c]), to: Int(entry.node), day: entry.day))
            index = Int(entry.previous)
        }
        return steps.reversed()
    }
}
