import Foundation

/// The centrality measures by name: the one registry the command line, the renderer and the
/// report read, so a measure added here is known to all of them.
///
/// Each case computes exactly what its algorithm's type documents (and NetworkX computes),
/// with ``Settings`` carrying the options some measures take.
public enum CentralityMeasure: String, CaseIterable, Hashable, Sendable {
    case degree
    case inDegree = "in-degree"
    case outDegree = "out-degree"
    case betweenness, closeness, harmonic, eigenvector, pagerank, katz
    /// Burt's structural holes (``Constraint``, ``EffectiveSize``, ``Efficiency``,
    /// ``Hierarchy``): undefined (NaN) for some nodes.
    case constraint
    case effectiveSize = "effective-size"
    case efficiency, hierarchy
    /// The k-core number (``CoreNumber``, NetworkX's `core_number`): how deep in the graph's
    /// densest layers a node sits.
    case coreNumber = "core-number"

    /// Options of the measures that take them; the defaults are NetworkX's.
    public struct Settings: Sendable {
        /// Divide by the normalising constant (degree, betweenness) or scale to unit L2 norm
        /// (Katz). Default true.
        public var normalized = true
        /// Betweenness: count the endpoints of every path. Default false.
        public var endpoints = false
        /// Betweenness: estimate from this many sources drawn with ``seed``; nil is exact.
        public var samples: Int? = nil
        /// Seed of betweenness' source sampling.
        public var seed: UInt64 = 0
        /// PageRank's damping (default 0.85) or Katz's attenuation (default 0.1).
        public var alpha: Double? = nil
        /// Katz's constant added at every node.
        public var beta: Double = 1
        /// Iteration cap of eigenvector (default 100), PageRank (100) and Katz (1000).
        public var maxIterations: Int? = nil
        /// Convergence tolerance of the power iterations.
        public var tolerance: Double = 1e-6
        /// Worker threads of betweenness, closeness and harmonic centrality.
        public var threads: Int = ProcessInfo.processInfo.activeProcessorCount
        /// Called by betweenness with (sources done, sources in all).
        public var progress: Betweenness.Progress? = nil

        public init() {}
    }

    /// Whether the measure reads weights as distances (shortest-path measures), so negative
    /// ones are refused.
    public var readsWeightsAsDistances: Bool { self == .betweenness || self == .closeness || self == .harmonic }

    /// Whether the measure is one of Burt's structural-hole measures, whose weights are tie
    /// strengths (negative ones refused) and whose scores are NaN where undefined.
    public var isStructuralHole: Bool {
        self == .constraint || self == .effectiveSize || self == .efficiency || self == .hierarchy
    }

    /// Whether a low score is the notable one: constraint, where the least constrained are
    /// the brokers.
    public var ranksLowestFirst: Bool { self == .constraint }

    /// The nodes in the measure's order — highest first, or lowest first for constraint —
    /// with equal scores ordered by `key`, then index; nodes where the measure is undefined
    /// (NaN) are left out.
    ///
    /// - Complexity: O(n log n).
    @inlinable
    public func ranked<Key: Comparable>(_ scores: Scores, tieBreak key: (Int) -> Key) -> [Int] {
        guard isStructuralHole else { return scores.ranked(tieBreak: key) }
        let sign = ranksLowestFirst ? -1.0 : 1.0
        let defined = Scores(scores.values.map { $0.isNaN ? -Double.infinity : sign * $0 })
        return defined.ranked(tieBreak: key).filter { !scores[$0].isNaN }
    }

    /// The measure's score of every node of `graph`.
    ///
    /// - Throws: ``CentralityError`` (a negative distance, a power iteration that does not
    ///   converge).
    /// - Precondition: `settings.samples`, when set, is in 1...n.
    /// - Complexity: that of the measure's algorithm.
    public func scores(_ graph: AnalysisGraph, settings: Settings = Settings()) throws(CentralityError) -> Scores {
        switch self {
        case .degree: return DegreeCentrality.scores(graph, direction: .all, normalized: settings.normalized)
        case .inDegree: return DegreeCentrality.scores(graph, direction: .incoming, normalized: settings.normalized)
        case .outDegree: return DegreeCentrality.scores(graph, direction: .outgoing, normalized: settings.normalized)
        case .betweenness:
            let options = Betweenness.Options(normalized: settings.normalized, endpoints: settings.endpoints, threads: settings.threads)
            if let samples = settings.samples {
                var rng = SplitMix64(seed: settings.seed)
                return try Betweenness.scores(graph, sampling: samples, options: options, using: &rng, progress: settings.progress)
            }
            return try Betweenness.scores(graph, options: options, progress: settings.progress)
        case .closeness: return try Closeness.scores(graph, threads: settings.threads)
        case .harmonic: return try Harmonic.scores(graph, threads: settings.threads)
        case .eigenvector:
            return try Eigenvector.scores(graph, maxIterations: settings.maxIterations ?? 100, tolerance: settings.tolerance)
        case .pagerank:
            return try PageRank.scores(graph, alpha: settings.alpha ?? 0.85, maxIterations: settings.maxIterations ?? 100,
                                       tolerance: settings.tolerance)
        case .katz:
            return try Katz.scores(graph, alpha: settings.alpha ?? 0.1, beta: settings.beta, normalized: settings.normalized,
                                   maxIterations: settings.maxIterations ?? 1000, tolerance: settings.tolerance)
        case .constraint: return try Constraint.scores(graph)
        case .effectiveSize: return try EffectiveSize.scores(graph)
        case .efficiency: return try Efficiency.scores(graph)
        case .hierarchy: return try Hierarchy.scores(graph)
        case .coreNumber: return Scores(CoreNumber(graph).values.map(Double.init))
        }
    }
}

extension Scores {
    /// Competition ranks ("1224"): the rank of a node is one more than the number of nodes
    /// scoring strictly higher, so tied nodes share a rank.
    ///
    /// - Complexity: O(n log n).
    public func competitionRanks() -> [Int] {
        let order = ranked()
        var ranks = [Int](repeating: 0, count: count)
        for (position, node) in order.enumerated() {
            if position > 0, values[order[position - 1]] == values[node] {
                ranks[node] = ranks[order[position - 1]]
            } else {
                ranks[node] = position + 1
            }
        }
        return ranks
    }
}
