import NetGraph

/// Writes a graph as DOT text that Graphviz draws and ``DOTGraphReader`` reads back.
///
/// The graph is a `digraph`; relations of undirected types carry `dir=none`. Each node
/// carries its name as `label` and its `kind`; each edge its `type` (also as `label`), and
/// its `weight` when it has one. Evidence, dates and free attributes are not written: DOT is
/// an exchange format for drawing tools, the native format keeps everything.
public struct DOTGraphWriter: Sendable {
    public init() {}

    /// The DOT text of `graph`.
    /// - Complexity: O(n + m + size of the text).
    public func write(_ graph: Graph) -> String {
        var out = "digraph \(Self.quoted(graph.name)) {\n"
        for entity in graph.entities {
            out += "  \(Self.quoted(entity.id)) [label=\(Self.quoted(Self.label(entity.name))), kind=\(Self.quoted(entity.kind.rawValue))];\n"
        }
        for (r, relation) in graph.relations.enumerated() {
            var attributes = ["type=\(Self.quoted(relation.type.rawValue))",
                              "label=\(Self.quoted(Self.label(relation.type.rawValue)))"]
            if let weight = relation.weight { attributes.append("weight=\(Self.quoted(weight.shortDescription))") }
            if !graph.isDirected(relation: r) { attributes.append("dir=none") }
            out += "  \(Self.quoted(relation.from)) -> \(Self.quoted(relation.to)) [\(attributes.joined(separator: ", "))];\n"
        }
        out += "}\n"
        return out
    }

    /// A label value that shows `text` verbatim: backslashes doubled (labels are escString),
    /// line feeds as `\n`.
    static func label(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A DOT double-quoted string: `"` escaped, line feeds kept (DOT strings may span
    /// lines), and a trailing odd backslash doubled so it cannot escape the closing quote.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            if character == "\"" { result += "\\\"" } else { result.append(character) }
        }
        var trailing = 0
        for character in text.reversed() { if character == "\\" { trailing += 1 } else { break } }
        if trailing % 2 == 1 { result += "\\" }
        return result + "\""
    }
}
