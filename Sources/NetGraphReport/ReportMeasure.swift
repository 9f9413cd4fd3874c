import NetGraph

/// The centrality measures a report ranks actors by, each computed on the undirected,
/// unweighted simple graph with NetworkX's defaults (the values `netgraph centrality` prints).
public enum ReportMeasure: String, Sendable, CaseIterable {
    case degree
    case betweenness
    case closeness
    case pagerank
    case eigenvector

    /// The heading of the measure's table.
    public var title: String {
        switch self {
        case .degree: "Degree"
        case .betweenness: "Betweenness"
        case .closeness: "Closeness"
        case .pagerank: "PageRank"
        case .eigenvector: "Eigenvector"
        }
    }

    /// One line saying what the score means, for the reader of the report.
    public var definition: String {
        switch self {
        case .degree: "Share of the other entities directly linked: degree / (n − 1)."
        case .betweenness: "Share of shortest paths between other pairs that pass through the entity (Brandes; normalised as NetworkX)."
        case .closeness: "Inverse mean distance to the entities it reaches, scaled by the share it reaches (Wasserman–Faust)."
        case .pagerank: "Stationary share of a random walk along links, damping 0.85."
        case .eigenvector: "Entry of the leading eigenvector: linked to entities that are themselves well linked."
        }
    }

    /// The library measure this one is (`CentralityMeasure`), so the report's values are
    /// computed where `netgraph centrality` computes them.
    public var measure: CentralityMeasure {
        switch self {
        case .degree: .degree
        case .betweenness: .betweenness
        case .closeness: .closeness
        case .pagerank: .pagerank
        case .eigenvector: .eigenvector
        }
    }

    /// The scores of every node of `graph`, with the measure's defaults.
    ///
    /// - Throws: `CentralityError` when eigenvector or PageRank does not converge within
    ///   NetworkX's 100 iterations.
    /// - Complexity: that of the measure: O(n + m) for degree, O(nm) for betweenness and
    ///   closeness, O(100 · (n + m)) at most for the power iterations.
    public func scores(_ graph: AnalysisGraph) throws(CentralityError) -> Scores {
        try measure.scores(graph)
    }
}
