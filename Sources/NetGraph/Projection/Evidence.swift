/// One relation offered as evidence for a link: who it joins and which way, what it says,
/// when, how firmly, and the document and words it rests on.
public struct Evidence: Hashable, Sendable {
    /// The relation's id in its graph.
    public var relation: Int
    /// The node the relation reads from.
    public var from: Int
    /// The node the relation reads to.
    public var to: Int
    public var type: RelationType
    public var isDirected: Bool
    public var interval: RelationInterval
    public var status: RelationStatus?
    public var source: Source?
    public var quote: String?
}

extension Graph {
    /// The evidence for relation `r`.
    public func evidence(forRelation r: Int) -> Evidence {
        Evidence(relation: r, from: Int(relationSources[r]), to: Int(relationTargets[r]), type: type(ofRelation: r),
                 isDirected: isDirected(relation: r), interval: interval(ofRelation: r), status: status(ofRelation: r),
                 source: source(ofRelation: r), quote: quote(ofRelation: r))
    }

    /// The relations behind edge `e` of a projection of this graph, in relation order: on an
    /// undirected projection every relation joining the two ends, on a directed one those
    /// that can be walked from the edge's source to its target (written that way, or of an
    /// undirected type).
    ///
    /// - Complexity: O(k) for the edge's k relations.
    public func evidence(forEdge e: Int, in projection: AnalysisGraph) -> [Evidence] {
        projection.relations(ofEdge: e).map { evidence(forRelation: Int($0)) }
    }

    /// The relations behind each step of `path`, found on `projection` (the analysis graph the
    /// path was searched on): one list per step, in relation order.
    ///
    /// - Complexity: O(total relations of the path's edges).
    public func evidence(along path: Path, in projection: AnalysisGraph) -> [[Evidence]] {
        path.edges.map { evidence(forEdge: $0, in: projection) }
    }
}
