/// Writes the plain edge list other tools read (`u v` or `u v weight` a line): NetworkX's
/// `read_edgelist`, igraph's `Read_Ncol`, NetworKit's `EdgeListReader`. Only topology and
/// weights survive; a header comment says so. Ids holding white space cannot be written.
public struct EdgeListWriter: Sendable {
    public init() {}

    /// - Throws: ``GraphInputError`` when an id holds white space, which the format cannot carry.
    public func write(_ graph: Graph) throws(GraphInputError) -> String {
        var out = "# \(graph.name): \(graph.nodeCount) nodes, \(graph.relationCount) edges (u v [weight]); kinds, types and evidence are not kept\n"
        let ids = (0..<graph.nodeCount).map(graph.id(ofNode:))
        if let bad = ids.first(where: { $0.contains(where: \.isWhitespace) || $0.hasPrefix("#") }) {
            throw GraphInputError("the id '\(bad)' holds white space or starts with '#', which an edge list cannot carry")
        }
        var connected = [Bool](repeating: false, count: graph.nodeCount)
        for r in 0..<graph.relationCount {
            let (u, v) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
            connected[u] = true
            connected[v] = true
            out += ids[u]
            out += " "
            out += ids[v]
            if let weight = graph.weight(ofRelation: r) {
                out += " "
                out += weight.shortDescription
            }
            out += "\n"
        }
        let isolated = (0..<graph.nodeCount).filter { !connected[$0] }
        if !isolated.isEmpty {
            out += "# isolated nodes, which an edge list cannot hold: " + isolated.map { ids[$0] }.joined(separator: " ") + "\n"
        }
        return out
    }
}
