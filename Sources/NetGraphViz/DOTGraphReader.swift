import NetGraph

/// Reads a graph written in Graphviz's DOT language, through Graphviz's own parser.
///
/// DOT has no kinds, types or evidence, so: each node becomes an entity with the node's
/// name as id, its `label` (escapes undone) as name, and kind `node` unless its `kind`
/// attribute names a built-in kind; each edge becomes a relation of type `edge` with its
/// `weight` attribute as weight. The schema is ``Schema/untyped(directed:)`` (directed for a
/// `digraph`) plus the built-in kinds used. No other attribute is kept, so drawing
/// instructions in the file (`image`, `shapefile`, `fontpath`…) never travel further.
public struct DOTGraphReader: Sendable {
    public var limits: ReadLimits

    public init(limits: ReadLimits = .standard) { self.limits = limits }

    /// Reads DOT text from `bytes`; `file` names it in messages.
    ///
    /// - Throws: ``GraphInputError`` when the text is empty, not UTF-8 (with the line and
    ///   column of the first bad byte) or not DOT (with Graphviz's message and, when it gives
    ///   one, the line), a name or label is longer than ``ReadLimits/maxTextLength``, or a
    ///   weight is not a finite number.
    /// - Complexity: O(size of the text + n + m).
    public func read(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        let start = SourceLocation(file: file, line: 1, column: 1)
        try limits.checkSize(of: bytes, file: file)
        // The shared decoder names UTF-16/32 byte-order marks, NUL bytes and the line and
        // column of invalid UTF-8, and drops a UTF-8 byte-order mark, which cgraph's scanner
        // would take as part of the first word.
        let text = try GraphFile.decodeText(bytes, file: file)
        if text.allSatisfy(\.isWhitespace) { throw GraphInputError("the file is empty", at: start) }
        let parsed: GraphvizAdapter.ParsedDOT
        do {
            parsed = try GraphvizAdapter.readDOT(text)
        } catch {
            let located = Self.location(in: error.message, file: file)
            var message = located?.1 ?? error.message
            // Bison's stack overflows on deeply nested subgraphs or braces.
            if message.hasPrefix("memory exhausted") { message = "the graph nests too deeply for Graphviz's parser (\(message))" }
            throw GraphInputError(message, at: located?.0 ?? start)
        }
        for node in parsed.nodes {
            if let problem = limits.textLengthProblem("node name '\(node.name.prefix(40))…'", length: node.name.count)
                ?? node.label.flatMap({ limits.textLengthProblem("the label of node '\(node.name.prefix(40))'", length: $0.count) }) {
                throw GraphInputError(problem, at: start)
            }
        }
        let name = parsed.name.isEmpty || parsed.name.hasPrefix("%") ? Self.stem(of: file) : parsed.name
        var schema = Schema.untyped(directed: parsed.isDirected)
        var builder = GraphBuilder(name: name, schema: schema)
        var entities: [Entity] = []
        for node in parsed.nodes {
            let kind = node.kind.map { EntityKind($0) }.flatMap { EntityKind.builtIn.contains($0) ? $0 : nil } ?? .node
            schema.add(kind)
            let label = node.label.map(Self.unescaped).flatMap { $0 == "\\N" || $0.isEmpty ? nil : $0 }
            entities.append(Entity(id: node.name, kind: kind, name: label))
        }
        builder.schema = schema
        for entity in entities { builder.add(entity) }
        for edge in parsed.edges {
            var weight: Double?
            let from = parsed.nodes[edge.tail].name
            let to = parsed.nodes[edge.head].name
            if let text = edge.weight {
                guard let value = Double(text), value.isFinite else {
                    builder.report(Diagnostic("edge '\(from)' -> '\(to)': weight '\(text.prefix(40))' is not a finite number", at: start))
                    continue
                }
                weight = value
            }
            builder.add(Relation(from: from, to: to, type: .edge, weight: weight))
        }
        return try builder.build()
    }

    /// Undoes escString escapes in a label: `\\` is a backslash, `\n`, `\l`, `\r` break the
    /// line (a line feed here), and any other escaped character stands for itself; `\N` alone
    /// (the default label) is kept so the caller can recognise it.
    static func unescaped(_ label: String) -> String {
        if label == "\\N" { return label }
        var result = ""
        var escaping = false
        for character in label {
            if escaping {
                switch character {
                case "n", "l", "r": result.append("\n")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result.trimmingSuffixNewlines()
    }

    /// The line Graphviz names in a syntax error (`… in line 3 near 'x'`).
    static func location(in message: String, file: String) -> (SourceLocation, String)? {
        guard let range = message.range(of: "in line ") else { return nil }
        let digits = message[range.upperBound...].prefix(while: \.isNumber)
        guard let line = Int(digits) else { return nil }
        return (SourceLocation(file: file, line: line, column: 1), message.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func stem(of file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}

extension String {
    fileprivate func trimmingSuffixNewlines() -> String {
        var copy = self
        while copy.last == "\n" { copy.removeLast() }
        return copy
    }
}
