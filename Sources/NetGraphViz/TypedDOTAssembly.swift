import NetGraph

/// Turns the attributes ``DOTGraphWriter`` writes back into the typed model, node by node and
/// edge by edge, whichever parser found them: cgraph (``GraphvizAdapter/readDOT(_:keeping:)``)
/// or `DOTFastPath`, which hands each item over as it reads it.
///
/// Values are checked as the native reader checks them. Graphviz keeps no positions, so
/// problems are placed at the start of the file and name the node or edge (edges by their
/// 1-based order in the file); a bad weight is placed at its assignment when the text holds
/// exactly one that gives that value.
struct TypedDOTAssembly {
    private var builder: GraphBuilder
    private var problems: [Diagnostic] = []
    /// Each node's entity id, by the node's position.
    private var ids: [String] = []
    private var edgeCount = 0
    private let file: String
    private let limits: ReadLimits
    private let start: SourceLocation
    /// The file's bytes, where a bad weight is looked for.
    private let bytes: [UInt8]

    /// Starts the graph from the graph's name and attributes.
    /// - Throws: ``GraphInputError`` when the sources or the schema cannot be read.
    init(name: String, attributes: GraphvizAdapter.ParsedDOT.Values, bytes: [UInt8], file: String, limits: ReadLimits) throws(GraphInputError) {
        self.file = file
        self.limits = limits
        self.bytes = bytes
        start = SourceLocation(file: file, line: 1, column: 1)
        builder = GraphBuilder(name: "", schema: .default)
        let graphName = text(name, "name", of: "graph") ?? DOTGraphReader.stem(of: file)
        builder = try GraphHeader(name: graphName.isEmpty ? DOTGraphReader.stem(of: file) : graphName,
                                  description: text(attributes["description"], "description", of: "graph"),
                                  sourcesJSON: text(attributes["sources"], "sources", of: "graph"),
                                  schemaJSON: text(attributes["schema"], "schema", of: "graph"))
            .builder(file: file, limits: limits)
        builder.unmarkedPlace = start
    }

    /// Adds the entity a node stands for; `values` are its attributes named in `DOTKeys.nodeKeys`,
    /// in that order.
    mutating func addNode(name: String, values: GraphvizAdapter.ParsedDOT.Values) {
        let id = text(name, "id", of: "node '\(name.prefix(40))'") ?? name
        ids.append(id)
        // Named only for a message: made for every node, the names were a tenth of the
        // reading time (perf).
        let item = { "node '\(id.prefix(40))'" }
        var aliases: [String] = []
        if let list = json(values[slot: NodeSlot.aliases], "aliases", of: item()) {
            let strings = list.stringItems
            if let strings { aliases = strings } else { problems.append(Diagnostic("\(item()): 'aliases' must be a JSON list of strings", at: start)) }
        }
        let entity = Entity(id: id, kind: EntityKind(text(values[slot: NodeSlot.kind], "kind", of: item()) ?? "node"),
                            // Graphviz reports `\N` (the node's name) for a node with no label.
                            name: text(values[slot: NodeSlot.label].flatMap { $0 == "\\N" ? nil : $0 }, "label", of: item()), aliases: aliases,
                            description: text(values[slot: NodeSlot.description], "description", of: item()),
                            since: date(values[slot: NodeSlot.since], "since", of: item()), until: date(values[slot: NodeSlot.until], "until", of: item()),
                            attributes: attributes(values[slot: NodeSlot.attributes], of: item()))
        builder.add(entity)
    }

    /// Adds the relation an edge stands for, between the nodes at `tail` and `head` in the
    /// order they were added; `values` are its attributes named in `DOTKeys.edgeKeys`, in that
    /// order.
    mutating func addEdge(tail: Int, head: Int, values: GraphvizAdapter.ParsedDOT.Values) {
        edgeCount += 1
        let number = edgeCount, tailID = ids[tail], headID = ids[head]
        let item = { "edge \(number) ('\(tailID.prefix(40))' -> '\(headID.prefix(40))')" }
        var weight: Double?
        if let raw = text(values[slot: EdgeSlot.weight], "weight", of: item()) {
            let reading = NumberText.read(raw)
            if case .value(let value) = reading { weight = value }
            if weight == nil {
                problems.append(Diagnostic("\(item()): weight '\(raw.prefix(40))' is \(NumberText.problem(reading, notANumber: "not a finite number")!)",
                                           at: DOTGraphReader.assignment(of: "weight", value: values[slot: EdgeSlot.weight] ?? raw, in: bytes, file: file)))
            }
        }
        var status: RelationStatus?
        if let raw = text(values[slot: EdgeSlot.status], "status", of: item()) {
            status = RelationStatus(rawValue: raw)
            if status == nil { problems.append(Diagnostic("\(item()): unknown status '\(raw.prefix(40))'", at: start)) }
        }
        let relation = Relation(from: tailID, to: headID, type: RelationType(text(values[slot: EdgeSlot.type], "type", of: item()) ?? "edge"),
                                weight: weight, date: date(values[slot: EdgeSlot.date], "date", of: item()),
                                since: date(values[slot: EdgeSlot.since], "since", of: item()), until: date(values[slot: EdgeSlot.until], "until", of: item()),
                                source: text(values[slot: EdgeSlot.source], "source", of: item()), quote: text(values[slot: EdgeSlot.quote], "quote", of: item()),
                                status: status, attributes: attributes(values[slot: EdgeSlot.attributes], of: item()))
        builder.add(relation)
    }

    /// The graph, once every node and edge is added.
    /// - Throws: ``GraphInputError`` listing every problem found.
    func build() throws(GraphInputError) -> Graph {
        var builder = builder
        for problem in problems { builder.report(problem) }
        return try builder.build()
    }

    // MARK: - Values

    /// Where each attribute sits in a node's and an edge's values (`DOTKeys`): found by name,
    /// the values were a tenth of reading a large file (perf).
    private enum NodeSlot {
        static let label = slot("label"), kind = slot("kind"), aliases = slot("aliases"), description = slot("description")
        static let since = slot("since"), until = slot("until"), attributes = slot("attributes")
        private static func slot(_ name: String) -> Int { DOTKeys.nodeKeys.firstIndex(of: name)! }
    }

    private enum EdgeSlot {
        static let type = slot("type"), weight = slot("weight"), date = slot("date"), since = slot("since"), until = slot("until")
        static let status = slot("status"), source = slot("source"), quote = slot("quote"), attributes = slot("attributes")
        private static func slot(_ name: String) -> Int { DOTKeys.edgeKeys.firstIndex(of: name)! }
    }

    private mutating func text(_ raw: String?, _ field: String, of item: @autoclosure () -> String) -> String? {
        guard let raw else { return nil }
        guard let value = DOTText.decoded(raw) else {
            problems.append(Diagnostic("\(item()): '\(field)' has an escape netgraph does not write", at: start))
            return nil
        }
        // Counting characters walks the text; no more bytes than the limit needs no count.
        guard value.utf8.count <= limits.maxTextLength || value.count <= limits.maxTextLength else {
            problems.append(Diagnostic("\(item()): '\(field)' is \(value.count) characters long, over the limit of \(limits.maxTextLength)",
                                       at: start, limit: .textLength))
            return nil
        }
        return value
    }

    private mutating func date(_ raw: String?, _ field: String, of item: @autoclosure () -> String) -> PartialDate? {
        guard let value = text(raw, field, of: item()) else { return nil }
        guard let date = PartialDate(value) else {
            problems.append(Diagnostic("\(item()): '\(field)': '\(value.prefix(40))' is not a date", at: start))
            return nil
        }
        return date
    }

    private mutating func json(_ raw: String?, _ field: String, of item: @autoclosure () -> String) -> JSONValue? {
        guard let value = text(raw, field, of: item()) else { return nil }
        do {
            return try JSONValue.parse(value, file: file)
        } catch {
            let problem = JSONValue.isNumberOutOfRange(error) ? ": \(error.diagnostics[0].message)" : " is not JSON"
            problems.append(Diagnostic("\(item()): '\(field)'\(problem)", at: start))
            return nil
        }
    }

    private mutating func attributes(_ raw: String?, of item: @autoclosure () -> String) -> [String: AttributeValue] {
        guard let value = json(raw, "attributes", of: item()) else { return [:] }
        guard case .object(let members) = value else {
            problems.append(Diagnostic("\(item()): 'attributes' must be a JSON object", at: start))
            return [:]
        }
        var result: [String: AttributeValue] = [:]
        for (key, member) in members {
            guard let value = AttributeValue(json: member) else {
                problems.append(Diagnostic("\(item()): attribute '\(key.prefix(40))' must be text, a number or true/false", at: start))
                continue
            }
            result[key] = value
        }
        return result
    }
}

extension JSONValue {
    /// The items of a list whose items are all text; nil otherwise.
    fileprivate var stringItems: [String]? {
        guard case .array(let items) = self else { return nil }
        var strings: [String] = []
        for item in items {
            guard case .string(let string) = item else { return nil }
            strings.append(string)
        }
        return strings
    }
}
