/// Writes the plain edge list other tools read (`u v` or `u v weight` a line): NetworkX's
/// `read_edgelist`, igraph's `Read_Ncol`, NetworKit's `EdgeListReader`. Only topology and
/// weights survive; a header comment says so. Ids holding white space cannot be written.
public struct EdgeListWriter: Sendable {
    public init() {}

    /// - Throws: ``GraphInputError`` when an id holds white space, which the format cannot carry.
    public func write(_ graph: Graph) throws(GraphInputError) -> String {
        var out = "# \(graph.name): \(graph.nodeCount) nodes, \(graph.relationCount) edges (u v [weight]); kinds, types and evidence are not kept\n"
        if let bad = graph.entities.first(where: { $0.id.contains(where: \.isWhitespace) || $0.id.hasPrefix("#") }) {
            throw GraphInputError("the id '\(bad.id)' holds white space or starts with '#', which an edge list cannot carry")
        }
        var connected = [Bool](repeating: false, count: graph.nodeCount)
        for (index, relation) in graph.relations.enumerated() {
            connected[Int(graph.relationSources[index])] = true
            connected[Int(graph.relationTargets[index])] = true
            out += relation.from + " " + relation.to
            if let weight = relation.weight { out += " " + weight.shortDescription }
            out += "\n"
        }
        let isolated = graph.entities.indices.filter { !connected[$0] }
        if !isolated.isEmpty {
            out += "# isolated nodes, which an edge list cannot hold: " + isolated.map { graph.entities[$0].id }.joined(separator: " ") + "\n"
        }
        return out
    }
}
