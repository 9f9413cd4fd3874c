import Yams

/// Reads NetworkX node-link JSON and Cytoscape.js JSON: the files ``NodeLinkWriter`` and
/// ``CytoscapeWriter`` write, and those NetworkX (`node_link_data`, `cytoscape_data`) and
/// Cytoscape write of graphs of their own.
///
/// A document netgraph wrote, in the layout its writers write, is read straight from its
/// bytes into the graph (`ExchangeJSONFastPath`). Any other is composed in one pass over its
/// bytes (netgraph's JSON composer; Yams for what that declines, whose messages then say what
/// is wrong), rewritten, node by node, into the native format's shape and read by the native reader's walker, so every check of the
/// native format applies and every problem is reported at the FILE:LINE:COL of the JSON
/// that holds it:
/// - nodes (`nodes`, or `elements.nodes[].data`) become entities: `id`, `name`, `kind`,
///   `aliases`, `description`, `since`, `until`, `attributes` keep their meaning;
/// - edges (`edges`, NetworkX's older `links`, or `elements.edges[].data`) become relations:
///   `source` and `target` are the ends, `cited_source` the cited document, `type`, `weight`,
///   `date`, `since`, `until`, `status`, `quote` and `attributes` keep their meaning; the
///   opposite copy of an undirected relation (`reverse: true`) is dropped;
/// - the graph's `name`, `description`, `sources` and `schema` come from `graph` (node-link)
///   or `data` (Cytoscape).
///
/// A document netgraph did not write (no `netgraph` member in its graph data) is read as
/// the untyped graph it is: entities without a kind are of kind `node`, relations without
/// a type are `edge` (directed as the document's `directed` says), numbers as ids become
/// their text, a name defaults to the id, and node and edge members netgraph has no field
/// for become attributes. A netgraph document is read strictly, as the native format is.
public struct ExchangeJSONReader: Sendable {
    /// Which of the two layouts a document has.
    public enum Dialect: Sendable {
        case nodeLink
        case cytoscape
    }

    public var dialect: Dialect
    public var limits: ReadLimits
    /// Composes every document with Yams, as the reader did before netgraph's JSON composer
    /// took it on; the tests compare the two paths.
    @_spi(Testing) public var composesWithYamsOnly = false
    /// Reads every document by the general path, past `ExchangeJSONFastPath`: for the tests
    /// that compare the two.
    @_spi(Testing) public var skipsFastPath = false

    public init(dialect: Dialect, limits: ReadLimits = .standard) {
        self.dialect = dialect
        self.limits = limits
    }

    /// Reads a document's bytes; `file` names it in diagnostics.
    /// - Throws: ``GraphInputError`` listing every problem found.
    /// - Complexity: O(size of the file).
    public func read(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        try limits.checkSize(of: bytes, file: file)
        let start = SourceLocation(file: file, line: 1, column: 1)
        // Checked on the bytes: a string of the whole text is made only for the general path.
        try TextDecoding.checkNotEmpty(bytes, file: file)
        let checked = try JSONSyntax.validated(bytes, file: file)
        if !composesWithYamsOnly && !skipsFastPath,
           let graph = ExchangeJSONFastPath.graph(fromValidated: checked, dialect: dialect, file: file, limits: limits) {
            return graph
        }
        let text = String(decoding: checked, as: UTF8.self)
        try YAMLPreflight.check(text, file: file, limit: limits.maxNestingDepth)
        // netgraph's JSON composer gives the tree Yams gives, marks included, in one pass over
        // the bytes; Yams' event objects made a 61 MB node-link file take 22 s and 3.6 GB.
        // What it declines, Yams composes and reports.
        if !composesWithYamsOnly, let root = JSONComposer.compose(text, maxDepth: limits.maxNestingDepth) {
            return try graph(from: root, file: file)
        }
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw NativeGraphReader.diagnostic(for: error, file: file)
        } catch {
            throw GraphInputError("cannot parse the file: \(error)", at: start)
        }
        guard let root = composed else { throw GraphInputError("\(name) is a JSON object", at: start) }
        return try graph(from: root, file: file)
    }

    /// The graph a composed document describes: rewritten into the native format's shape and
    /// walked by the native reader's walker.
    private func graph<N: ExchangeDocumentNode>(from root: N, file: String) throws(GraphInputError) -> Graph {
        guard let top = Self.members(root) else {
            throw GraphInputError("\(name) is a JSON object", at: Self.location(root, file))
        }
        let graphData = dialect == .nodeLink ? top["graph"] : top["data"]
        let graphMembers = graphData.flatMap { Self.members($0) ?? Self.pairMembers($0) } ?? [:]
        let written = graphMembers["netgraph"] != nil
        var directed = true
        if let member = top["directed"], let value = Self.bool(member) { directed = value }

        var nodeItems: [N] = []
        var edgeItems: [N] = []
        switch dialect {
        case .nodeLink:
            nodeItems = top["nodes"]?.sequenceItems ?? []
            edgeItems = (top["edges"] ?? top["links"])?.sequenceItems ?? []
            if top["nodes"] == nil { throw GraphInputError("a node-link document needs 'nodes'", at: Self.location(root, file)) }
        case .cytoscape:
            guard let elements = top["elements"] else {
                throw GraphInputError("a Cytoscape.js document needs 'elements'", at: Self.location(root, file))
            }
            // `elements` is {nodes, edges}, or one list of elements each with a `group`.
            if let groups = Self.members(elements) {
                nodeItems = groups["nodes"]?.sequenceItems ?? []
                edgeItems = groups["edges"]?.sequenceItems ?? []
            } else if let list = elements.sequenceItems {
                for element in list {
                    if element.member("group")?.scalarText == "edges" { edgeItems.append(element) } else { nodeItems.append(element) }
                }
            }
            // Each element's fields sit in its `data`.
            nodeItems = nodeItems.map { $0.member("data") ?? $0 }
            edgeItems = edgeItems.map { $0.member("data") ?? $0 }
        }

        var document: [(key: N, value: N)] = []
        var graphFields: [(key: N, value: N)] = []
        graphFields.append((N.makeKey("name"), graphMembers["name"].map { Self.asText($0) } ?? N.makeText(EdgeListReader.graphName(file))))
        if let description = graphMembers["description"] { graphFields.append((N.makeKey("description"), description)) }
        document.append((N.makeKey("graph"), N.makeMapping(graphFields)))
        if let sources = graphMembers["sources"] { document.append((N.makeKey("sources"), sources)) }
        if written {
            if let schema = graphMembers["schema"] { document.append((N.makeKey("schema"), schema)) }
        } else {
            // The vocabulary of an untyped graph: kind `node`, type `edge`, and whatever kinds
            // and types the document names, undirected types when the document is undirected.
            var kinds: Set<String> = ["node"]
            var types: Set<String> = ["edge"]
            for item in nodeItems { if let kind = item.member("kind")?.scalarText { kinds.insert(kind) } }
            for item in edgeItems { if let type = item.member("type")?.scalarText { types.insert(type) } }
            let newKinds = kinds.subtracting(Schema.default.kinds.map(\.rawValue)).sorted()
            let newTypes = types.filter { Schema.default.declaration(of: RelationType($0)) == nil }.sorted()
            document.append((N.makeKey("schema"), N.makeMapping([
                (N.makeKey("kinds"), N.makeSequence(newKinds.map { N.makeText($0) })),
                (N.makeKey("relations"), N.makeSequence(newTypes.map { type in
                    N.makeMapping([(N.makeKey("name"), N.makeText(type)), (N.makeKey("directed"), N.makeBool(directed))])
                })),
            ])))
        }
        // Another tool's node ids are often names ("Jean Valjean"): one that is not a valid
        // entity id gets an id made from it, and keeps it as the entity's name.
        var madeIDs: [String: String] = [:]
        if !written {
            let given = nodeItems.compactMap { $0.member("id").flatMap { Self.asText($0).scalarText } }
            var maker = EntityIDMaker()
            for id in given where GraphBuilder.idProblem(id) == nil { maker.reserve(id) }
            for id in given where !id.isEmpty && GraphBuilder.idProblem(id) != nil && madeIDs[id] == nil { madeIDs[id] = maker.id(for: id) }
        }
        document.append((N.makeKey("entities"), N.makeSequence(nodeItems.map { entity($0, written: written, madeIDs: madeIDs) })))
        let relations = edgeItems.filter { item in
            guard let reverse = item.member("reverse") else { return true }
            return Self.bool(reverse) != true
        }
        document.append((N.makeKey("relations"), N.makeSequence(relations.map { relation($0, written: written, madeIDs: madeIDs) })))
        var walker = NativeDocumentWalker<N>(file: file, limits: limits)
        return try walker.graph(from: N.makeMapping(document, at: root))
    }

    private var name: String { dialect == .nodeLink ? "a node-link document" : "a Cytoscape.js document" }

    /// Entity fields, by the name an exchange document gives them.
    static let entityFields: Set<String> = ["id", "name", "kind", "aliases", "description", "since", "until", "attributes"]
    /// Relation fields, by the name an exchange document gives them, with the native name.
    static let relationFields: [String: String] = [
        "source": "from", "target": "to", "type": "type", "weight": "weight", "date": "date", "since": "since", "until": "until",
        "status": "status", "cited_source": "source", "quote": "quote", "attributes": "attributes",
    ]
    /// Members the writers add for the other tools' sake, which carry nothing of their own.
    static let entityBookkeeping: Set<String> = ["value"]
    static let relationBookkeeping: Set<String> = ["key", "id", "directed", "reverse"]

    /// An id as text, or the id made for it.
    private static func id<N: ExchangeDocumentNode>(_ value: N, madeIDs: [String: String]) -> N {
        let text = asText(value)
        guard let original = text.scalarText, let made = madeIDs[original] else { return text }
        return N.makeText(made, at: value)
    }

    private func entity<N: ExchangeDocumentNode>(_ item: N, written: Bool, madeIDs: [String: String]) -> N {
        guard let pairs = item.mappingPairs else { return item }
        var fields: [(key: N, value: N)] = []
        var extra: [(key: N, value: N)] = []
        for (key, value) in pairs {
            guard let name = key.scalarText else { fields.append((key, value)); continue }
            if Self.entityBookkeeping.contains(name) { continue }
            if Self.entityFields.contains(name) || written {
                fields.append((key, !written && name == "id" ? Self.id(value, madeIDs: madeIDs) : value))
            } else {
                extra.append((key, value))
            }
        }
        if !written {
            // An item has a handful of fields: looked through, not hashed into a set each.
            let has = { (name: String) in fields.contains { $0.key.scalarText == name } }
            let (hasKind, hasName, hasAttributes) = (has("kind"), has("name"), has("attributes"))
            if !hasKind { fields.append((N.makeKey("kind"), N.makeText("node"))) }
            if !hasName, let id = pairs.first(where: { $0.key.scalarText == "id" })?.value {
                fields.append((N.makeKey("name"), Self.asText(id)))
            }
            if !extra.isEmpty && !hasAttributes { fields.append((N.makeKey("attributes"), N.makeMapping(extra))) }
        }
        return N.makeMapping(fields, at: item)
    }

    private func relation<N: ExchangeDocumentNode>(_ item: N, written: Bool, madeIDs: [String: String]) -> N {
        guard let pairs = item.mappingPairs else { return item }
        var fields: [(key: N, value: N)] = []
        var extra: [(key: N, value: N)] = []
        for (key, value) in pairs {
            guard let name = key.scalarText else { fields.append((key, value)); continue }
            if Self.relationBookkeeping.contains(name) { continue }
            if let native = Self.relationFields[name] {
                fields.append((N.makeKey(native, at: key), !written && (name == "source" || name == "target") ? Self.id(value, madeIDs: madeIDs) : value))
            } else if written {
                fields.append((key, value))
            } else {
                extra.append((key, value))
            }
        }
        if !written {
            let has = { (name: String) in fields.contains { $0.key.scalarText == name } }
            let (hasType, hasAttributes) = (has("type"), has("attributes"))
            if !hasType { fields.append((N.makeKey("type"), N.makeText("edge"))) }
            if !extra.isEmpty && !hasAttributes { fields.append((N.makeKey("attributes"), N.makeMapping(extra))) }
        }
        return N.makeMapping(fields, at: item)
    }

    // MARK: - Nodes

    /// A mapping's members by key (the first of repeated keys; the walker reports repeats
    /// where it reads them).
    private static func members<N: ExchangeDocumentNode>(_ node: N) -> [String: N]? {
        guard let mapping = node.mappingPairs else { return nil }
        var result: [String: N] = [:]
        for (key, value) in mapping where result[key.scalarText ?? ""] == nil { result[key.scalarText ?? ""] = value }
        return result
    }

    /// The members of a list of `[key, value]` pairs: NetworkX's `cytoscape_data` writes the
    /// graph's data so.
    private static func pairMembers<N: ExchangeDocumentNode>(_ node: N) -> [String: N]? {
        guard let items = node.sequenceItems else { return nil }
        var result: [String: N] = [:]
        for item in items {
            guard let pair = item.sequenceItems, pair.count == 2, let key = pair[0].scalarText else { return nil }
            if result[key] == nil { result[key] = pair[1] }
        }
        return result
    }

    /// A scalar's truth value as Yams' `Node.bool` reads one: none for text (a quoted
    /// scalar), else `true`, `yes`, `on`, `false`, `no`, `off` in any case.
    private static func bool<N: ExchangeDocumentNode>(_ node: N) -> Bool? {
        guard let text = node.scalarText, node.coreSchemaTag != .str else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// JSON text with each UTF-16 surrogate pair escape (`\ud83c\udf89`, as Python's
    /// `json.dump` writes characters beyond the Basic Multilingual Plane) made one `\U`
    /// escape of the character: YAML, whose parser reads the JSON, has no surrogate escapes.
    /// Only escapes are touched, so the text means what it meant.
    static func joiningSurrogatePairs(_ text: String) -> String {
        guard text.contains("\\u") || text.contains("\\U") else { return text }
        let scalars = Array(text.unicodeScalars)
        func hex(_ start: Int) -> UInt32? {
            guard start + 4 <= scalars.count else { return nil }
            return UInt32(String(String.UnicodeScalarView(scalars[start..<start + 4])), radix: 16)
        }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "\\", index + 1 < scalars.count else { result.append(scalar); index += 1; continue }
            let next = scalars[index + 1]
            if next == "u" || next == "U", let high = hex(index + 2), (0xD800...0xDBFF).contains(high),
               index + 7 < scalars.count, scalars[index + 6] == "\\", scalars[index + 7] == "u" || scalars[index + 7] == "U",
               let low = hex(index + 8), (0xDC00...0xDFFF).contains(low) {
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                result.append(contentsOf: "\\U".unicodeScalars)
                result.append(contentsOf: String(value, radix: 16, uppercase: true).leftPadded(to: 8).unicodeScalars)
                index += 12
                continue
            }
            // Any other escape is copied whole, so `\\u…` (a backslash, then text) stays so.
            result.append(scalar)
            result.append(next)
            index += 2
        }
        return String(result)
    }

    /// A scalar read as text whatever it spells (a NetworkX graph's integer node ids).
    private static func asText<N: ExchangeDocumentNode>(_ node: N) -> N {
        guard let text = node.scalarText else { return node }
        return N.makeText(text, at: node)
    }

    private static func location<N: ExchangeDocumentNode>(_ node: N, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }
}

/// A composed document node the exchange reader can also make: the nodes of the native
/// document it rewrites an exchange document into. Made nodes take the place of `place` (the
/// node they stand for), or none.
protocol ExchangeDocumentNode: YAMLDocumentNode {
    /// A plain scalar the core schema resolves: a member's name.
    static func makeKey(_ name: String, at place: Self?) -> Self
    /// Text: a quoted scalar, which the core schema never reads as a number or a truth value.
    static func makeText(_ text: String, at place: Self?) -> Self
    static func makeBool(_ value: Bool) -> Self
    static func makeMapping(_ pairs: [(key: Self, value: Self)], at place: Self?) -> Self
    static func makeSequence(_ items: [Self]) -> Self
    /// The value of a mapping's first member named `key` (as `members(_:)` keeps the first of
    /// repeated keys); nil when there is none, or the node is no mapping. Items are asked for
    /// one member at a time: a table of each item's members was a cost per item (perf).
    func member(_ key: String) -> Self?
}

extension ExchangeDocumentNode {
    static func makeKey(_ name: String) -> Self { makeKey(name, at: nil) }
    static func makeText(_ text: String) -> Self { makeText(text, at: nil) }
    static func makeMapping(_ pairs: [(key: Self, value: Self)]) -> Self { makeMapping(pairs, at: nil) }
}

extension Node: ExchangeDocumentNode {
    static func makeKey(_ name: String, at place: Node?) -> Node { .scalar(.init(name, .implicit, .plain, place?.mark)) }
    static func makeText(_ text: String, at place: Node?) -> Node {
        .scalar(.init(text, Tag(.str), .doubleQuoted, place?.mark))
    }
    static func makeBool(_ value: Bool) -> Node { .scalar(.init(value ? "true" : "false", Tag(.bool), .plain)) }
    static func makeMapping(_ pairs: [(key: Node, value: Node)], at place: Node?) -> Node {
        .mapping(.init(pairs.map { ($0.key, $0.value) }, .implicit, .any, place?.mark))
    }
    static func makeSequence(_ items: [Node]) -> Node { .sequence(.init(items)) }
    func member(_ key: String) -> Node? { mapping?.first(where: { $0.key.scalarText == key })?.value }
}

extension YAMLSubsetNode: ExchangeDocumentNode {
    // A node made without a place starts where Yams places one without a mark: 1:1.
    private static func mark(_ place: YAMLSubsetNode?) -> (line: Int, column: Int) { (place?.line ?? 1, place?.column ?? 1) }

    static func makeKey(_ name: String, at place: YAMLSubsetNode?) -> YAMLSubsetNode {
        YAMLSubsetNode(content: .scalar(name, isPlain: true), at: mark(place))
    }
    static func makeText(_ text: String, at place: YAMLSubsetNode?) -> YAMLSubsetNode {
        YAMLSubsetNode(content: .scalar(text, isPlain: false), at: mark(place))
    }
    static func makeBool(_ value: Bool) -> YAMLSubsetNode {
        YAMLSubsetNode(content: .scalar(value ? "true" : "false", isPlain: true), at: (1, 1))
    }
    static func makeMapping(_ pairs: [(key: YAMLSubsetNode, value: YAMLSubsetNode)], at place: YAMLSubsetNode?) -> YAMLSubsetNode {
        YAMLSubsetNode(content: .mapping(pairs.map { YAMLSubsetPair(key: $0.key, value: $0.value) }), at: mark(place))
    }
    static func makeSequence(_ items: [YAMLSubsetNode]) -> YAMLSubsetNode { YAMLSubsetNode(content: .sequence(items), at: (1, 1)) }
    func member(_ key: String) -> YAMLSubsetNode? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs where pair.key.scalarText == key { return pair.value }
        return nil
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
