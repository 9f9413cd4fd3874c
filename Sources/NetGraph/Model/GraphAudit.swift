/// Checks of a valid graph that are advice rather than errors: what a careful curator would
/// still want to fix.
public enum GraphAudit {
    /// Relations that cite no source or quote nothing, and entities in no relation, in file order.
    public static func warnings(for graph: Graph) -> [String] {
        var warnings: [String] = []
        for relation in graph.relations {
            let label = "relation \(relation.from) -\(relation.type)-> \(relation.to)"
            if relation.source == nil { warnings.append("\(label) cites no source") }
            if (relation.quote ?? "").allSatisfy(\.isWhitespace) { warnings.append("\(label) has no quote") }
        }
        var inRelation = [Bool](repeating: false, count: graph.nodeCount)
        for r in 0..<graph.relationCount {
            inRelation[Int(graph.relationSources[r])] = true
            inRelation[Int(graph.relationTargets[r])] = true
        }
        for v in 0..<graph.nodeCount where !inRelation[v] {
            warnings.append("entity '\(graph.entities[v].id)' takes part in no relation")
        }
        return warnings
    }
}
