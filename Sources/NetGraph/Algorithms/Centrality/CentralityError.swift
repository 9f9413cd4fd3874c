/// Why a centrality measure could not be computed.
public enum CentralityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A power iteration (eigenvector, PageRank, Katz) did not reach its tolerance within the
    /// allowed iterations — NetworkX's `PowerIterationFailedConvergence`.
    case didNotConverge(measure: String, iterations: Int)
    /// A shortest-path measure met a negative edge weight (Dijkstra needs weights ≥ 0), or a
    /// structural-hole measure a negative tie strength.
    case negativeWeight(source: Int, target: Int, weight: Double)
    /// A personalisation vector with no positive entry, or of the wrong length.
    case invalidPersonalization(String)

    public var description: String {
        switch self {
        case let .didNotConverge(measure, iterations):
            return "\(measure) centrality did not converge in \(iterations) iterations (power iteration failed to converge)"
        case let .negativeWeight(source, target, weight):
            return "negative edge weight \(weight) on the edge between nodes \(source) and \(target); shortest-path measures need weights >= 0"
        case let .invalidPersonalization(message):
            return "invalid personalization: \(message)"
        }
    }

    /// Throws ``negativeWeight`` for the first edge with a weight below zero.
    static func checkNonNegativeWeights(_ graph: AnalysisGraph) throws(CentralityError) {
        for e in graph.edgeWeights.indices where graph.edgeWeights[e] < 0 {
            throw .negativeWeight(source: Int(graph.edgeSources[e]), target: Int(graph.edgeTargets[e]),
                                  weight: graph.edgeWeights[e])
        }
    }
}
