import Yams

/// Reads NetworkX node-link JSON and Cytoscape.js JSON: the files ``NodeLinkWriter`` and
/// ``CytoscapeWriter`` write, and those NetworkX (`node_link_data`, `cytoscape_data`) and
/// Cytoscape write of graphs of their own.
///
/// The document is rewritten, node by node, into the native format's shape and read by the
/// native reader's walker, so every check of the native format applies and every problem is
/// reported at the FILE:LINE:COL of the JSON that holds it:
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
        if try TextDecoding.utf8(bytes, file: file).allSatisfy(\.isWhitespace) { throw GraphInputError("the file is empty", at: start) }
        let text = String(decoding: try JSONSyntax.validated(bytes, file: file), as: UTF8.self)
        try YAMLPreflight.check(text, file: file, limit: limits.maxNestingDepth)
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw NativeGraphReader.diagnostic(for: error, file: file)
        } catch {
            throw GraphInputError("cannot parse the file: \(error)", at: start)
        }
        guard let root = composed, let top = Self.members(root) else {
            throw GraphInputError("\(name) is a JSON object", at: composed.map { Self.location($0, file) } ?? start)
        }
        let graphData = dialect == .nodeLink ? top["graph"] : top["data"]
        let graphMembers = graphData.flatMap { Self.members($0) ?? Self.pairMembers($0) } ?? [:]
        let written = graphMembers["netgraph"] != nil
        let directed = top["directed"]?.bool ?? true

        var nodeItems: [Node] = []
        var edgeItems: [Node] = []
        switch dialect {
        case .nodeLink:
            nodeItems = top["nodes"]?.sequence.map(Array.init) ?? []
            edgeItems = (top["edges"] ?? top["links"])?.sequence.map(Array.init) ?? []
            if top["nodes"] == nil { throw GraphInputError("a node-link document needs 'nodes'", at: Self.location(root, file)) }
        case .cytoscape:
            guard let elements = top["elements"] else {
                throw GraphInputError("a Cytoscape.js document needs 'elements'", at: Self.location(root, file))
            }
            // `elements` is {nodes, edges}, or one list of elements each with a `group`.
            if let groups = Self.members(elements) {
                nodeItems = groups["nodes"]?.sequence.map(Array.init) ?? []
                edgeItems = groups["edges"]?.sequence.map(Array.init) ?? []
            } else if let list = elements.sequence {
                for element in list {
                    if Self.members(element)?["group"]?.string == "edges" { edgeItems.append(element) } else { nodeItems.append(element) }
                }
            }
            // Each element's fields sit in its `data`.
            nodeItems = nodeItems.map { Self.members($0)?["data"] ?? $0 }
            edgeItems = edgeItems.map { Self.members($0)?["data"] ?? $0 }
        }

        var document: [(Node, Node)] = []
        var graphFields: [(Node, Node)] = []
        graphFields.append((Self.key("name"), graphMembers["name"].map { Self.asText($0) } ?? Self.text(EdgeListReader.graphName(file))))
        if let description = graphMembers["description"] { graphFields.append((Self.key("description"), description)) }
        document.append((Self.key("graph"), Self.mapping(graphFields)))
        if let sources = graphMembers["sources"] { document.append((Self.key("sources"), sources)) }
        if written {
            if let schema = graphMembers["schema"] { document.append((Self.key("schema"), schema)) }
        } else {
            // The vocabulary of an untyped graph: kind `node`, type `edge`, and whatever kinds
            // and types the document names, undirected types when the document is undirected.
            var kinds: Set<String> = ["node"]
            var types: Set<String> = ["edge"]
            for item in nodeItems { if let kind = Self.members(item)?["kind"]?.string { kinds.insert(kind) } }
            for item in edgeItems { if let type = Self.members(item)?["type"]?.string { types.insert(type) } }
            let newKinds = kinds.subtracting(Schema.default.kinds.map(\.rawValue)).sorted()
            let newTypes = types.filter { Schema.default.declaration(of: RelationType($0)) == nil }.sorted()
            document.append((Self.key("schema"), Self.mapping([
                (Self.key("kinds"), Self.sequence(newKinds.map(Self.text))),
                (Self.key("relations"), Self.sequence(newTypes.map { type in
                    Self.mapping([(Self.key("name"), Self.text(type)), (Self.key("directed"), Self.text(directed ? "true" : "false", tag: .bool))])
                })),
            ])))
        }
        // Another tool's node ids are often names ("Jean Valjean"): one that is not a valid
        // entity id gets an id made from it, and keeps it as the entity's name.
        var madeIDs: [String: String] = [:]
        if !written {
            let given = nodeItems.compactMap { Self.members($0)?["id"].flatMap { Self.asText($0).string } }
            var maker = EntityIDMaker()
            for id in given where GraphBuilder.idProblem(id) == nil { maker.reserve(id) }
            for id in given where !id.isEmpty && GraphBuilder.idProblem(id) != nil && madeIDs[id] == nil { madeIDs[id] = maker.id(for: id) }
        }
        document.append((Self.key("entities"), Self.sequence(nodeItems.map { entity($0, written: written, madeIDs: madeIDs) })))
        let relations = edgeItems.filter { Self.members($0)?["reverse"]?.bool != true }
        document.append((Self.key("relations"), Self.sequence(relations.map { relation($0, written: written, madeIDs: madeIDs) })))
        var walker = NativeDocumentWalker<Node>(file: file, limits: limits)
        return try walker.graph(from: Self.mapping(document, mark: root.mark))
    }

    private var name: String { dialect == .nodeLink ? "a node-link document" : "a Cytoscape.js document" }

    /// Entity fields, by the name an exchange document gives them.
    private static let entityFields: Set<String> = ["id", "name", "kind", "aliases", "description", "since", "until", "attributes"]
    /// Relation fields, by the name an exchange document gives them, with the native name.
    private static let relationFields: [String: String] = [
        "source": "from", "target": "to", "type": "type", "weight": "weight", "date": "date", "since": "since", "until": "until",
        "status": "status", "cited_source": "source", "quote": "quote", "attributes": "attributes",
    ]
    /// Members the writers add for the other tools' sake, which carry nothing of their own.
    private static let entityBookkeeping: Set<String> = ["value"]
    private static let relationBookkeeping: Set<String> = ["key", "id", "directed", "reverse"]

    /// An id as text, or the id made for it.
    private static func id(_ value: Node, madeIDs: [String: String]) -> Node {
        let text = asText(value)
        guard let original = text.string, let made = madeIDs[original] else { return text }
        return .scalar(.init(made, Tag(.str), .doubleQuoted, value.mark))
    }

    private func entity(_ item: Node, written: Bool, madeIDs: [String: String]) -> Node {
        guard let pairs = item.mapping.map(Array.init) else { return item }
        var fields: [(Node, Node)] = []
        var extra: [(Node, Node)] = []
        for (key, value) in pairs {
            guard let name = key.string else { fields.append((key, value)); continue }
            if Self.entityBookkeeping.contains(name) { continue }
            if Self.entityFields.contains(name) || written {
                fields.append((key, !written && name == "id" ? Self.id(value, madeIDs: madeIDs) : value))
            } else {
                extra.append((key, value))
            }
        }
        if !written {
            let names = Set(fields.compactMap { $0.0.string })
            if !names.contains("kind") { fields.append((Self.key("kind"), Self.text("node"))) }
            if !names.contains("name"), let id = pairs.first(where: { $0.0.string == "id" })?.1 { fields.append((Self.key("name"), Self.asText(id))) }
            if !extra.isEmpty && !names.contains("attributes") { fields.append((Self.key("attributes"), Self.mapping(extra))) }
        }
        return Self.mapping(fields, mark: item.mark)
    }

    private func relation(_ item: Node, written: Bool, madeIDs: [String: String]) -> Node {
        guard let pairs = item.mapping.map(Array.init) else { return item }
        var fields: [(Node, Node)] = []
        var extra: [(Node, Node)] = []
        for (key, value) in pairs {
            guard let name = key.string else { fields.append((key, value)); continue }
            if Self.relationBookkeeping.contains(name) { continue }
            if let native = Self.relationFields[name] {
                let renamed = Node.scalar(.init(native, .implicit, .plain, key.mark))
                fields.append((renamed, !written && (name == "source" || name == "target") ? Self.id(value, madeIDs: madeIDs) : value))
            } else if written {
                fields.append((key, value))
            } else {
                extra.append((key, value))
            }
        }
        if !written {
            let names = Set(fields.compactMap { $0.0.string })
            if !names.contains("type") { fields.append((Self.key("type"), Self.text("edge"))) }
            if !extra.isEmpty && !names.contains("attributes") { fields.append((Self.key("attributes"), Self.mapping(extra))) }
        }
        return Self.mapping(fields, mark: item.mark)
    }

    // MARK: - Nodes

    /// A mapping's members by key (the first of repeated keys; the walker reports repeats
    /// where it reads them).
    private static func members(_ node: Node) -> [String: Node]? {
        guard let mapping = node.mapping else { return nil }
        var result: [String: Node] = [:]
        for (key, value) in mapping where result[key.string ?? ""] == nil { result[key.string ?? ""] = value }
        return result
    }

    /// The members of a list of `[key, value]` pairs: NetworkX's `cytoscape_data` writes the
    /// graph's data so.
    private static func pairMembers(_ node: Node) -> [String: Node]? {
        guard let items = node.sequence else { return nil }
        var result: [String: Node] = [:]
        for item in items {
            guard let pair = item.sequence, pair.count == 2, let key = pair[0].string else { return nil }
            if result[key] == nil { result[key] = pair[1] }
        }
        return result
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

    private static func key(_ name: String) -> Node { .scalar(.init(name, .implicit, .plain)) }

    private static func text(_ value: String) -> Node { text(value, tag: .str) }

    private static func text(_ value: String, tag: Tag.Name) -> Node { .scalar(.init(value, Tag(tag), .plain)) }

    /// A scalar read as text whatever it spells (a NetworkX graph's integer node ids).
    private static func asText(_ node: Node) -> Node {
        guard case let .scalar(scalar) = node else { return node }
        return .scalar(.init(scalar.string, Tag(.str), .doubleQuoted, scalar.mark))
    }

    private static func mapping(_ pairs: [(Node, Node)], mark: Mark? = nil) -> Node { .mapping(.init(pairs, .implicit, .any, mark)) }

    private static func sequence(_ nodes: [Node]) -> Node { .sequence(.init(nodes)) }

    private static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
