/// How the exchange formats (GEXF, GraphML, node-link and Cytoscape.js JSON) write a graph's
/// directions, so that NetworkX, igraph, Gephi and Cytoscape see the graph netgraph's directed
/// analyses see.
///
/// Those tools hold one direction per graph: NetworkX refuses a GEXF or GraphML edge whose
/// direction differs from the graph's, igraph ignores GraphML's per-edge `directed`, Gephi's
/// importer does not know GEXF's `mutual`. So a graph whose relations are all directed, or
/// all undirected, is written as such, one edge per relation; a graph with both is written
/// directed, each undirected relation as a pair of opposite edges: what netgraph's directed
/// analyses make of it (an edge each way). The tools merge the pair when they make the graph
/// undirected.
struct ExchangeDirection {
    /// Whether the written graph is directed (false only when every relation is undirected).
    let graphIsDirected: Bool
    /// Whether directed and undirected relations are both present.
    let isMixed: Bool
    private let undirected: [Bool]

    /// - Complexity: O(number of relations).
    init(_ graph: Graph) {
        undirected = (0..<graph.relationCount).map { !graph.isDirected(relation: $0) }
        let undirectedCount = undirected.count(where: { $0 })
        isMixed = undirectedCount > 0 && undirectedCount < graph.relationCount
        graphIsDirected = graph.relationCount == 0 || undirectedCount < graph.relationCount
    }

    /// Whether relation `r` is written a second time, from `to` to `from`.
    func hasReverseCopy(_ r: Int) -> Bool { isMixed && undirected[r] }
}
