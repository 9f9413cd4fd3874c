/// Writes the plain edge list other tools read (`u v` or `u v weight` a line, each relation
/// once, as written `from to`): NetworkX's `read_edgelist`, igraph's `Graph.Read_Ncol`
/// (symbolic ids) and, when the ids are the integers 0…n−1, igraph's `Graph.Read_Edgelist`;
/// NetworKit's `EdgeListReader`. Only topology and weights survive: when any relation has a
/// weight, every line has one, 1 for a relation without (the weight netgraph's weighted
/// measures give it).
///
/// The file holds edge lines only: no header comment, because igraph's `Read_Ncol` and
/// `Read_Edgelist` have no comment syntax and fail on the first `#`. What the file leaves
/// out (kinds, types, evidence, entities without relations) is for the caller to say
/// (`netgraph convert` says it on standard error; ``isolatedNodes(of:)`` lists the
/// entities left out). A graph without relations is written as one comment line, which
/// NetworkX and netgraph read as an empty graph, since an empty file is refused as input.
/// Ids holding white space, starting with `#` or with a byte-order mark cannot be written.
public struct EdgeListWriter: Sendable {
    public init() {}

    /// The file's text (see ``write(_:to:)``).
    /// - Throws: ``GraphInputError`` when an id holds white space, starts with `#` or with a
    ///   byte-order mark, which the format cannot carry.
    /// - Complexity: O(n + m).
    public func write(_ graph: Graph) throws(GraphInputError) -> String {
        var stream = TextStream()
        try write(graph, to: &stream)
        return String(decoding: stream.bytes, as: UTF8.self)
    }

    /// Writes the file's text into `stream`, a line per relation; every id is checked
    /// before anything is written.
    /// - Throws: ``GraphInputError`` when an id holds white space, starts with `#` or with a
    ///   byte-order mark, which the format cannot carry.
    /// - Complexity: O(n + m).
    public func write(_ graph: Graph, to stream: inout TextStream) throws(GraphInputError) {
        let ids = (0..<graph.nodeCount).map(graph.id(ofNode:))
        if let bad = ids.first(where: { $0.contains(where: \.isWhitespace) || $0.hasPrefix("#") }) {
            throw GraphInputError("the id '\(bad)' holds white space or starts with '#', which an edge list cannot carry")
        }
        // Readers drop a byte-order mark at the start of a file, so an id beginning with one
        // would come back without it if its relation were written first.
        if let bad = ids.first(where: { $0.unicodeScalars.first == "\u{FEFF}" }) {
            throw GraphInputError("the id '\(bad.unicodeScalars.dropFirst())' starts with a byte-order mark (U+FEFF), which an edge list cannot carry")
        }
        guard graph.relationCount > 0 else {
            stream.bytes.append(contentsOf: "# \(graph.name): \(graph.nodeCount) nodes, no edges\n".utf8)
            return
        }
        // Weighted lines all or none: NetworkX's typed read (`data=[("weight", float)]`) needs
        // every line to carry one, and 1 is what netgraph's weighted measures use for a
        // relation without a weight (as igraph's Read_Ncol does for a line without one).
        let weighted = (0..<graph.relationCount).contains { graph.weight(ofRelation: $0) != nil }
        for r in 0..<graph.relationCount {
            stream.bytes.append(contentsOf: ids[Int(graph.relationSources[r])].utf8)
            stream.bytes.append(0x20)
            stream.bytes.append(contentsOf: ids[Int(graph.relationTargets[r])].utf8)
            if weighted {
                stream.bytes.append(0x20)
                stream.bytes.append(contentsOf: (graph.weight(ofRelation: r) ?? 1).shortDescription.utf8)
            }
            stream.bytes.append(0x0A)
            stream.itemEnded()
        }
    }

    /// The entities no relation touches, by index: an edge list cannot hold them.
    /// - Complexity: O(n + m).
    public static func isolatedNodes(of graph: Graph) -> [Int] {
        var connected = [Bool](repeating: false, count: graph.nodeCount)
        for r in 0..<graph.relationCount {
            connected[Int(graph.relationSources[r])] = true
            connected[Int(graph.relationTargets[r])] = true
        }
        return (0..<graph.nodeCount).filter { !connected[$0] }
    }
}
