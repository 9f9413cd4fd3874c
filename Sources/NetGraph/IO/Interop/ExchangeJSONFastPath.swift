/// Reads node-link and Cytoscape.js JSON that netgraph wrote (``NodeLinkWriter``,
/// ``CytoscapeWriter``) straight from its bytes into a ``GraphBuilder``, with no composed tree
/// and no rewritten native document; nil whenever the file is anything else, and
/// ``ExchangeJSONReader``'s general path reads it as before.
///
/// It runs on the bytes ``JSONSyntax/validated(_:file:)`` returns, with the scanning and the
/// field rules of the native JSON fast path (`NativeJSONFastPath`, `FastNativeReader`), and
/// takes what the writers write, with any spacing of spaces and line feeds:
/// - node-link: a root object of `directed`, `multigraph` (any flat value, unread), `graph`,
///   then `nodes`, then `edges` or `links`, each at most once;
/// - Cytoscape.js: a root object of `data`, `directed`, `multigraph`, then `elements`, an object
///   of `nodes` then `edges`, whose items are objects of one member, `data`;
/// - the graph's data an object holding `netgraph` (any flat value) and at most `name`,
///   `description`, `sources` and `schema`, each as the native format writes it;
/// - a node's members those of a native entity, and `value`; an edge's `source`, `target`,
///   `cited_source` and the native relation's other fields, and `key`, `id`, `directed` (flat
///   values, unread) and `reverse`. An edge whose `reverse` is `true` is the opposite copy of
///   an undirected relation, and is passed over as the general path passes it over.
///
/// It declines at anything else: a document with no `netgraph` member (another tool's, which
/// the general path reads as untyped), members out of that order or repeated, `elements` as
/// one list, an element with members besides `data`, and everything the native JSON fast
/// path declines. `ExchangeJSONFastPathTests` compares both paths on the writers' output for
/// every graph file of the repository, crafted texts and mutations of them.
///
/// - Complexity: O(n) in the size of the file; one pass over its bytes.
enum ExchangeJSONFastPath {
    /// - Parameter bytes: the file's bytes as ``JSONSyntax/validated(_:file:)`` returned them.
    static func graph(fromValidated bytes: [UInt8], dialect: ExchangeJSONReader.Dialect, file: String, limits: ReadLimits) -> Graph? {
        guard limits.maxNestingDepth >= 8 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Graph? in
            var reader = FastNativeReader(bytes: buffer, file: file, limits: limits)
            var document = FastDocument()
            document.name = EdgeListReader.graphName(file)
            return try? reader.exchangeGraph(dialect, into: &document)
        }
    }
}

/// The members each part of an exchange document may have, as bytes, in the order that puts
/// a node's and an edge's fields at the index the native entity's and relation's have.
private enum ExchangeFieldNames {
    static let nodeLinkRoot = ["directed", "multigraph", "graph", "nodes", "edges", "links"].map { Array($0.utf8) }
    static let cytoscapeRoot = ["directed", "multigraph", "data", "elements"].map { Array($0.utf8) }
    static let elements = ["nodes", "edges"].map { Array($0.utf8) }
    static let element = Array("data".utf8)
    static let graphData = ["name", "description", "netgraph", "sources", "schema"].map { Array($0.utf8) }
    static let node = FieldNames.entity + ExchangeJSONReader.entityBookkeeping.sorted().map { Array($0.utf8) }
    /// The native relation's fields by their exchange names (`source` is the start), then the
    /// members written for the other tools' sake, `reverse` last.
    static let edge = NativeFormatFields.relation.map { native in
        Array(ExchangeJSONReader.relationFields.first { $0.value == native }!.key.utf8)
    } + ExchangeJSONReader.relationBookkeeping.subtracting(["reverse"]).sorted().map { Array($0.utf8) } + [Array("reverse".utf8)]
    static let reverse = edge.count - 1
}

private let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

extension FastNativeReader {
    mutating func exchangeGraph(_ dialect: ExchangeJSONReader.Dialect, into document: inout FastDocument) throws(ComposerDeclined) -> Graph {
        let names = dialect == .nodeLink ? ExchangeFieldNames.nodeLinkRoot : ExchangeFieldNames.cytoscapeRoot
        var seen = Array(repeating: false, count: names.count)
        try expectJSON(openBrace)
        repeat {
            let key = try jsonPartKey()
            guard let member = Self.index(of: key, in: names), !seen[member] else { throw ComposerDeclined() }
            seen[member] = true
            switch (dialect, member) {
            case (_, 0), (_, 1):
                // `directed` and `multigraph`: the schema says what is directed.
                pool.removeAll(keepingCapacity: true)
                _ = try jsonValue()
            case (_, 2):
                // `graph` or `data`: before the items, whose builder it makes.
                guard document.builder == nil else { throw ComposerDeclined() }
                try exchangeGraphData(into: &document)
                document.builder = document.entityBuilder()
            case (.nodeLink, 3):
                guard document.builder != nil else { throw ComposerDeclined() }
                try exchangeNodes(into: &document, inElements: false)
            case (.nodeLink, _):
                // `edges`, or NetworkX's older `links`: one of them, after the nodes.
                guard seen[3], !(seen[4] && seen[5]) else { throw ComposerDeclined() }
                try exchangeEdges(into: &document, inElements: false)
            case (.cytoscape, _):
                guard document.builder != nil else { throw ComposerDeclined() }
                try exchangeElements(into: &document)
            }
        } while try jsonContinues(closing: closeBrace)
        skipJSONSpace()
        guard position == bytes.count, seen[3] else { throw ComposerDeclined() }
        return try document.graph()
    }

    /// The graph's data: its name, description, sources and schema, and the `netgraph` member
    /// that says netgraph wrote the document.
    private mutating func exchangeGraphData(into document: inout FastDocument) throws(ComposerDeclined) {
        var seen = Array(repeating: false, count: ExchangeFieldNames.graphData.count)
        try expectJSON(openBrace)
        repeat {
            let key = try jsonPartKey()
            guard let member = Self.index(of: key, in: ExchangeFieldNames.graphData), !seen[member] else { throw ComposerDeclined() }
            seen[member] = true
            switch member {
            case 0, 1, 2:
                pool.removeAll(keepingCapacity: true)
                let value = try jsonValue()
                guard case .scalar = value else { throw ComposerDeclined() }
                if member == 0 { document.name = try text(value)! }
                if member == 1 { document.summary = try text(value) }
            case 3:
                try jsonArray { reader throws(ComposerDeclined) in
                    try reader.jsonPart(allowed: FieldNames.source)
                    document.sources.append(try reader.source())
                }
            default:
                try jsonSchema(into: &document.schema)
            }
        } while try jsonContinues(closing: closeBrace)
        guard seen[2] else { throw ComposerDeclined() }
    }

    /// Cytoscape.js' `elements`: an object of `nodes`, then `edges`.
    private mutating func exchangeElements(into document: inout FastDocument) throws(ComposerDeclined) {
        var seen = [false, false]
        try expectJSON(openBrace)
        repeat {
            let key = try jsonPartKey()
            guard let member = Self.index(of: key, in: ExchangeFieldNames.elements), !seen[member], member == 0 || seen[0] else {
                throw ComposerDeclined()
            }
            seen[member] = true
            if member == 0 {
                try exchangeNodes(into: &document, inElements: true)
            } else {
                try exchangeEdges(into: &document, inElements: true)
            }
        } while try jsonContinues(closing: closeBrace)
        guard seen[0] else { throw ComposerDeclined() }
    }

    private mutating func exchangeNodes(into document: inout FastDocument, inElements: Bool) throws(ComposerDeclined) {
        guard var made = document.builder else { throw ComposerDeclined() }
        document.builder = nil
        try jsonArray { reader throws(ComposerDeclined) in
            try reader.exchangeItem(allowed: ExchangeFieldNames.node, inElement: inElements)
            made.add(try reader.entity())
        }
        document.builder = made
    }

    private mutating func exchangeEdges(into document: inout FastDocument, inElements: Bool) throws(ComposerDeclined) {
        guard var made = document.builder else { throw ComposerDeclined() }
        document.builder = nil
        try jsonArray { reader throws(ComposerDeclined) in
            try reader.exchangeItem(allowed: ExchangeFieldNames.edge, inElement: inElements)
            // The general path drops an opposite copy by Yams' truth of its `reverse`: JSON's
            // only plain scalar that reads as true is `true`.
            if case .scalar(let reverse)? = reader.fields[ExchangeFieldNames.reverse], reverse.style == .plain,
               "true".utf8.elementsEqual(UnsafeBufferPointer(rebasing: reader.bytes[reverse.start..<reverse.end])) {
                return
            }
            let (relation, marks) = try reader.relation()
            made.add(relation, marks: marks)
        }
        document.builder = made
    }

    /// A node's or an edge's members into ``fields``: the item itself, or in Cytoscape.js the
    /// item's one member, `data`.
    private mutating func exchangeItem(allowed: [[UInt8]], inElement: Bool) throws(ComposerDeclined) {
        guard inElement else {
            try jsonPart(allowed: allowed)
            return
        }
        try expectJSON(openBrace)
        let key = try jsonPartKey()
        guard key.elementsEqual(ExchangeFieldNames.element) else { throw ComposerDeclined() }
        try jsonPart(allowed: allowed)
        try expectJSON(closeBrace)
    }
}
