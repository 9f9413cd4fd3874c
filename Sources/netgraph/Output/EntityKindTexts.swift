import NetGraph

/// Each entity kind's name as JSON text, encoded once per answer: answers with an entry per
/// node (`neighbors`, `centrality`, `communities`) write every node's kind from it, rather than making and
/// quoting the kind's `String` for each entry.
struct EntityKindTexts {
    private let fragments: [JSONTextWriter.Fragment]

    init(_ graph: Graph) {
        fragments = graph.kindTable.map { JSONTextWriter.Fragment(string: $0.rawValue) }
    }

    /// Node `v`'s kind, without reading the kind column when the graph has one kind: a long
    /// answer visits nodes out of order, and each read would be a cache miss.
    func kind(ofNode v: Int, in graph: Graph) -> JSONTextWriter.Fragment {
        fragments.count == 1 ? fragments[0] : fragments[Int(graph.kindCode(ofNode: v))]
    }
}
