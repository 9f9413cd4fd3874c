/// Earliest arrival by time-respecting walks that never wait longer than a given number of
/// days at an entity, with the fewest steps among walks that arrive equally early.
///
/// Definition: a walk takes contacts (``TemporalContacts``) `c1, …, ck` on days
/// `t1 ≤ … ≤ tk`, each inside its contact's span, each from the entity the one before
/// arrived at, and `t(i+1) − t(i) ≤ maxWait`: between arriving at an entity and taking the next
/// relation from it, at most `maxWait` days pass (the maximum waiting time, or δ-constraint, of
/// Holme & Saramäki 2012; *restless* walks in Himmel et al. 2020). The start is free to
/// wait: the first contact may be taken on any day from the start day on, as in Himmel et
/// al.'s walks, which begin at the source at any time. Walks may come back to an entity:
/// with a waiting limit a walk can do what no path can (going back and forth along an open
/// relation restarts the clock), and the walk problem is the polynomial one (Casteigts,
/// Himmel, Molter & Zschoche 2021 show the path problem NP-hard).
///
/// Keeping only the earliest arrival per entity is no longer enough: a later arrival may
/// catch a relation an earlier one has waited too long for. So the search keeps, per entity,
/// every day it can be reached on, as disjoint *pieces* — runs of days, each found in one
/// round and remembering the piece and contact it came from. From a piece `a...b` at `u`, a
/// contact open over `o...c` reaches its head on every day of `max(a, o)...min(c, b + maxWait)`
/// (arrive on `min(τ, b)`, leave on `τ`); round `h + 1` extends only the pieces round `h`
/// found, and keeps the days not held before. A day's piece therefore holds the fewest steps
/// for it, and an entity's earliest arrival is the first day of its first piece. All days
/// after the last bounded day `H` of the contacts and the start behave alike (only open-ended
/// contacts are open), and an earliest walk never needs one (its steps can be moved back to
/// `H`), so pieces stop at `H + 1` and the search ends.
///
/// - Complexity: O(Σ_p deg(p) · K) time and O(P + n) space, where P pieces are found, deg(p)
///   is the number of contacts leaving a piece's entity and K the most pieces one entity
///   holds. Each piece holds at least one day not held before, so P ≤ n · (D + 2) for D days
///   in the bounded span; on dated evidence P is a small multiple of n.
///
/// References: P. Holme, J. Saramäki, "Temporal networks", Physics Reports 519(3), 2012;
/// A.-S. Himmel, M. Bentert, A. Nichterlein, R. Niedermeier, "Efficient computation of optimal
/// temporal walks under waiting-time constraints", Applied Network Science 5:19, 2020;
/// A. Casteigts, A.-S. Himmel, H. Molter, P. Zschoche, "Finding temporal paths under waiting
/// time constraints", Algorithmica 83, 2021; H. Wu et al., "Path problems in temporal
/// graphs", PVLDB 7(9), 2014.
public struct BoundedWaitArrival: Sendable {
    /// A run of days on which `node` can be reached in `hops` steps (and not in fewer),
    /// found by taking `contact` from piece `previous` (-1 for the start).
    private struct Piece: Sendable {
        let node: Int32
        let low: Int
        let high: Int
        let hops: Int32
        let contact: Int32
        let previous: Int32
    }

    public let source: Int
    public let maxWait: Int
    private let contacts: TemporalContacts
    private let pieces: [Piece]
    /// Each entity's pieces, by first day.
    private let held: [[Int32]]

    /// Searches from `source`, setting out on day `start` or later (nil: any time), waiting
    /// at most `maxWait` days (at least 0) at every entity after the start.
    public init(contacts: TemporalContacts, source: Int, start: Int? = nil, maxWait: Int) {
        precondition(maxWait >= 0, "a waiting limit is a number of days, at least 0")
        var last = start
        for c in contacts.opens.indices {
            for day in [contacts.opens[c], contacts.closes[c]] where day != Int.min && day != Int.max {
                last = max(last ?? day, day)
            }
        }
        // The horizon must not lie past the last bounded day: every day between would be
        // waited through, `maxWait` days a round.
        let lastDay = last ?? 0
        // Pieces end by `horizon`, so `high + 1` and `horizon + maxWait` stay in range.
        let horizon = max(min(lastDay, Int.max - 2), Int.min + 1) + 1
        func later(_ day: Int, by days: Int) -> Int { day > Int.max - days ? Int.max : day + days }

        var pieces = [Piece(node: Int32(truncatingIfNeeded: source), low: start ?? Int.min, high: horizon,
                            hops: 0, contact: -1, previous: -1)]
        var held = [[Int32]](repeating: [], count: contacts.nodeCount)
        held[source] = [0]
        var frontier: [Int32] = [0]
        var hops: Int32 = 0
        while !frontier.isEmpty {
            hops += 1
            var found: [Int32] = []
            for p in frontier {
                let piece = pieces[Int(p)]
                let u = Int(piece.node)
                let leaveBy = later(piece.high, by: maxWait)
                for index in contacts.offsets[u]..<contacts.offsets[u + 1] {
                    let c = Int(contacts.outgoing[index])
                    let low = max(piece.low, contacts.opens[c])
                    let high = min(contacts.closes[c], leaveBy, horizon)
                    guard low <= high else { continue }
                    let v = Int(contacts.heads[c])
                    // The days of low...high that v does not hold yet, in order.
                    var gaps: [(Int, Int)] = []
                    var cursor = low
                    for q in held[v] {
                        let other = pieces[Int(q)]
                        if other.high < cursor { continue }
                        if other.low > high { break }
                        if other.low > cursor { gaps.append((cursor, other.low - 1)) }
                        cursor = other.high + 1
                        if cursor > high { break }
                    }
                    if cursor <= high { gaps.append((cursor, high)) }
                    guard !gaps.isEmpty else { continue }
                    for (gapLow, gapHigh) in gaps {
                        let index = Int32(truncatingIfNeeded: pieces.count)
                        pieces.append(Piece(node: Int32(truncatingIfNeeded: v), low: gapLow, high: gapHigh, hops: hops,
                                            contact: Int32(truncatingIfNeeded: c), previous: p))
                        found.append(index)
                        held[v].append(index)
                    }
                    held[v].sort { pieces[Int($0)].low < pieces[Int($1)].low }
                }
            }
            frontier = found
        }
        self.source = source
        self.maxWait = maxWait
        self.contacts = contacts
        self.pieces = pieces
        self.held = held
    }

    /// Every entity reached (the source included, with 0 steps), by arrival day, then steps,
    /// then node order.
    public var arrivals: [EarliestArrival.Arrival] {
        held.indices.compactMap { arrival(at: $0) }.sorted { ($0.day, $0.hops, $0.node) < ($1.day, $1.hops, $1.node) }
    }

    /// The earliest arrival at `node`, nil if no walk within the waiting limit reaches it.
    public func arrival(at node: Int) -> EarliestArrival.Arrival? {
        guard let first = held[node].first else { return nil }
        let piece = pieces[Int(first)]
        return EarliestArrival.Arrival(node: node, day: piece.low, hops: Int(piece.hops))
    }

    /// The steps of the earliest, then fewest-step, walk to `node`, each taken as early as
    /// the waiting limit lets the rest of the walk still arrive on the earliest day; nil if
    /// unreachable.
    public func path(to node: Int) -> [EarliestArrival.Step]? {
        guard let first = held[node].first else { return nil }
        var chain: [Piece] = []
        var index = Int(first)
        while pieces[index].previous >= 0 {
            chain.append(pieces[index])
            index = Int(pieces[index].previous)
        }
        chain.reverse()
        guard !chain.isEmpty else { return [] }
        // Backwards, the days each step may be taken on and still arrive in time…
        var windows = [(low: Int, high: Int)](repeating: (0, 0), count: chain.count)
        windows[chain.count - 1] = (chain[chain.count - 1].low, chain[chain.count - 1].low)
        for i in stride(from: chain.count - 2, through: 0, by: -1) {
            let next = windows[i + 1]
            let earliest = next.low < Int.min + maxWait ? Int.min : next.low - maxWait
            windows[i] = (max(chain[i].low, earliest), min(chain[i].high, next.high))
        }
        // …then forwards, each as early as that allows.
        var steps: [EarliestArrival.Step] = []
        var day = Int.min
        for (i, piece) in chain.enumerated() {
            day = max(day, windows[i].low)
            let c = Int(piece.contact)
            steps.append(EarliestArrival.Step(relation: Int(contacts.relations[c]), from: Int(contacts.tails[c]),
                                              to: Int(piece.node), day: day))
        }
        return steps
    }
}
