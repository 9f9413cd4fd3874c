import NetGraph

/// Reads a graph written in Graphviz's DOT language, through Graphviz's own parser; a file in
/// the layout ``DOTGraphWriter`` writes, and another tool's file of plain node, edge and
/// attribute statements, are read in one pass without it (`DOTFastPath`), into what the
/// parser would give.
///
/// A file ``DOTGraphWriter`` wrote (its graph carries the `netgraph` attribute) reads back
/// typed: every field of every entity and relation, the sources and the schema extensions,
/// from the attributes named in ``DOTKeys``, checked as the native reader checks them.
///
/// Any other DOT file has no kinds, types or evidence, so: each node becomes an entity with
/// the node's name as id, its `label` (escapes undone) as name, and kind `node` unless its
/// `kind` attribute names a built-in kind; each edge becomes a relation of type `edge` with
/// its `weight` attribute as weight. The schema is `Schema.untyped(directed:)` (directed
/// for a `digraph`) plus the built-in kinds used.
///
/// In both cases only the attributes named above are read out of Graphviz, and free
/// attributes come only from netgraph's own `attributes` JSON, which rendering never passes
/// on: drawing instructions in the file (`image`, `shapefile`, `fontpath`…) never travel
/// further.
public struct DOTGraphReader: Sendable {
    public var limits: ReadLimits

    /// Reads every file through cgraph, past `DOTFastPath`: for the tests that compare the two.
    @_spi(Testing) public var skipsFastPath = false

    public init(limits: ReadLimits = .standard) { self.limits = limits }

    /// The attributes read out of a graph, its nodes and its edges.
    static let keptAttributes = GraphvizAdapter.DOTAttributeNames(graph: DOTKeys.graphKeys, node: DOTKeys.nodeKeys, edge: DOTKeys.edgeKeys)

    /// Reads DOT text from `bytes`; `file` names it in messages.
    ///
    /// - Throws: `GraphInputError` when the text is empty, not UTF-8 (with the line and
    ///   column of the first bad byte), ends inside a quoted string, HTML string or comment
    ///   (at its start), is not DOT (with Graphviz's message and, when it gives one, the
    ///   line), holds anything but comments after its graph's closing `}` (at that text; a
    ///   second graph is named as such), a name or label is longer than
    ///   `ReadLimits.maxTextLength`, or a weight is not a finite number (at the assignment
    ///   when the text holds exactly one that gives that value).
    /// - Complexity: O(size of the text + n + m).
    public func read(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        let start = SourceLocation(file: file, line: 1, column: 1)
        try limits.checkSize(of: bytes, file: file)
        // The shared decoder names UTF-16/32 byte-order marks, NUL bytes and the line and
        // column of invalid UTF-8, and drops a UTF-8 byte-order mark, which cgraph's scanner
        // would take as part of the first word.
        try TextDecoding.checkNotEmpty(bytes, file: file)
        // A file in the layout netgraph writes is read without cgraph, from its bytes; it
        // gives what cgraph would, so the same checks follow. Only cgraph's path needs the text.
        if !skipsFastPath, let graph = try DOTFastPath.read(bytes, file: file, limits: limits) {
            return graph
        }
        let text = try GraphFile.decodeText(bytes, file: file)
        let utf8 = Array(text.utf8)
        let outline = DOTTextOutline(utf8)
        if let open = outline.unterminated, case .unterminated(let construct) = open.kind {
            throw GraphInputError(Self.neverClosed(construct), at: SourceLocation(file: file, line: open.line, column: open.column))
        }
        let graphText = outline.firstGraphEnd.map { String(decoding: utf8[..<$0], as: UTF8.self) } ?? text
        let parsed: GraphvizAdapter.ParsedDOT
        do {
            parsed = try GraphvizAdapter.readDOT(graphText, keeping: Self.keptAttributes)
        } catch {
            // After a `#line` directive cgraph numbers lines as the directive says.
            let located = outline.sawLineDirective ? nil : Self.location(in: error.message, file: file)
            var message = located?.1 ?? error.message.trimmingCharacters(in: .whitespacesAndNewlines)
            // Bison's stack overflows on deeply nested subgraphs or braces.
            if message.hasPrefix("memory exhausted") { message = "the graph nests too deeply for Graphviz's parser (\(message))" }
            throw GraphInputError(message, at: located?.0 ?? start)
        }
        if let after = outline.trailing {
            let place = SourceLocation(file: file, line: after.line, column: after.column)
            throw GraphInputError(DOTTextOutline.startsGraph(after, in: utf8)
                ? "a second graph starts here: the file holds more than one graph; netgraph reads one graph per file"
                : "text after the end of the graph (its closing '}' ends the file's one graph)", at: place)
        }
        // cgraph takes a name that starts with '%' for one of its internal names and gives the
        // node a number instead ("%lMencho" becomes "%3"): the name is lost, and a graph
        // written back would not read back the same.
        // The number cgraph gives is not named: it counts every graph cgraph has read in the
        // process, so the message would differ from one read of the same file to the next.
        if parsed.nodes.contains(where: { $0.name.hasPrefix("%") }) {
            let place = DOTTextOutline.firstPercentName(in: utf8)
            throw GraphInputError("a node name starts with '%', which Graphviz's parser keeps for its internal names: it replaces the name with a number of its own, so netgraph cannot read the node's name; rename it",
                                  at: SourceLocation(file: file, line: place?.line ?? 1, column: place?.column ?? 1))
        }
        for node in parsed.nodes {
            if let problem = limits.textLengthProblem("node name '\(node.name.prefix(40))…'", length: node.name.count)
                ?? node.attributes["label"].flatMap({ limits.textLengthProblem("the label of node '\(node.name.prefix(40))'", length: $0.count) }) {
                throw GraphInputError(problem, at: start, limit: .textLength)
            }
        }
        if parsed.attributes[DOTKeys.marker] != nil {
            return try readTyped(parsed, bytes: utf8, file: file)
        }
        return try Self.untypedGraph(name: parsed.name, isDirected: parsed.isDirected,
                                     nodes: parsed.nodes.map { UntypedNode(name: $0.name, kind: $0.attributes["kind"], label: $0.attributes["label"]) },
                                     edges: parsed.edges.map { UntypedEdge(tail: Int32($0.tail), head: Int32($0.head), weight: $0.attributes["weight"]) },
                                     bytes: utf8, file: file)
    }

    /// A node of a DOT file netgraph did not write: its name, and its `kind` and `label`
    /// attributes as the parser reports them (nil when unset or empty).
    struct UntypedNode {
        var name: String
        var kind: String?
        var label: String?
    }

    /// An edge of such a file: its ends, by node position, and its `weight` attribute.
    struct UntypedEdge {
        var tail: Int32
        var head: Int32
        var weight: String?
    }

    /// The untyped graph of a DOT file netgraph did not write, from its nodes and edges in the
    /// parser's order (see the type's documentation), whichever parser read them: cgraph, or
    /// `DOTFastPath` for the plain files it takes.
    /// - Throws: ``GraphInputError`` for a weight that is not a finite number, at its
    ///   assignment when `bytes` hold exactly one that gives that value.
    static func untypedGraph(name: String, isDirected: Bool, nodes: [UntypedNode], edges: [UntypedEdge], bytes: [UInt8],
                             file: String) throws(GraphInputError) -> Graph {
        let name = name.isEmpty || name.hasPrefix("%") ? Self.stem(of: file) : name
        var schema = Schema.untyped(directed: isDirected)
        var builder = GraphBuilder(name: name, schema: schema)
        var entities: [Entity] = []
        entities.reserveCapacity(nodes.count)
        // A DOT node's name is often a label ("El Mencho"); one that is not a valid entity id
        // gets an id made from it (`El-Mencho`) and keeps the name as its name.
        var maker = EntityIDMaker()
        for node in nodes where GraphBuilder.idProblem(node.name) == nil { maker.reserve(node.name) }
        var idOfNode: [String] = []
        idOfNode.reserveCapacity(nodes.count)
        for node in nodes {
            let kind = node.kind.map { EntityKind($0) }.flatMap { EntityKind.builtIn.contains($0) ? $0 : nil } ?? .node
            schema.add(kind)
            let label = node.label.map(Self.unescaped).flatMap { $0 == "\\N" || $0.isEmpty ? nil : $0 }
            let valid = GraphBuilder.idProblem(node.name) == nil
            let id = valid ? node.name : maker.id(for: node.name)
            idOfNode.append(id)
            entities.append(Entity(id: id, kind: kind, name: label ?? (valid ? nil : node.name)))
        }
        builder.schema = schema
        for entity in entities { builder.add(entity) }
        // Each node has an id of its own, so its entity sits at the node's position.
        for edge in edges {
            var weight: Double?
            if let text = edge.weight {
                let reading = NumberText.read(text)
                guard case .value(let value) = reading else {
                    builder.report(Diagnostic("edge '\(idOfNode[Int(edge.tail)])' -> '\(idOfNode[Int(edge.head)])': weight '\(text.prefix(40))' is \(NumberText.problem(reading, notANumber: "not a finite number")!)",
                                              at: Self.assignment(of: "weight", value: text, in: bytes, file: file)))
                    continue
                }
                weight = value
            }
            builder.addRelation(endpoints: (edge.tail, edge.head), type: .edge, weight: weight)
        }
        return try builder.build()
    }

    /// The typed graph of a file ``DOTGraphWriter`` wrote, from what cgraph read of it.
    private func readTyped(_ parsed: GraphvizAdapter.ParsedDOT, bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        var assembly = try TypedDOTAssembly(name: parsed.name, attributes: parsed.attributes, bytes: bytes, file: file, limits: limits)
        for node in parsed.nodes { assembly.addNode(name: node.name, values: node.attributes) }
        for edge in parsed.edges { assembly.addEdge(tail: edge.tail, head: edge.head, values: edge.attributes) }
        return try assembly.build()
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

    /// What to say of a quoted string, HTML string or comment the file ends inside.
    static func neverClosed(_ construct: DOTTokenizer.Construct) -> String {
        switch construct {
        case .quotedString: "a quoted string starts here and is never closed (no '\"' ends it before the end of the file)"
        case .htmlString: "an HTML string starts here with '<' and is never closed (no balancing '>' before the end of the file)"
        case .comment: "a /* comment starts here and is never closed (no '*/' before the end of the file)"
        }
    }

    /// Where a bad attribute value was written. cgraph keeps no positions, so the value is
    /// looked up in the text, and a place is given only when exactly one `name=value`
    /// assignment in an attribute list holds it; otherwise the message, which names the
    /// edge, stands at the start of the file.
    static func assignment(of name: String, value: String, in bytes: [UInt8], file: String) -> SourceLocation {
        let place = DOTTextOutline.uniqueAssignment(of: name, value: value, in: bytes)
        return SourceLocation(file: file, line: place?.line ?? 1, column: place?.column ?? 1)
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
