import Foundation

/// Leiden community detection (Traag, Waltman & van Eck 2019): Louvain's multilevel scheme
/// with a refinement step that guarantees connected communities, optimising modularity or
/// the Constant Potts Model (``LeidenObjective``).
///
/// One iteration, from a partition P of the graph's nodes (singletons at first):
/// 1. fast local moving improves P (`CommunityLevel.moveNodesFast(community:order:scale:)`);
///    if every community is one node of the current level, the iteration ends;
/// 2. each community of P is refined into well-connected clusters, each connected
///    (`CommunityLevel.refined(community:count:order:scale:seed:threads:)`, which draws
///    each node's cluster as leidenalg does, among its neighbours' at random, from a random
///    stream of the community's own, so that communities are refined on several threads at
///    once and the result does not depend on how many);
/// 3. the level is aggregated by the refined clusters (runs of clusters on several threads
///    at once, joined in order), and P carried over to it (each cluster in its community of
///    P); back to 1.
///
/// Where refinement merges nothing at a level, the level is aggregated by P itself, as
/// igraph does, so every level is smaller than the last. `iterations` iterations run, each
/// from the last one's partition (3 by default, as NetworKit's `ParallelLeiden`; igraph and
/// leidenalg default to 2, which leaves modularity about 1% lower on a 100,000-node
/// Barabási–Albert graph),
/// stopping early when one changes nothing; `nil` repeats until one changes nothing
/// (their `n_iterations < 0`), at most ``maximumIterations``: every move strictly raises
/// the objective, so the repetition ends; the cap guards against rounding. Last, a community that is not connected — which
/// the method avoids but, after a level aggregated by P, does not strictly rule out — is
/// split into its components, which never lowers either objective. So every community
/// returned is connected (weakly, when directed).
///
/// Modularity uses the degrees (directed: out- and in-degrees, the Leicht–Newman form) and
/// the total weight m, as ``Modularity``; CPM gives every node size 1, as igraph's and
/// leidenalg's defaults. A weighted graph uses its weights. A graph without edges, or whose
/// weights sum to zero under modularity, gives singletons.
///
/// ```swift
/// var rng = SplitMix64(seed: 1)
/// let partition = Leiden.communities(graph, objective: .modularity, using: &rng)
/// print(partition.count, Modularity.of(partition, in: graph))
/// ```
///
/// Reference: V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing
/// well-connected communities", Sci. Rep. 9 (2019) 5233, doi:10.1038/s41598-019-41695-z.
public enum Leiden {
    /// Iterations at most; in exact arithmetic the iterations end by themselves.
    public static let maximumIterations = 100
    /// Iterations unless told otherwise (NetworKit's default; see the type's discussion).
    public static let defaultIterations = 3

    /// The communities Leiden finds.
    ///
    /// - Parameters:
    ///   - graph: the graph; its weights count when it is weighted, its directions when directed.
    ///   - objective: modularity or the Constant Potts Model.
    ///   - resolution: γ of the objective.
    ///   - iterations: iterations at most; nil repeats until one changes nothing.
    ///   - threads: the threads refinement and aggregation run on; the result is the same bits
    ///     on any number.
    ///   - rng: the source of the random visiting orders and of the communities' seeds.
    /// - Complexity: O(n + m) per level, typically a few levels per iteration and a few
    ///   iterations; O(n + m) space.
    public static func communities(_ graph: AnalysisGraph, objective: LeidenObjective = .modularity,
                                   resolution: Double = 1, iterations: Int? = defaultIterations,
                                   threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                   using rng: inout some RandomNumberGenerator) -> Partition {
        let n = graph.nodeCount
        let m = graph.isWeighted ? graph.edgeWeights.reduce(0, +) : Double(graph.edgeCount)
        guard graph.edgeCount > 0, m.isFinite, objective == .cpm || m != 0 else {
            return Partition(denseLabels: (0..<Int32(n)).map { $0 })
        }
        var base = CommunityLevel(graph)
        let scale: Double
        switch objective {
        case .modularity:
            scale = resolution / m
        case .cpm:
            // Unit sizes on both sides: the term k^out Σ^in + k^in Σ^out is 2 n_v n_C, which
            // counts each pair once in each direction — twice for an undirected pair.
            base.strengths = [Double](repeating: 1, count: 2 * n)
            scale = graph.isDirected ? resolution : resolution / 2
        }

        var labels = (0..<Int32(n)).map { $0 }
        for _ in 0..<min(iterations ?? maximumIterations, maximumIterations) {
            let next = iteration(on: base, from: labels, scale: scale, threads: max(1, threads), using: &rng)
            if next == labels { break }
            labels = next
        }
        return Partition(denseLabels: connectedParts(of: labels, on: base))
    }

    /// One iteration from `labels` (numbered in order of first appearance), returning the
    /// new labels numbered the same way.
    static func iteration(on base: CommunityLevel, from labels: [Int32], scale: Double, threads: Int,
                          using rng: inout some RandomNumberGenerator) -> [Int32] {
        var level = base
        var community = labels
        // Each input node's node at the current level.
        var nodeAtLevel = (0..<Int32(base.nodeCount)).map { $0 }
        while true {
            let count = level.moveNodesFast(community: &community, order: Louvain.shuffledOrder(level.nodeCount, using: &rng),
                                            scale: scale)
            if count == level.nodeCount { break }
            let order = Louvain.shuffledOrder(level.nodeCount, using: &rng)
            var (cluster, clusterCount) = level.refined(community: community, count: count, order: order, scale: scale,
                                                        seed: rng.next(), threads: threads)
            if clusterCount == level.nodeCount {
                cluster = community
                clusterCount = count
            }
            var coarseCommunity = [Int32](repeating: 0, count: clusterCount)
            for v in 0..<level.nodeCount { coarseCommunity[Int(cluster[v])] = community[v] }
            for v in nodeAtLevel.indices { nodeAtLevel[v] = cluster[Int(nodeAtLevel[v])] }
            level = level.aggregated(by: cluster, communityCount: clusterCount, threads: threads)
            community = coarseCommunity
        }
        return firstAppearanceLabels(nodeAtLevel.map { community[Int($0)] })
    }

    /// Every community split into its connected parts (through edges in either direction),
    /// labelled in order of first appearance.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    static func connectedParts(of labels: [Int32], on level: CommunityLevel) -> [Int32] {
        let n = level.nodeCount
        var part = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var parts: Int32 = 0
        for start in 0..<n where part[start] < 0 {
            part[start] = parts
            stack.append(Int32(start))
            while let u = stack.popLast() {
                for slot in level.rowStart[Int(u)]..<level.rowStart[Int(u) + 1] {
                    let v = Int(level.neighbors[slot])
                    if part[v] < 0 && labels[v] == labels[start] {
                        part[v] = parts
                        stack.append(Int32(v))
                    }
                }
            }
            parts += 1
        }
        return part
    }

    /// `labels` renumbered `0, 1, …` in order of first appearance, so equal partitions have
    /// equal labels.
    ///
    /// - Complexity: O(n).
    static func firstAppearanceLabels(_ labels: [Int32]) -> [Int32] {
        var numberOf = [Int32](repeating: -1, count: labels.count)
        var count: Int32 = 0
        return labels.map { label in
            if numberOf[Int(label)] < 0 {
                numberOf[Int(label)] = count
                count += 1
            }
            return numberOf[Int(label)]
        }
    }
}
