import Foundation

/// GEXF read in one pass over ``XMLScanner``'s events straight into a ``GraphBuilder``: each
/// `<node>` and `<edge>` becomes an entity or relation at its end tag, with no
/// ``GEXFDocument`` of every item, no table of every edge id and no location per item. It
/// reads both kinds of document ``GEXFReader`` tells apart: netgraph's own (``GEXFWriter``'s
/// layout, with its `<?netgraph …?>` header, read strictly against that header) and another
/// tool's, as NetworkX and Gephi write it (kinds and relation types declared as they are met,
/// cited documents made sources, the meta `<description>` the graph's).
///
/// It gives exactly the graph the general reader (``GEXFDocument/Collector``, then
/// `GEXFAssembly`) builds from the same document, or declines. It takes on only documents
/// whose elements are the ones ``GEXFWriter`` writes where it writes them, and Gephi's `viz:`
/// elements (empty, in a node or an edge), passed over as the general reader passes them
/// over; no `<spells>` or `<parents>`. The `<attributes>` all come before the first node, the
/// meta before the first item, the nodes before the first edge, and the attribute titles in
/// each class are distinct (after `attr.`). Edges are numbered so that no two share an id
/// without a table of ids: in netgraph's file as the writer numbers them, `e` and an
/// increasing number, each `eN-reverse` right after its `eN` (so a reverse copy's partner is
/// the edge before it); in another tool's, by increasing plain integers (`0`, `1`, …, as
/// NetworkX and Gephi write them), or none. Another tool's node ids must all be valid entity
/// ids: the general reader makes ids for the rest, which needs every node first. Any problem
/// the general reader would report (a value not of its declared type, a date that is not one,
/// an unknown status, an undeclared or repeated value, a type met both directed and
/// undirected, and all that ``GraphBuilder/build()`` checks) also makes it decline;
/// ``GEXFReader`` then reads the document through the general path, whose diagnostics and
/// marks are unchanged, so this path keeps no locations at all.
///
/// - Complexity: O(size of the document), holding the builder's columns and one item.
final class GEXFFastPath: XMLEventHandler {
    /// Set once the document is declined; the scanner then stops.
    private(set) var failure: Diagnostic?
    private let file: String
    private let limits: ReadLimits
    @exclusivity(unchecked) private var guardrail: SafeXML.ElementGuard

    /// The elements this path reads; any other is declined.
    private enum Element: UInt8 {
        case gexf, meta, creator, description, graph, attributes, attribute, `default`, nodes, edges, node, edge, attvalues, attvalue
        /// Gephi's `viz:` elements in a node or an edge, and `<keywords>` in the meta: what the
        /// general reader passes over (this path declines anything inside one).
        case passedOver
    }

    // Only the scanner calls the handler, one event at a time, so the exclusivity checks Swift
    // makes on a class's stored properties guard against nothing here (as in
    // GraphMLFastPath).

    /// The open elements, outermost first.
    @exclusivity(unchecked) private var path: [Element] = []
    private var header: String?
    private var rootSeen = false
    private var graphs = 0
    private var defaultEdgeType: String?
    private var timeformat: String?
    @exclusivity(unchecked) private var nodeClass = AttributeClass()
    @exclusivity(unchecked) private var edgeClass = AttributeClass()
    /// The class of the `<attributes>` being read: true for nodes.
    private var declaringNodes = true
    /// The text of the `<creator>`, `<description>` or `<default>` being read, if any.
    @exclusivity(unchecked) private var text: String?
    /// The last meta `<description>`: another tool's graph's summary.
    private var metaDescription: String?

    /// Whether the document is another tool's (it has no `<?netgraph …?>` header before its
    /// root); settled at the root.
    private var foreign = false
    /// Another tool's document's schema, its kinds and types declared as they are met.
    private var foreignSchema = Schema(kinds: [.node], relations: [])
    private var directions = ObservedDirections()
    /// Documents another tool's edges cite, in order of first citation.
    private var citedSources: [String] = []
    private var citedSourceSet: Set<String> = []
    /// The number of another tool's last edge with an id (its ids must increase).
    @exclusivity(unchecked) private var lastForeignEdge = -1

    /// What is known once the first node or edge starts (or the document ends without one).
    @exclusivity(unchecked) private var builder: GraphBuilder?
    private var graphDirected = false
    private var timesAreDates = true
    @exclusivity(unchecked) private var edgesStarted = false

    /// The item being read: its XML attributes that carry meaning.
    @exclusivity(unchecked) private var itemID = ""
    @exclusivity(unchecked) private var itemLabel: String?
    @exclusivity(unchecked) private var itemSource = ""
    @exclusivity(unchecked) private var itemTarget = ""
    @exclusivity(unchecked) private var itemKind: String?
    @exclusivity(unchecked) private var itemWeight: String?
    @exclusivity(unchecked) private var itemType: String?
    @exclusivity(unchecked) private var itemStart: String?
    @exclusivity(unchecked) private var itemEnd: String?

    /// The last edge numbered `eN`, and whether its `eN-reverse` has come.
    @exclusivity(unchecked) private var lastPlainEdge: (number: Int, id: String, source: String, target: String)?
    @exclusivity(unchecked) private var reverseTaken = false
    /// The last kind and type made, reused while the next is spelled the same.
    @exclusivity(unchecked) private var lastKind = (text: "node", kind: EntityKind("node"))
    @exclusivity(unchecked) private var lastType = (text: "edge", type: RelationType("edge"))

    /// What a declared attribute means for an entity or a relation.
    private enum Role: Equatable {
        case kind, aliases, description, since, until
        case type, date, status, source, quote, directed
        /// Another tool's bookkeeping (`networkx_key`), not kept.
        case ignored
        /// A free attribute, by name.
        case free(String)
    }

    /// One class's declarations and the current item's values.
    private struct AttributeClass {
        struct Declaration {
            var id: String
            var title: String
            var type: String
            var defaultValue: String?
            var role = Role.ignored
        }

        var declarations: [Declaration] = []
        /// The current item's values as written, by declaration.
        var values: [String?] = []
        /// The declaration the last value named: the one after it is tried first, as items list
        /// their values in declaration order.
        var lastIndex = 0

        mutating func index(of id: String) -> Int? {
            HintedLookup.index(of: id, in: declarations, id: \.id, hint: &lastIndex)
        }

        mutating func reset() {
            for index in values.indices { values[index] = nil }
            lastIndex = -1
        }

        /// Gives each declaration its role; false when two would write the same field or
        /// attribute (the general reader then keeps the later, which this path does not model).
        mutating func assignRoles(_ role: (Declaration) -> Role) -> Bool {
            var taken: [Role] = []
            for index in declarations.indices {
                let assigned = role(declarations[index])
                if assigned != .ignored {
                    if taken.contains(assigned) { return false }
                    taken.append(assigned)
                }
                declarations[index].role = assigned
            }
            values = Array(repeating: nil, count: declarations.count)
            return true
        }
    }

    init(file: String, limits: ReadLimits) {
        self.file = file
        self.limits = limits
        guardrail = SafeXML.ElementGuard(limits: limits)
    }

    /// Reads `bytes` (already through ``SafeXML/refuseBeforeParsing(_:file:format:limits:)``);
    /// nil when this path declines.
    static func read(_ bytes: [UInt8], file: String, limits: ReadLimits) -> Graph? {
        let reader = GEXFFastPath(file: file, limits: limits)
        guard XMLScanner.scan(bytes, file: file, into: reader) == .complete else { return nil }
        return reader.finish()
    }

    private static let declined = Diagnostic("declined", at: SourceLocation(file: "", line: 1, column: 1))

    private func decline() { if failure == nil { failure = Self.declined } }

    var collectsText: Bool { text != nil }

    // MARK: - Events

    func processingInstruction(target: String, data: String?, at location: () -> SourceLocation) {
        guard failure == nil, target == GEXFWriter.headerTarget, path.isEmpty else { return }
        let json = data ?? ""
        guard header == nil, !rootSeen, json.utf8.count <= limits.maxTextLength else { return decline() }
        header = json
    }

    func startElement(_ element: String, attributes: some XMLAttributeSource, at location: () -> SourceLocation) {
        guard failure == nil else { return }
        if guardrail.enter(attributes) != nil { return decline() }
        let parent = path.last
        switch (parent, element) {
        case (.node?, _) where element.utf8.starts(with: "viz:".utf8), (.edge?, _) where element.utf8.starts(with: "viz:".utf8),
             (.meta?, "keywords"):
            path.append(.passedOver)
        case (.attvalues?, "attvalue"):
            path.append(.attvalue)
            guard let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] else { return decline() }
            if path[path.count - 3] == .node { record(key, value, in: &nodeClass) } else { record(key, value, in: &edgeClass) }
        case (.edge?, "attvalues"), (.node?, "attvalues"):
            path.append(.attvalues)
        case (.edges?, "edge"):
            path.append(.edge)
            guard let source = attributes["source"], let target = attributes["target"], let id = attributes["id"] else { return decline() }
            if builder == nil { start() }
            edgesStarted = true
            itemID = id
            itemSource = source
            itemTarget = target
            itemKind = attributes["kind"]
            itemWeight = attributes["weight"]
            itemType = attributes["type"]
            readTimes(attributes)
            edgeClass.reset()
        case (.nodes?, "node"):
            path.append(.node)
            guard let id = attributes["id"], !edgesStarted else { return decline() }
            if builder == nil { start() }
            itemID = id
            itemLabel = attributes["label"]
            readTimes(attributes)
            nodeClass.reset()
        case (.graph?, "nodes"):
            path.append(.nodes)
        case (.graph?, "edges"):
            path.append(.edges)
        case (.attributes?, "attribute"):
            path.append(.attribute)
            guard let id = attributes["id"] else { return decline() }
            let declaration = AttributeClass.Declaration(id: id, title: attributes["title"] ?? id,
                                                         type: (attributes["type"] ?? "string").lowercased())
            if declaringNodes { declare(declaration, in: &nodeClass) } else { declare(declaration, in: &edgeClass) }
        case (.attribute?, "default"):
            path.append(.default)
            text = ""
        case (.graph?, "attributes"):
            path.append(.attributes)
            let kind = attributes["class"]
            guard kind == "node" || kind == "edge", builder == nil else { return decline() }
            declaringNodes = kind == "node"
        case (.gexf?, "graph"):
            path.append(.graph)
            graphs += 1
            guard graphs == 1 else { return decline() }
            defaultEdgeType = attributes["defaultedgetype"]
            timeformat = attributes["timeformat"]
        case (.gexf?, "meta"):
            path.append(.meta)
            // Another tool's meta description is its graph's summary, set with the builder.
            guard builder == nil else { return decline() }
        case (.meta?, "creator"), (.meta?, "description"):
            path.append(element == "creator" ? .creator : .description)
            text = ""
        case (nil, "gexf"):
            path.append(.gexf)
            // netgraph writes its header before the root; a file without one is another tool's.
            guard !rootSeen else { return decline() }
            rootSeen = true
            foreign = header == nil
        default:
            decline()
        }
    }

    func characters(_ string: String, at location: () -> SourceLocation) {
        guard text != nil else { return }
        text! += string
        if text!.utf8.count > limits.maxTextLength { decline() }
    }

    func endElement(_ element: String) {
        guard failure == nil else { return }
        guardrail.leave()
        switch path.removeLast() {
        case .edge: addRelation()
        case .node: addEntity()
        case .default:
            let last = (declaringNodes ? nodeClass : edgeClass).declarations.count - 1
            if declaringNodes { nodeClass.declarations[last].defaultValue = text } else { edgeClass.declarations[last].defaultValue = text }
            text = nil
        case .description:
            metaDescription = text
            text = nil
        case .creator: text = nil
        default: break
        }
    }

    // MARK: - Declarations and values

    private func declare(_ declaration: AttributeClass.Declaration, in attributeClass: inout AttributeClass) {
        guard builder == nil, !attributeClass.declarations.contains(where: { $0.id == declaration.id }) else { return decline() }
        attributeClass.declarations.append(declaration)
    }

    /// An `<attvalue>` of the current item; a value for no declaration, or a second value of
    /// one (a value changing over time), is the general reader's to report.
    private func record(_ key: String, _ value: String, in attributeClass: inout AttributeClass) {
        guard let index = attributeClass.index(of: key), attributeClass.values[index] == nil else { return decline() }
        attributeClass.values[index] = value
    }

    /// The item's own times; `intervals` and `timestamps` are the general reader's to refuse.
    private func readTimes(_ attributes: some XMLAttributeSource) {
        if attributes["intervals"] != nil || attributes["timestamps"] != nil { return decline() }
        let timestamp = attributes["timestamp"]
        itemStart = attributes["start"] ?? timestamp
        itemEnd = attributes["end"] ?? timestamp
    }

    /// Settles what the general reader decides once all is read: the header's builder, the
    /// graph's direction and each declaration's role.
    private func start() {
        guard graphs == 1 else { return decline() }
        switch defaultEdgeType ?? "undirected" {
        case "directed": graphDirected = true
        case "undirected", "mutual": graphDirected = false
        default: return decline()
        }
        timesAreDates = GEXFAssembly.timesAreDates(timeformat)
        if foreign {
            // As `GEXFAssembly` makes another tool's graph: named after the file, its meta
            // description the summary, its schema set at the end from what was met.
            var made = GraphBuilder(name: EdgeListReader.graphName(file))
            made.summary = metaDescription.flatMap { $0.isEmpty ? nil : $0 }
            builder = made
        } else {
            guard let header else { return decline() }
            let nowhere = SourceLocation(file: file, line: 1, column: 1)
            guard let made = try? GEXFAssembly.headerBuilder(header, at: nowhere, file: file, limits: limits) else { return decline() }
            builder = made
        }
        let nodeRoles = nodeClass.assignRoles { declaration in
            switch declaration.title {
            case "kind": .kind
            case "aliases": .aliases
            case "description": .description
            case "since": .since
            case "until": .until
            default: .free(GEXFAssembly.attributeName(declaration.title))
            }
        }
        let edgeRoles = edgeClass.assignRoles { declaration in
            switch declaration.title {
            case "type": .type
            case "date": .date
            case "since": .since
            case "until": .until
            case "status": .status
            case "source": .source
            case "quote": .quote
            // Only a truth value says which way; text titled `directed` is a free attribute.
            case "directed" where declaration.type == "boolean": .directed
            case let title where GEXFAssembly.bookkeeping.contains(title): .ignored
            default: .free(GEXFAssembly.attributeName(declaration.title))
            }
        }
        if !nodeRoles || !edgeRoles { decline() }
    }

    /// Calls `body` with the value of each declaration the item has (or that has a default), in
    /// its declared type, with its role; false when one is not of its type.
    private static func forEachValue(of attributeClass: AttributeClass, _ body: (Role, AttributeValue) -> Bool) -> Bool {
        // Read in place: a copy of each declaration, for every item, was a cost of its own (perf).
        attributeClass.declarations.withUnsafeBufferPointer { declarations in
            for index in declarations.indices {
                guard let raw = attributeClass.values[index] ?? declarations[index].defaultValue else { continue }
                guard case .success(let value) = GEXFAssembly.typed(raw, type: declarations[index].type, title: declarations[index].title),
                      body(declarations[index].role, value) else { return false }
            }
            return true
        }
    }

    /// An item's own time as a day; `.some(nil)` when absent, nil when it is not a date.
    private func day(_ text: String?) -> PartialDate?? {
        guard let text else { return .some(nil) }
        guard timesAreDates, let day = GEXFAssembly.day(text) else { return nil }
        return .some(day)
    }

    /// A date field: `.some(nil)` when absent, nil when it is not a date.
    private static func date(_ value: AttributeValue?) -> PartialDate?? {
        guard let value else { return .some(nil) }
        guard let date = PartialDate(value.description) else { return nil }
        return .some(date)
    }

    // MARK: - Items

    private func addEntity() {
        guard failure == nil, builder != nil, let start = day(itemStart), let end = day(itemEnd) else { return decline() }
        // Another tool's id that is no entity id gets one made by the general reader, which
        // needs every node's id first.
        if foreign && GraphBuilder.idProblem(itemID) != nil { return decline() }
        var kind = "node"
        var aliases: [String] = []
        var description: String? = nil
        // The node's own start and end date it unless it has `since` or `until` values.
        var since = start
        var until = end
        var datedByAttributes = false
        var attributes: [String: AttributeValue] = [:]
        let valid = Self.forEachValue(of: nodeClass) { role, value in
            switch role {
            case .kind: kind = value.description
            case .aliases:
                if let list = GEXFAssembly.stringList(value.description) {
                    aliases = list
                } else if foreign {
                    // In another tool's file, aliases that are no JSON list are an attribute.
                    attributes["aliases"] = value
                } else {
                    return false
                }
            case .description: description = value.description
            case .since, .until:
                guard let date = Self.date(value) else { return false }
                if !datedByAttributes { (since, until) = (nil, nil) }
                datedByAttributes = true
                if role == .since { since = date } else { until = date }
            case .free(let name): attributes[name] = value
            default: break
            }
            return true
        }
        guard valid else { return decline() }
        if kind != lastKind.text {
            lastKind = (kind, EntityKind(kind))
            if foreign { foreignSchema.add(lastKind.kind) }
        }
        let label = itemLabel.flatMap { $0.isEmpty ? nil : $0 }
        builder!.add(Entity(id: itemID, kind: lastKind.kind, name: label, aliases: aliases, description: description,
                            since: since, until: until, attributes: attributes))
    }

    private func addRelation() {
        guard failure == nil, builder != nil else { return decline() }
        // Separate variables, not one tuple: a tuple of optionals this size is copied and
        // destroyed through the runtime's generic value witnesses, a cost per edge (callgrind).
        var typeField: String? = nil, statusField: String? = nil, sourceField: String? = nil, quoteField: String? = nil
        var dateField: AttributeValue? = nil, sinceField: AttributeValue? = nil, untilField: AttributeValue? = nil
        var directedValue: Bool? = nil
        var attributes: [String: AttributeValue] = [:]
        let valid = Self.forEachValue(of: edgeClass) { role, value in
            switch role {
            case .type: typeField = value.description
            case .date: dateField = value
            case .since: sinceField = value
            case .until: untilField = value
            case .status: statusField = value.description
            case .source: sourceField = value.description
            case .quote: quoteField = value.description
            case .directed: if case .bool(let flag) = value { directedValue = flag }
            case .free(let name): attributes[name] = value
            default: break
            }
            return true
        }
        guard valid, let isReverseCopy = foreign ? numberForeignEdge() : numberEdge(directedValue: directedValue) else {
            return decline()
        }
        // The opposite copy of an undirected relation (see GEXFWriter) is that relation.
        if isReverseCopy { return }
        var directed = graphDirected
        var typeInPlaceOfDirection: String? = nil
        if let type = itemType {
            switch type {
            case "directed": directed = true
            case "undirected", "mutual": directed = false
            case "": break
            default: typeInPlaceOfDirection = type
            }
        }
        if let directedValue { directed = directedValue }
        let typeName = typeField ?? itemKind.flatMap { $0.isEmpty ? nil : $0 } ?? typeInPlaceOfDirection
        let type: RelationType
        if let typeName {
            if typeName != lastType.text { lastType = (typeName, RelationType(typeName)) }
            type = lastType.type
        } else {
            type = GEXFAssembly.untypedRelationType(directed: directed, graphDirected: graphDirected)
        }
        if foreign {
            guard directions.observe(type, directed: directed, declaringIn: &foreignSchema) == nil else { return decline() }
            if let sourceField, citedSourceSet.insert(sourceField).inserted { citedSources.append(sourceField) }
        }
        var weight: Double? = nil
        if let raw = itemWeight {
            guard case .value(let number) = NumberText.read(GEXFAssembly.trimmed(raw)) else { return decline() }
            weight = number
        }
        var status: RelationStatus? = nil
        if let raw = statusField {
            guard let known = RelationStatus(rawValue: raw) else { return decline() }
            status = known
        }
        var span: (date: PartialDate?, since: PartialDate?, until: PartialDate?)
        if dateField != nil || sinceField != nil || untilField != nil {
            guard let date = Self.date(dateField), let since = Self.date(sinceField), let until = Self.date(untilField) else {
                return decline()
            }
            span = (date, since, until)
        } else {
            guard let start = day(itemStart), let end = day(itemEnd) else { return decline() }
            if let start, let end, start == end { span = (start, nil, nil) } else { span = (nil, start, end) }
        }
        builder!.add(Relation(from: itemSource, to: itemTarget, type: type, weight: weight, date: span.date,
                              since: span.since, until: span.until, source: sourceField, quote: quoteField,
                              status: status, attributes: attributes))
    }

    /// Checks the edge's id against the writer's numbering: true for the reverse copy of the
    /// edge before it (an `eN-reverse` marked undirected, with the ends swapped), false for
    /// any other edge, nil for an id outside the numbering.
    private func numberEdge(directedValue: Bool?) -> Bool? {
        // Compared as bytes in place: `hasSuffix` and `hasPrefix` compare characters, and the
        // UTF-8 view's generic suffix and prefix were a cost per edge of their own (callgrind).
        var id = itemID
        return id.withUTF8 { id -> Bool? in
            let suffix: StaticString = "-reverse"
            let suffixCount = suffix.utf8CodeUnitCount
            if id.count > suffixCount && id[id.count - 1] == UInt8(ascii: "e")
                && memcmp(id.baseAddress! + id.count - suffixCount, suffix.utf8Start, suffixCount) == 0 {
                guard let partner = lastPlainEdge, !reverseTaken else { return nil }
                var partnerID = partner.id
                let matches = partnerID.withUTF8 { plain in
                    id.count == plain.count + suffixCount && (plain.isEmpty || memcmp(id.baseAddress!, plain.baseAddress!, plain.count) == 0)
                }
                guard matches else { return nil }
                reverseTaken = true
                return directedValue == false && partner.source == itemTarget && partner.target == itemSource
            }
            guard id.count >= 2, id.count <= 19, id[0] == UInt8(ascii: "e") else { return nil }
            var number = 0
            for byte in id[1...] {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
            }
            if let last = lastPlainEdge, number <= last.number { return nil }
            lastPlainEdge = (number, itemID, itemSource, itemTarget)
            reverseTaken = false
            return false
        }
    }

    /// Checks another tool's edge id: true never (no reverse copies there), false for an id
    /// that is a plain integer above the last (so no two edges share one), nil for any other.
    private func numberForeignEdge() -> Bool? {
        var id = itemID
        return id.withUTF8 { id -> Bool? in
            guard !id.isEmpty, id.count <= 18, id[0] != UInt8(ascii: "0") || id.count == 1 else { return nil }
            var number = 0
            for byte in id {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
            }
            guard number > lastForeignEdge else { return nil }
            lastForeignEdge = number
            return false
        }
    }

    /// The graph, or nil when the builder finds a problem (the general path reports it).
    func finish() -> Graph? {
        guard failure == nil, path.isEmpty, rootSeen else { return nil }
        if builder == nil { start() }
        guard failure == nil, var builder else { return nil }
        if foreign {
            // As `GEXFAssembly`: the schema of what was met, then the cited documents.
            builder.schema = foreignSchema
            for id in citedSources { builder.add(Source(id: id)) }
        }
        return try? builder.build()
    }
}
