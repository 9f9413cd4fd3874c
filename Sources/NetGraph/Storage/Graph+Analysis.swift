/// A weight that cannot be used: missing, not a number, or not finite.
public struct WeightError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension Graph {
    /// The simple graph analyses run on (see ``AnalysisGraph``).
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
    /// - Throws: ``WeightError`` when a relation's weight is not a finite number.
    /// - Complexity: O(n + m log d).
    public func analysisGraph(directed: Bool = false, weight: String? = nil) throws(WeightError) -> AnalysisGraph {
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        sources.reserveCapacity(relationCount * 2)
        targets.reserveCapacity(relationCount * 2)
        for r in 0..<relationCount {
            let w: Double
            if let weight {
                let relation = relations[r]
                let value: Double? = weight == "weight" && relation.weight != nil
                    ? relation.weight
                    : relation.attributes[weight].map { $0.numericValue ?? .nan }
                w = value ?? 1
                guard w.isFinite else {
                    throw WeightError(message: "relation \(relation.from) -\(relation.type)-> \(relation.to): weight '\(weight)' is not a finite number")
                }
            } else {
                w = 1
            }
            sources.append(relationSources[r])
            targets.append(relationTargets[r])
            if weight != nil { weights.append(w) }
            if directed && !isDirected(relation: r) && relationSources[r] != relationTargets[r] {
                sources.append(relationTargets[r])
                targets.append(relationSources[r])
                if weight != nil { weights.append(w) }
            }
        }
        return AnalysisGraph(nodeCount: nodeCount, sources: sources, targets: targets, weights: weights,
                             directed: directed)
    }
}
