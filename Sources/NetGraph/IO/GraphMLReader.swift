import Foundation

/// Reads GraphML as NetworkX (`write_graphml`), igraph and Gephi write it.
///
/// - `<key>` declarations give each data key its attribute name, domain (`node`, `edge`,
///   `graph`, `all`), type (`string`, `int`, `long`, `float`, `double`, `boolean`) and
///   optional `<default>`.
/// - The graph's `edgedefault` sets the direction of its edges; an edge's own `directed`
///   attribute overrides it.
/// - Edge data named `weight` becomes the relation's weight; node data named `kind` the
///   entity kind (default `node`), `name` or else `label` its name; edge data named `type`
///   the relation type (default `edge`). Every other data value is kept as an attribute.
/// - Relation types are declared as they are met, directed or not as their first edge is;
///   an untyped edge against `edgedefault` gets the type `directed-edge` or `undirected-edge`.
/// - Edges may name nodes not declared as `<node>`; they are added, as NetworkX does.
/// - A file ``GraphMLWriter`` wrote reads back equal, also after NetworkX or igraph read and
///   wrote it: the opposite copy of an undirected relation (edge key `reverse`) is dropped;
///   node data named `id` (igraph keeps the ids it read so, and numbers nodes itself) gives
///   the entity ids; empty dates, statuses and aliases are absent, and in a file igraph wrote
///   (its `Created by igraph` comment) every empty value is, as igraph writes missing values
///   as empty strings.
/// - At most ``GraphInputError/reportedProblemLimit`` problems are reported, then a count of
///   the rest, so a file in a foreign dialect does not bury its first errors.
///
/// Safety: netgraph's one XML policy (`SafeXML`): no entity declarations, DTD markup or
/// external DTDs, no external entities resolved, elements no deeper than
/// ``ReadLimits/maxNestingDepth``, and ids and values no longer than
/// ``ReadLimits/maxTextLength``. The root element must be `<graphml>`, and a key's
/// `attr.type` one of GraphML's six. Errors carry `FILE:LINE:COL`.
public struct GraphMLReader: Sendable {
    public var limits: ReadLimits

    public init(limits: ReadLimits = .standard) { self.limits = limits }

    /// Reads the GraphML document in `bytes`; `file` names it in diagnostics.
    /// - Throws: ``GraphInputError`` for malformed XML, refused declarations, unknown keys,
    ///   values that do not fit their key's type, and what ``GraphBuilder`` rejects.
    /// - Complexity: O(size of the file).
    public func read(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        try SafeXML.refuseBeforeParsing(bytes, file: file, format: "GraphML", limits: limits)
        // A document in GraphML's usual layout (netgraph's own, NetworkX's, igraph's) is read
        // in one pass into the builder; any other, and any document with a problem, goes
        // through the handler below, which keeps every item's place for the messages.
        if let graph = GraphMLFastPath.read(bytes, file: file, limits: limits, name: EdgeListReader.graphName(file)) {
            return graph
        }
        let handler = GraphMLHandler(file: file, limits: limits)
        try SafeXML.parse(bytes, file: file, into: handler)
        do {
            return try handler.build(name: EdgeListReader.graphName(file))
        } catch {
            throw error.capped()
        }
    }
}

/// Collects keys, nodes and edges, and the first error, from the XML parser's events.
final class GraphMLHandler: XMLEventHandler {
    struct Key {
        var name: String
        var domain: String
        var type: String
        var defaultValue: String?
    }

    struct Item {
        var id: String
        var endpoints: (String, String)?
        var directed: Bool?
        var data: [(key: String, value: String)] = []
        var location: SourceLocation
    }

    let file: String
    let limits: ReadLimits
    var failure: Diagnostic?
    var keys: [String: Key] = [:]
    /// ``defaults(for:)``'s answers, made once the keys are all read.
    var defaultsByDomain: [String: Fields] = [:]
    var edgeDefaultDirected = false
    /// Whether the document says igraph wrote it (its `<!-- Created by igraph -->` comment).
    var writtenByIgraph = false
    var graphName: String?
    /// Data of the `<graph>` element itself, by key id.
    var graphData: [(key: String, value: String)] = []
    var nodes: [Item] = []
    var edges: [Item] = []
    var graphDepth = 0
    var current: Item?
    var currentIsEdge = false
    var currentKeyID: String?
    var dataKey: String?
    var text = ""
    /// Depth and attribute lengths, held to the limits.
    var guardrail: SafeXML.ElementGuard
    /// GraphML's value types (`attr.type`).
    static let keyTypes: Set<String> = ["boolean", "int", "long", "float", "double", "string"]

    init(file: String, limits: ReadLimits) {
        self.file = file
        self.limits = limits
        guardrail = SafeXML.ElementGuard(limits: limits)
    }

    var collectsText: Bool { dataKey != nil || currentKeyID != nil }

    func fail(_ message: String, at location: () -> SourceLocation, limit: ReadLimits.Limit? = nil) {
        if failure == nil { failure = Diagnostic(message, at: location(), limit: limit) }
    }

    func startElement(_ element: String, attributes: some XMLAttributeSource, at here: () -> SourceLocation) {
        guard failure == nil else { return }
        if let (problem, limit) = guardrail.enter(attributes) { return fail(problem, at: here, limit: limit) }
        if guardrail.depth == 1 && element != "graphml" {
            return fail("not a GraphML document: the root element is <\(element.prefix(40))>, not <graphml>", at: here)
        }
        // The commonest elements first: a switch on strings compares them in order.
        switch element {
        case "data":
            guard let key = attributes["key"] else { return fail("<data> without a key", at: here) }
            guard keys[key] != nil else { return fail("<data> refers to undeclared key '\(key)'", at: here) }
            dataKey = key
            text = ""
        case "edge":
            guard graphDepth == 1 else { return fail("<edge> outside a <graph>", at: here) }
            guard let source = attributes["source"], let target = attributes["target"] else {
                return fail("<edge> without a source and a target", at: here)
            }
            var item = Item(id: attributes["id"] ?? "", endpoints: (source, target), location: here())
            if let directed = attributes["directed"] {
                guard directed == "true" || directed == "false" else {
                    return fail("edge attribute directed='\(directed)' is neither true nor false", at: here)
                }
                item.directed = directed == "true"
            }
            current = item
            currentIsEdge = true
        case "node":
            guard graphDepth == 1 else { return fail("<node> outside a <graph>", at: here) }
            guard let id = attributes["id"] else { return fail("<node> without an id", at: here) }
            current = Item(id: id, location: here())
            currentIsEdge = false
        case "key":
            guard let id = attributes["id"] else { return fail("<key> without an id", at: here) }
            let type = attributes["attr.type"] ?? "string"
            guard Self.keyTypes.contains(type) else {
                return fail("key '\(id)' has attr.type '\(type.prefix(40))'; GraphML's types are boolean, int, long, float, double and string", at: here)
            }
            keys[id] = Key(name: attributes["attr.name"] ?? id, domain: attributes["for"] ?? "all", type: type)
            currentKeyID = id
        case "default":
            text = ""
        case "graph":
            graphDepth += 1
            if graphDepth > 1 { return fail("nested graphs are not supported", at: here) }
            if current != nil { return fail("nested graphs are not supported", at: here) }
            edgeDefaultDirected = attributes["edgedefault"] == "directed"
            graphName = attributes["id"]
        case "hyperedge":
            fail("hyperedges are not supported", at: here)
        default:
            break
        }
    }

    func comment(_ comment: String) {
        if comment.contains("Created by igraph") { writtenByIgraph = true }
    }

    func characters(_ string: String, at here: () -> SourceLocation) {
        guard collectsText else { return }
        text += string
        // A text has no more characters than UTF-8 bytes: most are counted without looking.
        if text.utf8.count > limits.maxTextLength && text.count > limits.maxTextLength {
            fail("a data value is longer than \(limits.maxTextLength) characters", at: here, limit: .textLength)
        }
    }

    func endElement(_ element: String) {
        guard failure == nil else { return }
        guardrail.leave()
        // The commonest elements first: a switch on strings compares them in order.
        switch element {
        case "data":
            if let key = dataKey {
                if current != nil { current!.data.append((key, text)) } else if graphDepth > 0 { graphData.append((key, text)) }
            }
            dataKey = nil
        case "edge":
            if let item = current { edges.append(item) }
            current = nil
        case "node":
            if let item = current { nodes.append(item) }
            current = nil
        case "key": currentKeyID = nil
        case "default": if let id = currentKeyID { keys[id]?.defaultValue = text }
        case "graph": graphDepth -= 1
        default: break
        }
    }

    /// A data value in its key's type.
    func value(_ text: String, key: Key) -> AttributeValue? { Self.value(text, type: key.type) }

    /// A data value in the key type `type` (`attr.type`).
    static func value(_ text: String, type: String) -> AttributeValue? {
        switch type {
        // Text first: most values are, and each case tried before the one that matches costs
        // a string comparison, per value of a large file.
        case "string":
            return .string(text)
        case "int", "long", "float", "double":
            // NaN, the infinities and literals out of a double's range are not values an
            // analysis can use.
            guard let number = NumberText.finite(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
            return .number(number)
        case "boolean":
            switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return nil
            }
        default:
            return .string(text)
        }
    }

    /// An item's values by attribute name: a handful per item, so a list searched in order
    /// costs less than a dictionary made for every node and edge.
    struct Fields {
        private(set) var entries: [(name: String, value: AttributeValue)] = []

        subscript(name: String) -> AttributeValue? {
            get { entries.first { $0.name == name }?.value }
            set {
                let index = entries.firstIndex { $0.name == name }
                switch (index, newValue) {
                case let (index?, value?): entries[index].value = value
                case let (index?, nil): entries.remove(at: index)
                case let (nil, value?): entries.append((name, value))
                case (nil, nil): break
                }
            }
        }

        func filter(_ keep: (String, AttributeValue) -> Bool) -> Fields {
            var result = Fields()
            result.entries = entries.filter { keep($0.name, $0.value) }
            return result
        }

        var dictionary: [String: AttributeValue] {
            Dictionary(entries, uniquingKeysWith: { _, last in last })
        }
    }

    /// The default values of a domain's keys (`node`, `edge`), read once per domain rather
    /// than once per item, in key-id order.
    func defaults(for domain: String) -> Fields {
        if let known = defaultsByDomain[domain] { return known }
        var result = Fields()
        for (_, key) in keys.sorted(by: { $0.key < $1.key }) where (key.domain == domain || key.domain == "all") && key.defaultValue != nil {
            if let value = value(key.defaultValue!, key: key) { result[key.name] = value }
        }
        defaultsByDomain[domain] = result
        return result
    }

    /// The data of an item by attribute name, defaults of its domain filled in.
    func attributes(of item: Item, domain: String) -> ([String: AttributeValue], [Diagnostic]) {
        let (fields, problems) = self.fields(of: item, domain: domain)
        return (fields.dictionary, problems)
    }

    /// The declared keys as a list, made once all are read: an item's few key ids are found
    /// in it by comparing short strings, not by hashing each.
    private var keyList: [(id: String, key: Key)]?

    func key(_ id: String) -> Key {
        if keyList == nil { keyList = keys.map { ($0.key, $0.value) } }
        return keyList!.first { $0.id == id }?.key ?? keys[id]!
    }

    /// ``attributes(of:domain:)`` as ``Fields``.
    func fields(of item: Item, domain: String) -> (Fields, [Diagnostic]) {
        var result = defaults(for: domain)
        var problems: [Diagnostic] = []
        for (id, raw) in item.data {
            let key = key(id)
            guard key.domain == domain || key.domain == "all" else {
                problems.append(Diagnostic("key '\(id)' is declared for \(key.domain), not \(domain)", at: item.location))
                continue
            }
            // igraph writes an empty value for a number or truth value a node or edge lacks.
            if raw.isEmpty && writtenByIgraph && key.type != "string" { continue }
            guard let value = value(raw, key: key) else {
                let numeric = ["int", "long", "float", "double"].contains(key.type)
                let reading = NumberText.read(raw.trimmingCharacters(in: .whitespacesAndNewlines))
                let problem = numeric && reading != .notANumber ? NumberText.problem(reading)! : "not a \(key.type)"
                problems.append(Diagnostic("value '\(raw.prefix(40))' of '\(key.name)' is \(problem)", at: item.location))
                continue
            }
            result[key.name] = value
        }
        return (result, problems)
    }

    /// Ids, endpoints, kinds and types with control characters: names that other formats
    /// (and the schema this reader writes back as JSON) cannot carry. Found by the fuzzer: a
    /// kind holding DEL and carriage returns read, but its GraphML did not read back.
    func namingProblems(_ item: Item, _ attributes: [String: AttributeValue]) -> [Diagnostic] {
        namingProblems(item, kind: attributes["kind"], type: attributes["type"])
    }

    func namingProblems(_ item: Item, kind: AttributeValue?, type: AttributeValue?) -> [Diagnostic] {
        // Control characters are C0, DEL and C1 (U+0080–U+009F, UTF-8 0xC2 0x80–0x9F): most
        // names hold none of those bytes, and need no closer look.
        func plain(_ text: String) -> Bool { !text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 } }
        func plain(_ value: AttributeValue?) -> Bool { if case .string(let text)? = value { plain(text) } else { value == nil } }
        if plain(item.id), plain(item.endpoints?.0 ?? ""), plain(item.endpoints?.1 ?? ""), plain(kind), plain(type) { return [] }
        var names = [("id", item.id)]
        if let (from, to) = item.endpoints { names += [("source", from), ("target", to)] }
        for (field, value) in [("kind", kind), ("type", type)] { if let value { names.append((field, value.description)) } }
        return names.compactMap { field, text in
            guard text.unicodeScalars.contains(where: { $0.isControlCharacter }) else { return nil }
            return Diagnostic("\(field) '\(text.prefix(40).debugDescription.dropFirst().dropLast())' must not contain control characters",
                              at: item.location)
        }
    }

    func build(name: String) throws(GraphInputError) -> Graph {
        var graphValues: [String: String] = [:]
        for (id, value) in graphData { if let key = keys[id], graphValues[key.name] == nil { graphValues[key.name] = value } }
        // A file netgraph wrote carries its sources and schema at graph level and the
        // evidence on its edges: read it back into the typed model.
        if graphValues[GraphMLKeys.marker] != nil || graphValues["sources"] != nil || graphValues["schema"] != nil
            || keys.values.contains(where: { $0.name == "quote" && $0.domain == "edge" }) {
            return try buildTyped(name: name, graphValues: graphValues)
        }
        var schema = Schema(kinds: [.node], relations: [])
        var builder = GraphBuilder(name: graphName.flatMap { $0.isEmpty || $0 == "G" ? nil : $0 } ?? name, schema: schema)
        var problems: [Diagnostic] = []
        var known: Set<String> = []
        var entities: [Entity] = []
        var entityMarks: [GraphBuilder.Marks] = []
        for node in nodes {
            var (attributes, issues) = self.attributes(of: node, domain: "node")
            problems += issues + namingProblems(node, attributes)
            let kind = attributes.removeValue(forKey: "kind").map { EntityKind($0.description) } ?? .node
            let label = attributes.removeValue(forKey: "name") ?? attributes.removeValue(forKey: "label")
            schema.add(kind)
            if known.insert(node.id).inserted {
                entities.append(Entity(id: node.id, kind: kind, name: label?.description, attributes: attributes))
                entityMarks.append(GraphBuilder.Marks(item: node.location))
            } else {
                problems.append(Diagnostic("duplicate node id '\(node.id)'", at: node.location))
            }
        }
        var relations: [(Relation, GraphBuilder.Marks)] = []
        var directions = ObservedDirections()
        for edge in edges {
            var (attributes, issues) = self.attributes(of: edge, domain: "edge")
            problems += issues + namingProblems(edge, attributes)
            let (from, to) = edge.endpoints!
            for id in [from, to] where known.insert(id).inserted {
                entities.append(Entity(id: id, kind: .node))
                entityMarks.append(GraphBuilder.Marks(item: edge.location))
            }
            let directed = edge.directed ?? edgeDefaultDirected
            var weight: Double? = nil
            if let raw = attributes.removeValue(forKey: "weight") {
                guard let number = raw.numericValue else {
                    let problem = NumberText.problem(NumberText.read(raw.description), notANumber: "not a finite number") ?? "not a finite number"
                    problems.append(Diagnostic("edge weight '\(raw.description.prefix(40))' is \(problem)", at: edge.location))
                    continue
                }
                weight = number
            }
            let type: RelationType
            if let typed = attributes.removeValue(forKey: "type") {
                type = RelationType(typed.description)
            } else {
                type = directed == edgeDefaultDirected ? .edge : (directed ? "directed-edge" : "undirected-edge")
            }
            if let problem = directions.observe(type, directed: directed, declaringIn: &schema) {
                problems.append(Diagnostic(problem, at: edge.location))
            }
            relations.append((Relation(from: from, to: to, type: type, weight: weight, attributes: attributes),
                              GraphBuilder.Marks(item: edge.location)))
        }
        guard problems.isEmpty else { throw GraphInputError(problems) }
        builder.schema = schema
        for (entity, marks) in zip(entities, entityMarks) { builder.add(entity, marks: marks) }
        for (relation, marks) in relations { builder.add(relation, marks: marks) }
        return try builder.build()
    }

    /// Reads the keys ``GraphMLWriter`` writes (``GraphMLKeys``) back into kinds, types,
    /// aliases, dates, statuses, sources, quotes and attributes (`attr.NAME`), with the
    /// default schema and the file's extensions.
    func buildTyped(name: String, graphValues: [String: String]) throws(GraphInputError) -> Graph {
        // The graph-level JSON is native-format JSON: the native reader checks it.
        var builder = try GraphHeader(name: graphValues["name"] ?? graphName ?? name, description: graphValues["description"],
                                      sourcesJSON: graphValues["sources"], schemaJSON: graphValues["schema"])
            .builder(file: file, limits: limits)
        var problems: [Diagnostic] = []
        func text(_ value: AttributeValue?) -> String? { value.map(\.description) }
        func date(_ value: AttributeValue?, _ field: String, at location: SourceLocation) -> PartialDate? {
            guard let raw = text(value) else { return nil }
            guard let date = PartialDate(raw) else {
                problems.append(Diagnostic("'\(field)': '\(raw)' is not a date", at: location))
                return nil
            }
            return date
        }
        // igraph writes an empty string for every value a node or edge lacks. Dates, statuses,
        // aliases and the reverse mark cannot be empty, so an empty one is absent in any file;
        // in a file igraph wrote, every empty value is.
        let neverEmpty: Set<String> = ["since", "until", "date", "status", "aliases", GraphMLKeys.reverseKey]
        func present(_ attributes: Fields) -> Fields {
            guard attributes.entries.contains(where: { $0.value == .string("") }) else { return attributes }
            return attributes.filter { key, value in value != .string("") || !(writtenByIgraph || neverEmpty.contains(key)) }
        }
        // igraph numbers the nodes it writes (n0, n1, …) and keeps the ids it read as node
        // data named `id`: those are the entity ids, and edges name nodes by igraph's numbers.
        let hasIDKey = keys.values.contains { $0.name == "id" && ($0.domain == "node" || $0.domain == "all") }
        // Without that data an entity's id is its node id, and no table is needed.
        var entityID: [String: String] = [:]
        func free(_ attributes: Fields) -> [String: AttributeValue] {
            var result: [String: AttributeValue] = [:]
            for (key, value) in attributes.entries where key.utf8.starts(with: "attr.".utf8) && key.hasPrefix("attr.") { result[String(key.dropFirst(5))] = value }
            return result
        }
        for node in nodes {
            let (read, issues) = self.fields(of: node, domain: "node")
            let attributes = present(read)
            problems += issues + namingProblems(node, kind: attributes["kind"], type: attributes["type"])
            let id = hasIDKey ? text(attributes["id"]) ?? node.id : node.id
            if hasIDKey { entityID[node.id] = id }
            var aliases: [String] = []
            if let raw = text(attributes["aliases"]) {
                guard case .array(let items)? = try? JSONValue.parse(raw), case let strings = items.compactMap({ item -> String? in
                    if case .string(let s) = item { return s } else { return nil } }), strings.count == items.count else {
                    problems.append(Diagnostic("'aliases' must be a JSON list of strings", at: node.location))
                    continue
                }
                aliases = strings
            }
            let entity = Entity(id: id, kind: EntityKind(text(attributes["kind"]) ?? "node"), name: text(attributes["name"]),
                                aliases: aliases, description: text(attributes["description"]),
                                since: date(attributes["since"], "since", at: node.location),
                                until: date(attributes["until"], "until", at: node.location), attributes: free(attributes))
            builder.add(entity, marks: GraphBuilder.Marks(item: node.location))
        }
        for edge in edges {
            let (read, issues) = self.fields(of: edge, domain: "edge")
            let attributes = present(read)
            problems += issues + namingProblems(edge, kind: attributes["kind"], type: attributes["type"])
            // The opposite copy of an undirected relation (see GraphMLWriter) is that relation.
            if attributes[GraphMLKeys.reverseKey] == .bool(true) { continue }
            let (source, target) = edge.endpoints!
            let from = hasIDKey ? entityID[source] ?? source : source
            let to = hasIDKey ? entityID[target] ?? target : target
            var status: RelationStatus? = nil
            if let raw = text(attributes["status"]) {
                status = RelationStatus(rawValue: raw)
                if status == nil { problems.append(Diagnostic("unknown status '\(raw)'", at: edge.location)) }
            }
            var weight: Double? = nil
            if let raw = attributes["weight"] {
                weight = raw.numericValue
                if weight == nil {
                    let problem = NumberText.problem(NumberText.read(raw.description), notANumber: "not a finite number") ?? "not a finite number"
                    problems.append(Diagnostic("edge weight '\(raw.description.prefix(40))' is \(problem)", at: edge.location))
                }
            }
            let relation = Relation(from: from, to: to, type: RelationType(text(attributes["type"]) ?? "edge"),
                                    weight: weight,
                                    date: date(attributes["date"], "date", at: edge.location),
                                    since: date(attributes["since"], "since", at: edge.location),
                                    until: date(attributes["until"], "until", at: edge.location),
                                    source: text(attributes["source"]), quote: text(attributes["quote"]), status: status,
                                    attributes: free(attributes))
            builder.add(relation, marks: GraphBuilder.Marks(item: edge.location))
        }
        for problem in problems { builder.report(problem) }
        return try builder.build()
    }
}
