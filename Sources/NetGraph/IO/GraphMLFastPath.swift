/// GraphML read in one pass over ``XMLScanner``'s events straight into a ``GraphBuilder``:
/// each `<node>` and `<edge>` becomes an entity or relation at its end tag, with no list of
/// items, no per-item table of Strings and no location per item. It reads both kinds of
/// document ``GraphMLHandler`` tells apart: netgraph's own typed GraphML (``GraphMLWriter``'s
/// keys, read as `buildTyped` reads them) and any other GraphML, as NetworkX, igraph and
/// Gephi write it (read as `build` reads it: `kind`, `name` or else `label`, `weight` and
/// `type` data taken up, the rest kept as attributes, nodes that only edges name added
/// after the declared ones).
///
/// It gives exactly the graph ``GraphMLHandler`` builds from the same document, or declines:
/// it takes on only documents whose elements stand where GraphML puts them (`<key>` and
/// `<graph>` in `<graphml>`, `<default>` in `<key>`, `<node>` and `<edge>` in `<graph>`,
/// `<data>` in those three) and whose keys and graph data all come before the first node or
/// edge; a typed document igraph wrote, or one with a key named `id` for nodes, is left to
/// the general path (it maps igraph's node numbering), as is an igraph comment after the
/// first node or edge. Any problem the general reader would report (a value not of its
/// key's type, a control character in a name, a date that is not one, an unknown status, a
/// type met both directed and undirected, and all that ``GraphBuilder/build()`` checks) also
/// makes it decline. ``GraphMLReader`` then reads the document through the general path,
/// whose diagnostics and marks are unchanged; so this path keeps no locations at all.
///
/// - Complexity: O(size of the document).
final class GraphMLFastPath: XMLEventHandler {
    /// Set once the document is declined; the scanner then stops.
    private(set) var failure: Diagnostic?
    private let file: String
    private let limits: ReadLimits
    private let defaultName: String
    @exclusivity(unchecked) private var guardrail: SafeXML.ElementGuard

    /// The elements this path reads; any other is declined.
    private enum Element: UInt8 { case graphml, key, `default`, graph, node, edge, data }

    // The handler's state is touched several times per element; only the scanner calls it, one
    // event at a time, so the exclusivity checks Swift makes on a class's stored properties
    // (about 8% of the reading time, perf) guard against nothing here.

    /// The open elements, outermost first.
    @exclusivity(unchecked) private var path: [Element] = []
    private var keys: [(id: String, key: GraphMLHandler.Key)] = []
    private var graphName: String?
    private var graphs = 0
    /// Data of the `<graph>` element itself, by key id, in document order.
    private var graphData: [(key: String, value: String)] = []
    @exclusivity(unchecked) private var currentKey: Int?
    @exclusivity(unchecked) private var dataKey: Int?
    @exclusivity(unchecked) private var text = ""
    @exclusivity(unchecked) private var collecting = false

    /// What is known once the first node or edge starts (or the document ends without one).
    @exclusivity(unchecked) private var builder: GraphBuilder?
    @exclusivity(unchecked) private var node = Domain()
    @exclusivity(unchecked) private var edge = Domain()

    /// One domain's (`node`, `edge`) values: a slot per attribute name, and which key id
    /// writes which slot.
    private struct Domain {
        /// The slot each key writes, by key index; nil for a key of another domain.
        var slotOfKey: [Int?] = []
        /// Slot names, and the defaults each item starts from.
        var names: [String] = []
        var defaults: [AttributeValue?] = []
        /// The current item's values.
        var values: [AttributeValue?] = []
        /// Free attributes (`attr.NAME`): slot and NAME.
        var free: [(slot: Int, name: String)] = []
        /// Slots whose empty text counts as absent (dates, statuses, aliases, `reverse`).
        var neverEmpty: [Int] = []

        func slot(_ name: String) -> Int? { names.firstIndex(of: name) }

        /// Starts an item from the defaults, in place (no new array per item).
        mutating func reset() {
            for slot in values.indices { values[slot] = defaults[slot] }
        }

        /// Empty dates, statuses, aliases and `reverse` marks are absent.
        mutating func dropEmpty() {
            for slot in neverEmpty where values[slot] == .string("") { values[slot] = nil }
        }

        func freeAttributes() -> [String: AttributeValue] {
            var result: [String: AttributeValue] = [:]
            for (slot, name) in free { if let value = values[slot] { result[name] = value } }
            return result
        }
    }

    /// Whether the document is netgraph's typed GraphML; settled by `start()`.
    private var typed = true
    /// The document's edge direction (`edgedefault`), and the current edge's own.
    private var edgeDefaultDirected = false
    @exclusivity(unchecked) private var itemDirected: Bool?
    /// Whether igraph wrote the document (its `Created by igraph` comment): igraph writes an
    /// empty string for a number or truth value an item lacks.
    private var writtenByIgraph = false
    /// An untyped document's schema, its kinds and types declared as they are met.
    @exclusivity(unchecked) private var untypedSchema = Schema(kinds: [.node], relations: [])
    @exclusivity(unchecked) private var directions = ObservedDirections()
    /// The slots an untyped document's items give up to the entity's and relation's fields.
    private var untypedNodeSlots = (kind: -1, name: -1, label: -1, type: -1)
    private var untypedEdgeSlots = (weight: -1, type: -1, kind: -1)

    /// The slots the builder reads, per domain.
    private var nodeSlots = (name: -1, kind: -1, type: -1, aliases: -1, description: -1, since: -1, until: -1)
    private var edgeSlots = (type: -1, kind: -1, weight: -1, date: -1, since: -1, until: -1, status: -1, source: -1,
                             quote: -1, reverse: -1)

    /// The item being read: the node id, whether the edge id has no control character, and an
    /// edge's ends.
    @exclusivity(unchecked) private var itemID = ""
    @exclusivity(unchecked) private var edgeIDIsPlain = true
    @exclusivity(unchecked) private var itemSource = ""
    @exclusivity(unchecked) private var itemTarget = ""
    /// The current edge's ends as entity rows, when both name entities read before it (then
    /// `itemSource` and `itemTarget` are not set: their ids were checked with their entities).
    @exclusivity(unchecked) private var itemEnds: (from: Int32, to: Int32)?
    /// The last kind and type made, reused while the next is spelled the same.
    @exclusivity(unchecked) private var lastKind = (text: "node", kind: EntityKind("node"))
    @exclusivity(unchecked) private var lastType = (text: "edge", type: RelationType("edge"))
    /// The key the last `<data>` named: the key after it is tried first, as items list their
    /// data in key order.
    @exclusivity(unchecked) private var lastKeyIndex = 0

    init(file: String, limits: ReadLimits, name: String) {
        self.file = file
        self.limits = limits
        self.defaultName = name
        guardrail = SafeXML.ElementGuard(limits: limits)
    }

    /// Reads `bytes` (already through ``SafeXML/refuseBeforeParsing(_:file:format:limits:)``);
    /// nil when this path declines.
    static func read(_ bytes: [UInt8], file: String, limits: ReadLimits, name: String) -> Graph? {
        let reader = GraphMLFastPath(file: file, limits: limits, name: name)
        guard XMLScanner.scan(bytes, file: file, into: reader) == .complete else { return nil }
        return reader.finish()
    }

    private static let declined = Diagnostic("declined", at: SourceLocation(file: "", line: 1, column: 1))

    private func decline() { if failure == nil { failure = Self.declined } }

    var collectsText: Bool { collecting }

    // MARK: - Events

    func startElement(_ element: String, attributes: some XMLAttributeSource, at here: () -> SourceLocation) {
        guard failure == nil else { return }
        if guardrail.enter(attributes) != nil { return decline() }
        let parent = path.last
        switch element {
        case "data":
            path.append(.data)
            guard parent == .node || parent == .edge || parent == .graph, let id = attributes["key"],
                  let index = keyIndex(id) else { return decline() }
            // Graph data after the first item (NetworkX writes the graph's own data last) is
            // what the general reader uses only to tell a typed document: an untyped one
            // stays untyped unless it names netgraph's keys.
            if parent == .graph && builder != nil
                && (typed || [GraphMLKeys.marker, "sources", "schema"].contains(keys[index].key.name)) { return decline() }
            dataKey = index
            text = ""
            collecting = true
        case "edge":
            path.append(.edge)
            guard parent == .graph else { return decline() }
            if let directed = attributes["directed"], directed != "true" && directed != "false" { return decline() }
            if builder == nil { start() }
            guard builder != nil else { return decline() }
            // An edge's id is only checked (the graph keeps none), over its bytes.
            edgeIDIsPlain = attributes.withUTF8(of: "id", Self.plain) ?? true
            // Ends that name entities read already are looked up by their bytes; strings are
            // made only of ends the builder must resolve later.
            let from = attributes.withUTF8(of: "source") { Self.entityRow(ofUTF8: $0, in: &builder!) }
            let to = attributes.withUTF8(of: "target") { Self.entityRow(ofUTF8: $0, in: &builder!) }
            if let from = from ?? nil, let to = to ?? nil {
                itemEnds = (from, to)
            } else {
                guard let source = attributes["source"], let target = attributes["target"] else { return decline() }
                itemEnds = nil
                itemSource = source
                itemTarget = target
            }
            itemDirected = attributes["directed"].map { $0 == "true" }
            edge.reset()
        case "node":
            path.append(.node)
            guard parent == .graph, let id = attributes["id"] else { return decline() }
            if builder == nil { start() }
            itemID = id
            node.reset()
        case "key":
            path.append(.key)
            guard parent == .graphml, builder == nil, let id = attributes["id"], keyIndex(id) == nil else { return decline() }
            let type = attributes["attr.type"] ?? "string"
            guard GraphMLHandler.keyTypes.contains(type) else { return decline() }
            keys.append((id, GraphMLHandler.Key(name: attributes["attr.name"] ?? id, domain: attributes["for"] ?? "all", type: type)))
            currentKey = keys.count - 1
            collecting = true
        case "default":
            path.append(.default)
            guard parent == .key else { return decline() }
            text = ""
        case "graph":
            path.append(.graph)
            graphs += 1
            guard parent == .graphml, graphs == 1 else { return decline() }
            graphName = attributes["id"]
            edgeDefaultDirected = attributes["edgedefault"] == "directed"
        case "graphml":
            path.append(.graphml)
            guard parent == nil else { return decline() }
        default:
            decline()
        }
    }

    func comment(_ comment: String) {
        guard comment.contains("Created by igraph") else { return }
        // The general reader applies it to every item, also those read before it.
        if builder != nil { return decline() }
        writtenByIgraph = true
    }

    func characters(_ string: String, at here: () -> SourceLocation) {
        guard collecting else { return }
        if text.isEmpty { text = string } else { text += string }
        if text.utf8.count > limits.maxTextLength && text.count > limits.maxTextLength { decline() }
    }

    func endElement(_ element: String) {
        guard failure == nil else { return }
        guardrail.leave()
        path.removeLast()
        switch element {
        case "data":
            guard let index = dataKey else { return }
            dataKey = nil
            collecting = currentKey != nil
            switch path.last {
            case .node?: assign(index, in: &node)
            case .edge?: assign(index, in: &edge)
            default: graphData.append((keys[index].id, text))
            }
        case "edge": if typed { addRelation() } else { addUntypedRelation() }
        case "node": if typed { addEntity() } else { addUntypedEntity() }
        case "key":
            currentKey = nil
            collecting = false
        case "default": if let index = currentKey { keys[index].key.defaultValue = text }
        default: break
        }
    }

    // MARK: - Keys and values

    private func keyIndex(_ id: String) -> Int? {
        HintedLookup.index(of: id, in: keys, id: \.id, hint: &lastKeyIndex)
    }

    /// The `<data>` just read, in its key's type, into its slot (the last value of a name wins).
    private func assign(_ index: Int, in domain: inout Domain) {
        guard let slot = domain.slotOfKey[index] else { return decline() }
        let type = keys[index].key.type
        // In a file igraph wrote, an empty number or truth value is one the item lacks.
        if text.isEmpty && writtenByIgraph && type != "string" { return }
        guard let value = GraphMLHandler.value(text, type: type) else { return decline() }
        domain.values[slot] = value
    }

    /// Settles what the general reader decides once all is read: that the document is netgraph's
    /// typed GraphML, the graph's header, and each domain's slots and defaults.
    private func start() {
        var graphValues: [String: String] = [:]
        for (id, value) in graphData {
            if let key = keys.first(where: { $0.id == id })?.key, graphValues[key.name] == nil { graphValues[key.name] = value }
        }
        let typed = graphValues[GraphMLKeys.marker] != nil || graphValues["sources"] != nil || graphValues["schema"] != nil
            || keys.contains(where: { $0.key.name == "quote" && $0.key.domain == "edge" })
        node = domain("node")
        edge = domain("edge")
        self.typed = typed
        guard typed else {
            // As `GraphMLHandler.build`: a graph id igraph or NetworkX made up names nothing.
            builder = GraphBuilder(name: graphName.flatMap { $0.isEmpty || $0 == "G" ? nil : $0 } ?? defaultName,
                                   schema: untypedSchema)
            func slot(_ domain: Domain, _ name: String) -> Int { domain.slot(name) ?? -1 }
            untypedNodeSlots = (slot(node, "kind"), slot(node, "name"), slot(node, "label"), slot(node, "type"))
            untypedEdgeSlots = (slot(edge, "weight"), slot(edge, "type"), slot(edge, "kind"))
            return
        }
        // igraph's own node numbering (node data named `id`) is the general reader's to map.
        let hasIDKey = keys.contains { $0.key.name == "id" && ($0.key.domain == "node" || $0.key.domain == "all") }
        guard !hasIDKey, !writtenByIgraph else { return decline() }
        do {
            builder = try GraphHeader(name: graphValues["name"] ?? graphName ?? defaultName, description: graphValues["description"],
                                      sourcesJSON: graphValues["sources"], schemaJSON: graphValues["schema"])
                .builder(file: file, limits: limits)
        } catch {
            return decline()
        }
        func slot(_ domain: Domain, _ name: String) -> Int { domain.slot(name) ?? -1 }
        nodeSlots = (slot(node, "name"), slot(node, "kind"), slot(node, "type"), slot(node, "aliases"), slot(node, "description"),
                     slot(node, "since"), slot(node, "until"))
        edgeSlots = (slot(edge, "type"), slot(edge, "kind"), slot(edge, "weight"), slot(edge, "date"), slot(edge, "since"),
                     slot(edge, "until"), slot(edge, "status"), slot(edge, "source"), slot(edge, "quote"),
                     slot(edge, GraphMLKeys.reverseKey))
    }

    /// The slots of `name`'s keys, and their defaults in key-id order (as
    /// `GraphMLHandler.defaults(for:)` fills them).
    private func domain(_ name: String) -> Domain {
        var domain = Domain()
        for (_, key) in keys where (key.domain == name || key.domain == "all") && !domain.names.contains(key.name) {
            domain.names.append(key.name)
        }
        domain.slotOfKey = keys.map { (_, key) in key.domain == name || key.domain == "all" ? domain.slot(key.name) : nil }
        domain.defaults = Array(repeating: nil, count: domain.names.count)
        for (_, key) in keys.sorted(by: { $0.id < $1.id }) where (key.domain == name || key.domain == "all") {
            guard let raw = key.defaultValue, let value = GraphMLHandler.value(raw, type: key.type) else { continue }
            domain.defaults[domain.slot(key.name)!] = value
        }
        domain.values = domain.defaults
        let neverEmpty: Set<String> = ["since", "until", "date", "status", "aliases", GraphMLKeys.reverseKey]
        for (slot, slotName) in domain.names.enumerated() {
            if slotName.utf8.starts(with: "attr.".utf8) { domain.free.append((slot, String(slotName.dropFirst(5)))) }
            if neverEmpty.contains(slotName) { domain.neverEmpty.append(slot) }
        }
        return domain
    }

    // MARK: - Items

    private func addEntity() {
        guard failure == nil, builder != nil else { return decline() }
        node.dropEmpty()
        let values = node.values
        guard Self.plain(itemID), Self.plain(values, nodeSlots.kind), Self.plain(values, nodeSlots.type) else { return decline() }
        var aliases: [String] = []
        if let raw = Self.text(values, nodeSlots.aliases) {
            guard let list = Self.stringList(raw) else { return decline() }
            aliases = list
        }
        let kindText = Self.text(values, nodeSlots.kind) ?? "node"
        if kindText != lastKind.text { lastKind = (kindText, EntityKind(kindText)) }
        guard let since = date(values, nodeSlots.since), let until = date(values, nodeSlots.until) else { return decline() }
        builder!.add(Entity(id: itemID, kind: lastKind.kind, name: Self.text(values, nodeSlots.name), aliases: aliases,
                            description: Self.text(values, nodeSlots.description), since: since, until: until,
                            attributes: node.freeAttributes()))
    }

    private func addRelation() {
        guard failure == nil, builder != nil else { return decline() }
        edge.dropEmpty()
        let values = edge.values
        guard edgeIDIsPlain, plainEnds(), Self.plain(values, edgeSlots.kind),
              Self.plain(values, edgeSlots.type) else { return decline() }
        // The opposite copy of an undirected relation (see GraphMLWriter) is that relation.
        if edgeSlots.reverse >= 0 && values[edgeSlots.reverse] == .bool(true) { return }
        var status: RelationStatus? = nil
        if let raw = Self.text(values, edgeSlots.status) {
            guard let known = RelationStatus(rawValue: raw) else { return decline() }
            status = known
        }
        var weight: Double? = nil
        if edgeSlots.weight >= 0, let raw = values[edgeSlots.weight] {
            guard let number = raw.numericValue else { return decline() }
            weight = number
        }
        let typeText = Self.text(values, edgeSlots.type) ?? "edge"
        if typeText != lastType.text { lastType = (typeText, RelationType(typeText)) }
        guard let day = date(values, edgeSlots.date), let since = date(values, edgeSlots.since),
              let until = date(values, edgeSlots.until) else { return decline() }
        let (source, quote) = (Self.text(values, edgeSlots.source), Self.text(values, edgeSlots.quote))
        if let ends = itemEnds {
            builder!.addRelation(endpoints: ends, type: lastType.type, weight: weight, date: day, since: since, until: until,
                                 status: status, source: source, quote: quote, attributes: edge.freeAttributes())
        } else {
            builder!.add(Relation(from: itemSource, to: itemTarget, type: lastType.type, weight: weight, date: day,
                                  since: since, until: until, source: source, quote: quote, status: status,
                                  attributes: edge.freeAttributes()))
        }
    }

    /// An untyped document's node, as `GraphMLHandler.build` makes it: its `kind` data the
    /// kind, its `name` or else its `label` data the name, the rest its attributes.
    private func addUntypedEntity() {
        guard failure == nil, builder != nil else { return decline() }
        let values = node.values
        let slots = untypedNodeSlots
        guard Self.plain(itemID), Self.plainDescription(values, slots.kind), Self.plainDescription(values, slots.type) else {
            return decline()
        }
        var kind = EntityKind.node
        if slots.kind >= 0, let raw = values[slots.kind] {
            let text = raw.description
            if text != lastKind.text { lastKind = (text, EntityKind(text)) }
            kind = lastKind.kind
        }
        let nameSlot = slots.name >= 0 && values[slots.name] != nil ? slots.name : slots.label
        untypedSchema.add(kind)
        builder!.add(Entity(id: itemID, kind: kind, name: nameSlot >= 0 ? values[nameSlot]?.description : nil,
                            attributes: Self.attributes(values, names: node.names, except: slots.kind, nameSlot)))
    }

    /// An untyped document's edge, as `GraphMLHandler.build` makes it: its `weight` and
    /// `type` data the relation's, its direction its own or the graph's, the rest its
    /// attributes.
    private func addUntypedRelation() {
        guard failure == nil, builder != nil else { return decline() }
        let values = edge.values
        let slots = untypedEdgeSlots
        guard edgeIDIsPlain, plainEnds(), Self.plainDescription(values, slots.kind),
              Self.plainDescription(values, slots.type) else { return decline() }
        let directed = itemDirected ?? edgeDefaultDirected
        var weight: Double? = nil
        if slots.weight >= 0, let raw = values[slots.weight] {
            guard let number = raw.numericValue else { return decline() }
            weight = number
        }
        let type: RelationType
        if slots.type >= 0, let raw = values[slots.type] {
            let text = raw.description
            if text != lastType.text { lastType = (text, RelationType(text)) }
            type = lastType.type
        } else {
            type = directed == edgeDefaultDirected ? .edge : (directed ? "directed-edge" : "undirected-edge")
        }
        guard directions.observe(type, directed: directed, declaringIn: &untypedSchema) == nil else { return decline() }
        let attributes = Self.attributes(values, names: edge.names, except: slots.weight, slots.type)
        if let ends = itemEnds {
            builder!.addRelation(endpoints: ends, type: type, weight: weight, attributes: attributes)
        } else {
            builder!.add(Relation(from: itemSource, to: itemTarget, type: type, weight: weight, attributes: attributes))
        }
    }

    /// The builder's row for an id's bytes. The builder is passed `inout` only so that it is
    /// not copied: reading a struct stored in a class to call a method on it copied the
    /// builder, a retain and release per column, twice per edge (perf: twice the reading time).
    private static func entityRow(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, in builder: inout GraphBuilder) -> Int32? {
        builder.entityRow(ofUTF8: bytes)
    }

    /// Whether the current edge's ends are free of control characters: at once when both name
    /// entities read before (whose ids were checked).
    private func plainEnds() -> Bool { itemEnds != nil || (Self.plain(itemSource) && Self.plain(itemTarget)) }

    /// The values of every slot but `taken` and `alsoTaken`, by name.
    private static func attributes(_ values: [AttributeValue?], names: [String], except taken: Int,
                                   _ alsoTaken: Int) -> [String: AttributeValue] {
        var result: [String: AttributeValue] = [:]
        for (slot, value) in values.enumerated() where slot != taken && slot != alsoTaken {
            if let value { result[names[slot]] = value }
        }
        return result
    }

    /// The graph, or nil when the builder finds a problem (the general path reports it).
    func finish() -> Graph? {
        guard failure == nil, path.isEmpty else { return nil }
        if builder == nil { start() }
        guard failure == nil, var builder else { return nil }
        if !typed {
            // Nodes that only edges name come after the declared ones, in the order named.
            // Their ids were checked with their edges; `node` is in the schema from the start.
            for id in builder.endpointsWithoutEntities() { builder.add(Entity(id: id, kind: .node)) }
            builder.schema = untypedSchema
        }
        return try? builder.build()
    }

    // MARK: - Field values, as `GraphMLHandler.buildTyped` reads them

    private static func text(_ values: [AttributeValue?], _ slot: Int) -> String? {
        slot >= 0 ? values[slot]?.description : nil
    }

    /// A date field: `.some(nil)` when absent, nil when it is not a date.
    private func date(_ values: [AttributeValue?], _ slot: Int) -> PartialDate?? {
        guard let raw = Self.text(values, slot) else { return .some(nil) }
        guard let date = PartialDate(raw) else { return nil }
        return .some(date)
    }

    /// No control character (C0, DEL, C1) can be in these bytes; those that might are the
    /// general reader's to check and report.
    private static func plain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(plain)
    }

    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 { return false }
        return true
    }

    /// Whether the value in `slot`, read as text, has no control character (the general
    /// reader checks an untyped document's kinds and types so, whatever their key's type).
    private static func plainDescription(_ values: [AttributeValue?], _ slot: Int) -> Bool {
        guard slot >= 0, let value = values[slot] else { return true }
        return plain(value.description)
    }

    private static func plain(_ values: [AttributeValue?], _ slot: Int) -> Bool {
        guard slot >= 0, let value = values[slot] else { return true }
        if case .string(let text) = value { return plain(text) }
        return false
    }

    static func stringList(_ text: String) -> [String]? {
        guard case .array(let items)? = try? JSONValue.parse(text) else { return nil }
        var strings: [String] = []
        for item in items {
            guard case .string(let string) = item else { return nil }
            strings.append(string)
        }
        return strings
    }
}
