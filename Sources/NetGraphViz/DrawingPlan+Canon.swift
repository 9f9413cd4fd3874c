extension DrawingPlan {
    /// The plan as DOT text from which Graphviz's parser creates the graph netgraph creates
    /// through the API: the same objects, in the same order, with the same attribute values.
    ///
    /// Graphviz's layouts depend on the order objects were created in, and its own DOT writer
    /// orders them its own way (clusters first, each node's edges together), so a drawing
    /// written as DOT and laid out again can differ. This text follows ``GraphvizAdapter``'s
    /// order instead — graph, node and edge defaults, then nodes, clusters and edges as
    /// planned — so `dot -Tsvg` (or `neato`, `fdp`… for those engines) draws from it what
    /// netgraph draws. Clusters are the exception: cgraph orders subgraphs by the address of
    /// their interned names, so with more than the legend's box a parse can order them, and
    /// lay them out, differently. For `neato`, `fdp` and `sfdp` netgraph also settles the
    /// layout (positions cut to hundredths of a point, laid out again with `nop`), which a
    /// plain `sfdp -Tsvg` of this text does not do.
    ///
    /// Every name and value is a double-quoted DOT string that Graphviz's scanner reads back
    /// unchanged: `"` is written `\"`, and everything else as it is (the scanner keeps `\\`
    /// as two characters and other backslashes as they are).
    ///
    /// - Throws: ``RenderError`` of kind `usage` when a name or value cannot be written so:
    ///   an odd run of backslashes before a `"` or at the end (the scanner would read an
    ///   escaped quote), or a backslash before a line feed (a line continuation). Values
    ///   netgraph escapes never have these; only raw entity ids can.
    /// - Complexity: O(size of the plan's text).
    func canonicalDOT() throws(RenderError) -> String {
        var text = "digraph \(try Self.quoted(name)) {\n"
        for (keyword, attributes) in [("graph", graphAttributes), ("node", nodeDefaults), ("edge", edgeDefaults)]
        where !attributes.isEmpty {
            text += "\t\(keyword) \(try Self.list(attributes));\n"
        }
        var nodeNames: [String] = []
        nodeNames.reserveCapacity(nodes.count)
        for node in nodes {
            let name = try Self.quoted(node.name)
            nodeNames.append(name)
            text += "\t\(name)\(node.attributes.isEmpty ? "" : " " + (try Self.list(node.attributes)));\n"
        }
        for cluster in clusters {
            text += "\tsubgraph \(try Self.quoted(cluster.name)) {\n"
            if !cluster.attributes.isEmpty { text += "\t\tgraph \(try Self.list(cluster.attributes));\n" }
            for member in cluster.members { text += "\t\t\(nodeNames[member]);\n" }
            text += "\t}\n"
        }
        for edge in edges {
            text += "\t\(nodeNames[edge.tail]) -> \(nodeNames[edge.head])"
            text += edge.attributes.isEmpty ? ";\n" : " \(try Self.list(edge.attributes));\n"
        }
        return text + "}\n"
    }

    private static func list(_ attributes: Attributes) throws(RenderError) -> String {
        var items: [String] = []
        for (name, value) in attributes { items.append("\(try quoted(name))=\(try quoted(value))") }
        return "[" + items.joined(separator: ", ") + "]"
    }

    private static func quoted(_ value: String) throws(RenderError) -> String {
        var result = "\""
        var backslashes = 0
        for character in value.unicodeScalars {
            switch character {
            case "\\":
                backslashes += 1
                result.unicodeScalars.append(character)
                continue
            case "\"":
                guard backslashes % 2 == 0 else { throw unwritable(value) }
                result += "\\\""
            case "\n" where backslashes % 2 == 1:
                throw unwritable(value)
            default:
                result.unicodeScalars.append(character)
            }
            backslashes = 0
        }
        guard backslashes % 2 == 0 else { throw unwritable(value) }
        return result + "\""
    }

    private static func unwritable(_ value: String) -> RenderError {
        RenderError(.usage, "'\(value.prefix(60))' cannot be written as a DOT string (a backslash would escape the quote or line break after it)")
    }
}
