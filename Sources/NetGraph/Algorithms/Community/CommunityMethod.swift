import Foundation

/// The community methods by name, with their settings: the one place the command line, the
/// renderer, the report and profiles choose a method, so they agree on what "the
/// communities" are.
public enum CommunityMethod: Hashable, Sendable {
    /// ``Louvain`` with modularity resolution `resolution`, its moves drawn from a
    /// ``SplitMix64`` seeded with `seed`.
    case louvain(resolution: Double = 1, seed: UInt64 = 1)
    /// NetworkX's semi-synchronous ``LabelPropagation`` (deterministic; undirected graphs).
    case labelPropagation
    /// ``Leiden`` optimising `objective` with resolution `resolution`, its random choices
    /// drawn from a ``SplitMix64`` seeded with `seed`; `iterations` as ``Leiden``'s (`nil`:
    /// until an iteration changes nothing).
    case leiden(objective: LeidenObjective = .modularity, resolution: Double = 1, seed: UInt64 = 1,
                iterations: Int? = Leiden.defaultIterations)

    /// The method every view of "the communities" uses unless told otherwise: Louvain,
    /// resolution 1, seed 1.
    public static let standard = CommunityMethod.louvain()

    /// The method's name on the command line.
    public var name: String {
        switch self {
        case .louvain: "louvain"
        case .labelPropagation: "label-propagation"
        case .leiden: "leiden"
        }
    }

    /// The modularity resolution the method optimises (1 for label propagation, which has
    /// none, and for Leiden under CPM, whose resolution is a density, not a modularity's).
    public var resolution: Double {
        switch self {
        case let .louvain(resolution, _): resolution
        case let .leiden(.modularity, resolution, _, _): resolution
        case .leiden(.cpm, _, _, _), .labelPropagation: 1
        }
    }

    /// The communities of `graph`.
    ///
    /// - Parameters:
    ///   - graph: the graph to divide.
    ///   - threads: the threads Leiden's refinement and aggregation run on (the other
    ///     methods run on one); the result is the same on any number.
    /// - Throws: ``CommunityError/requiresUndirected(_:)`` for label propagation on a
    ///   directed graph.
    /// - Complexity: that of the method.
    public func partition(of graph: AnalysisGraph,
                          threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws(CommunityError) -> Partition {
        switch self {
        case let .louvain(resolution, seed):
            var rng = SplitMix64(seed: seed)
            return Louvain.communities(graph, resolution: resolution, using: &rng)
        case .labelPropagation:
            return try LabelPropagation.communities(graph)
        case let .leiden(objective, resolution, seed, iterations):
            var rng = SplitMix64(seed: seed)
            return Leiden.communities(graph, objective: objective, resolution: resolution, iterations: iterations,
                                      threads: threads, using: &rng)
        }
    }
}
