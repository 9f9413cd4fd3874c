import Foundation

/// Scores for pairs of entities not linked yet: candidates for a tie the sources have not
/// stated, to be investigated — never a finding.
///
/// Each method is NetworkX's (`networkx.algorithms.link_prediction`) on the undirected simple
/// graph, N(x) the neighbours of x and k(x) its degree (a self-loop counts twice, as
/// NetworkX's degree):
/// - `commonNeighbors`: |N(u) ∩ N(v)| (`common_neighbors`);
/// - `jaccard`: |N(u) ∩ N(v)| / |N(u) ∪ N(v)|, 0 when the union is empty (`jaccard_coefficient`);
/// - `adamicAdar`: Σ_{w ∈ N(u) ∩ N(v)} 1 / log k(w) (`adamic_adar_index`);
/// - `resourceAllocation`: Σ_{w ∈ N(u) ∩ N(v)} 1 / k(w) (`resource_allocation_index`);
/// - `preferentialAttachment`: k(u) · k(v) (`preferential_attachment`).
///
/// Pairs are the unordered pairs of distinct nodes with no edge between them (NetworkX's
/// `non_edges`), or those with one given node. The first four methods score 0 for a pair
/// that shares no neighbour; such pairs are not listed.
///
/// Reference: D. Liben-Nowell, J. Kleinberg, "The link-prediction problem for social
/// networks", JASIST 58(7), 2007; L. Adamic, E. Adar, Social Networks 25(3), 2003; T. Zhou,
/// L. Lü, Y.-C. Zhang, Eur. Phys. J. B 71, 2009.
public enum LinkPrediction {
    public enum Method: String, CaseIterable, Sendable {
        case commonNeighbors = "common-neighbors"
        case jaccard
        case adamicAdar = "adamic-adar"
        case resourceAllocation = "resource-allocation"
        case preferentialAttachment = "preferential-attachment"
    }

    /// A scored pair, `a < b` (node indices).
    public struct Candidate: Hashable, Sendable {
        public var a: Int
        public var b: Int
        public var score: Double
        /// The neighbours the two share, ascending.
        public var shared: [Int]
    }

    /// The unordered pairs NetworkX would score with `method`, with their scores, best first
    /// (ties by the `key` of a, then of b). Only pairs involving `node` when it is given.
    ///
    /// - Complexity: O(Σ_w k(w)²) to find the pairs that share a neighbour; preferential
    ///   attachment scores every non-adjacent pair, O(n²) (O(n) with `node`).
    public static func candidates<Key: Comparable>(_ graph: AnalysisGraph, method: Method, for node: Int? = nil,
                                                   tieBreak key: (Int) -> Key) -> [Candidate] {
        let view = graph.undirected()
        let n = view.nodeCount
        let offsets = view.outgoing.offsets
        let targets = view.outgoing.targets
        func row(_ v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }
        // Degree as NetworkX counts it: a self-loop twice (its one slot, plus one).
        var hasLoop = [Bool](repeating: false, count: n)
        for v in 0..<n where row(v).contains(where: { Int(targets[$0]) == v }) { hasLoop[v] = true }
        let degree = (0..<n).map { row($0).count + (hasLoop[$0] ? 1 : 0) }

        func score(_ u: Int, _ v: Int, _ shared: ArraySlice<Int>) -> Double {
            switch method {
            case .commonNeighbors: return Double(shared.count)
            case .jaccard:
                // |N(u) ∪ N(v)| = |N(u)| + |N(v)| − |N(u) ∩ N(v)|, N with the node itself on a loop.
                let union = row(u).count + row(v).count - shared.count
                return union == 0 ? 0 : Double(shared.count) / Double(union)
            case .adamicAdar: return shared.reduce(0) { $0 + 1 / log(Double(degree[$1])) }
            case .resourceAllocation: return shared.reduce(0) { $0 + 1 / Double(degree[$1]) }
            case .preferentialAttachment: return Double(degree[u]) * Double(degree[v])
            }
        }

        // Per first node u: stamp its neighbours, then walk two steps, logging (v, w) for every
        // non-neighbour v reached through w; sorted, each run of one v is a pair and its shared.
        var result: [Candidate] = []
        var neighbourOf = [Int](repeating: -1, count: n)
        var hits: [(v: Int, w: Int)] = []
        for u in node.map({ [$0] }) ?? Array(0..<n) {
            for slot in row(u) { neighbourOf[Int(targets[slot])] = u }
            hits.removeAll(keepingCapacity: true)
            for slot in row(u) {
                let w = Int(targets[slot])
                if w == u { continue }
                for inner in row(w) {
                    let v = Int(targets[inner])
                    // Without a given node each pair is met once, from its smaller end.
                    if v == u || neighbourOf[v] == u || (node == nil && v < u) { continue }
                    hits.append((v, w))
                }
            }
            hits.sort { ($0.v, $0.w) < ($1.v, $1.w) }
            var start = 0
            while start < hits.count {
                var end = start
                while end < hits.count && hits[end].v == hits[start].v { end += 1 }
                let v = hits[start].v
                let shared = hits[start..<end].map(\.w)
                if method != .preferentialAttachment {
                    result.append(Candidate(a: min(u, v), b: max(u, v), score: score(u, v, shared[...]), shared: shared))
                }
                start = end
            }
            if method == .preferentialAttachment {
                // Every non-neighbour, in order; the sorted hits give each its shared neighbours.
                var position = 0
                for v in 0..<n where v != u && neighbourOf[v] != u && (node != nil || v > u) {
                    while position < hits.count && hits[position].v < v { position += 1 }
                    var end = position
                    while end < hits.count && hits[end].v == v { end += 1 }
                    let shared = hits[position..<end].map(\.w)
                    result.append(Candidate(a: min(u, v), b: max(u, v), score: score(u, v, shared[...]), shared: shared))
                }
            }
        }
        return result.sorted { x, y in
            if x.score != y.score { return x.score > y.score }
            if key(x.a) != key(y.a) { return key(x.a) < key(y.a) }
            return key(x.b) < key(y.b)
        }
    }
}
