/// A weight that cannot be used: missing, not a number, or not finite.
public struct WeightError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension Graph {
    /// The simple graph analyses run on (see ``AnalysisGraph``), with the provenance of every
    /// edge: ``AnalysisGraph/relations(ofEdge:)`` gives the relations each edge stands for,
    /// and the graph answers each relation's type, interval, status, source and quote by id
    /// (``evidence(forEdge:in:)``).
    ///
    /// Undirected (the default of every analysis) joins the two ends of every relation.
    /// Directed keeps each directed relation's direction and gives an undirected relation
    /// (`allied-with`) an edge each way.
    ///
    /// - Parameters:
    ///   - directed: keep relation directions (default false: undirected).
    ///   - weight: the attribute read as edge weight: `weight` is the relation's own weight
    ///     field, any other name a free attribute. A relation without it weighs 1. Parallel
    ///     relations keep the smallest weight.
    /// The undirected, unweighted projection is built once per graph or view and kept with
    /// it (`ProjectionCache`); the others are built on each call.
    ///
    /// - Throws: ``WeightError`` when a relation's weight is not a finite number.
    /// - Complexity: O(n + m log d); O(n + m) space, reading the relation columns directly.
    public func analysisGraph(directed: Bool = false, weight: String? = nil) throws(WeightError) -> AnalysisGraph {
        guard directed || weight != nil else { return undirectedSimpleProjection() }
        return projection(directed: directed, weights: try relationWeights(weight))
    }

    /// The undirected, unweighted simple projection: every relation links its two ends,
    /// parallel relations are one link. It reads no weight, so unlike
    /// ``analysisGraph(directed:weight:)`` it cannot fail; built once per graph or view.
    public func undirectedSimpleProjection() -> AnalysisGraph {
        storage.undirectedProjection.value { projection(directed: false, weights: []) }
    }

    /// The projection ``analysisGraph(directed:weight:)`` describes, with one weight per
    /// relation (none: unweighted).
    private func projection(directed: Bool, weights: [Double]) -> AnalysisGraph {
        // Undirected relation types, by code; a directed projection walks them both ways.
        let doubled = directed ? typeIsDirected.map { !$0 } : typeIsDirected.map { _ in false }
        let (relationSources, relationTargets) = (self.relationSources, self.relationTargets)
        let needsDoubling = doubled.contains(true) && (0..<relationCount).contains { r in
            doubled[Int(typeCode(ofRelation: r))] && relationSources[r] != relationTargets[r]
        }
        guard needsDoubling else {
            return AnalysisGraph(nodeCount: nodeCount, sources: relationSources, targets: relationTargets,
                                 weights: weights, directed: directed)
        }
        var sources: [Int32] = []
        var targets: [Int32] = []
        var inputWeights: [Double] = []
        var relations: [Int32] = []
        sources.reserveCapacity(relationCount * 2)
        targets.reserveCapacity(relationCount * 2)
        relations.reserveCapacity(relationCount * 2)
        for r in 0..<relationCount {
            let (u, v) = (relationSources[r], relationTargets[r])
            sources.append(u)
            targets.append(v)
            relations.append(Int32(truncatingIfNeeded: r))
            if !weights.isEmpty { inputWeights.append(weights[r]) }
            if doubled[Int(typeCode(ofRelation: r))] && u != v {
                sources.append(v)
                targets.append(u)
                relations.append(Int32(truncatingIfNeeded: r))
                if !weights.isEmpty { inputWeights.append(weights[r]) }
            }
        }
        return AnalysisGraph(nodeCount: nodeCount, sources: sources, targets: targets, weights: inputWeights,
                             directed: true, relations: relations)
    }

    /// One weight per relation for the attribute `name`, 1 where a relation lacks it; empty
    /// for nil (unweighted).
    private func relationWeights(_ name: String?) throws(WeightError) -> [Double] {
        guard let name else { return [] }
        var weights = [Double](repeating: 1, count: relationCount)
        let columns = self.columns.relations
        for r in 0..<relationCount {
            let row = relationRow(r)
            let value: Double?
            if name == "weight", let own = columns.weights[row] {
                value = own
            } else {
                value = columns.attributes[row]?[name].map { $0.numericValue ?? .nan }
            }
            guard let value else { continue }
            guard value.isFinite else {
                throw WeightError(message: "relation \(id(ofNode: Int(relationSources[r]))) -\(type(ofRelation: r))-> \(id(ofNode: Int(relationTargets[r]))): weight '\(name)' is not a finite number")
            }
            weights[r] = value
        }
        return weights
    }
}
