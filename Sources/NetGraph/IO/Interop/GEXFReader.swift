import Foundation

/// Reads GEXF (1.1 to 1.3), as ``GEXFWriter``, Gephi and NetworkX (`write_gexf`) write it.
///
/// - Nodes become entities: `label` is the name; the node attributes titled `kind`,
///   `aliases` (a JSON list of strings), `description`, `since` and `until` keep their
///   meaning, `attr.NAME` is the free attribute NAME, and every other attribute is kept
///   under its title. The kind defaults to `node`.
/// - Edges become relations: `source` and `target` are the ends, `weight` the weight; the
///   edge attribute titled `type`, else the edge's `kind`, is the relation type; `date`,
///   `since`, `until`, `status`, `source` (the cited document) and `quote` keep their
///   meaning; `attr.NAME` and every other attribute are free attributes, except NetworkX's
///   bookkeeping `networkx_key`.
/// - Direction: the edge attribute `directed` (netgraph's), else the edge's `type`, else
///   the graph's `defaultedgetype` (absent means undirected, as in NetworkX); `mutual` is
///   undirected, an edge each way. An edge `type` that is no direction is the relation type:
///   NetworkX writes an edge's `type` data there. The opposite copy of an undirected
///   relation that ``GEXFWriter`` adds in a mixed graph (`eN-reverse`) is dropped.
/// - Time: when a relation has no `date`, `since` or `until` attribute, its `start` and
///   `end` (or `timestamp`) give them, day by day (`timeformat` `date` or `dateTime`, whose
///   time of day is dropped): one day is a `date`, a span `since`…`until`, an open end is
///   left open. An edge with several `<spell>`s is one relation per spell; a node's spells
///   make one span from the first start to the last end. Times counted in numbers
///   (`timeformat` `integer` or `double`) are refused: netgraph's intervals are dates. An
///   attribute value with its own `start`/`end` keeps its value; two values of one
///   attribute (a value changing over time) are refused.
/// - A file netgraph wrote carries its name, description, sources and schema in its
///   `<?netgraph …?>` header (see ``GEXFWriter``) and is read strictly against them, as the
///   native format is. Without the header (another tool's file, or netgraph's rewritten by
///   NetworkX), kinds and relation types are declared as they are met, a type directed or
///   not as its first edge is; cited documents become sources with only their id; an id
///   that breaks the id rule (`"Jean Valjean"`) gets an id made from it
///   (``EntityIDMaker``) and keeps it as the name; the meta `<description>` is the graph's.
/// - Gephi's `viz:` elements (colour, position, size, shape) are passed over, as is every
///   element the format does not define for the graph itself (`<parents>`); a hierarchy of
///   nodes inside nodes is refused.
///
/// Errors carry `FILE:LINE:COL`: duplicate node and edge ids, edges whose ends are not
/// nodes, numbers that are not finite or out of a double's range (``NumberText``), dates
/// that are not dates; at most ``GraphInputError/reportedProblemLimit`` are listed. The XML
/// is held to netgraph's XML policy (`SafeXML`): no entity declarations, no DTD, bounded
/// depth and lengths.
public struct GEXFReader: Sendable {
    public var limits: ReadLimits

    public init(limits: ReadLimits = .standard) { self.limits = limits }

    /// Reads the GEXF document in `bytes`; `file` names it in diagnostics.
    /// - Throws: ``GraphInputError`` with every problem found, in file order.
    /// - Complexity: O(size of the file).
    public func read(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        try SafeXML.refuseBeforeParsing(bytes, file: file, format: "GEXF", limits: limits)
        // netgraph's own GEXF, and Gephi's and NetworkX's in their usual layout, are read in
        // one pass into the builder; any other, and any document with a problem, goes
        // through the collector below, which keeps every item's place for the messages.
        if let graph = GEXFFastPath.read(bytes, file: file, limits: limits) { return graph }
        let collector = GEXFDocument.Collector(file: file, limits: limits)
        try SafeXML.parse(bytes, file: file, into: collector)
        do {
            return try Self.graph(of: collector.document, file: file, limits: limits)
        } catch {
            throw error.capped()
        }
    }

    /// The graph `document` describes.
    static func graph(of document: GEXFDocument, file: String, limits: ReadLimits) throws(GraphInputError) -> Graph {
        var assembly = try GEXFAssembly(document, file: file, limits: limits)
        return try assembly.graph()
    }
}

/// Gives a ``GEXFDocument`` its meaning as a graph (see ``GEXFReader``). Its static
/// functions are that meaning value by value, shared with ``GEXFFastPath``.
struct GEXFAssembly {
    let document: GEXFDocument
    let file: String
    var builder: GraphBuilder
    /// Whether the file carries netgraph's header (and is read strictly against it).
    let hasHeader: Bool
    var schema = Schema(kinds: [.node], relations: [])
    var problems: [Diagnostic] = []
    /// Ids made for node ids that break the id rule, by the id as written.
    var madeIDs: [String: String] = [:]
    /// Documents cited in a file without a header, in order of first citation.
    var citedSources: [String] = []
    var citedSourceSet: Set<String> = []
    /// The declarations with a default value, in id order, by class: filled in for each
    /// node or edge that lacks the value.
    let nodeDefaults: [(key: String, declaration: GEXFDocument.Declaration)]
    let edgeDefaults: [(key: String, declaration: GEXFDocument.Declaration)]

    /// Entity fields, by attribute title.
    static let entityFields: Set<String> = ["kind", "aliases", "description", "since", "until"]
    /// Attributes other tools write for their own bookkeeping.
    static let bookkeeping: Set<String> = ["networkx_key"]
    static let numericTypes: Set<String> = ["integer", "long", "short", "byte", "float", "double", "bigdecimal", "biginteger"]

    init(_ document: GEXFDocument, file: String, limits: ReadLimits) throws(GraphInputError) {
        self.document = document
        self.file = file
        func defaults(_ declarations: [String: GEXFDocument.Declaration]) -> [(key: String, declaration: GEXFDocument.Declaration)] {
            declarations.filter { $0.value.defaultValue != nil }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        nodeDefaults = defaults(document.nodeDeclarations)
        edgeDefaults = defaults(document.edgeDeclarations)
        if let header = document.header {
            hasHeader = true
            builder = try Self.headerBuilder(header.json, at: header.location, file: file, limits: limits)
        } else {
            hasHeader = false
            builder = GraphBuilder(name: EdgeListReader.graphName(file))
            builder.summary = document.description.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// A builder holding the name, description, sources and schema of netgraph's header.
    static func headerBuilder(_ json: String, at location: SourceLocation, file: String, limits: ReadLimits) throws(GraphInputError) -> GraphBuilder {
        func refuse(_ message: String) -> GraphInputError {
            GraphInputError("the <?\(GEXFWriter.headerTarget) …?> header \(message)", at: location)
        }
        let value: JSONValue
        do { value = try JSONValue.parse(json, file: file) } catch { throw refuse("is not JSON") }
        guard case .object(let members) = value else { throw refuse("is not a JSON object") }
        var fields: [String: JSONValue] = [:]
        for (key, member) in members {
            guard ["name", "description", "sources", "schema"].contains(key) else { throw refuse("has an unknown member '\(key.prefix(40))'") }
            guard fields[key] == nil else { throw refuse("names '\(key)' twice") }
            fields[key] = member
        }
        guard case .string(let name)? = fields["name"] else { throw refuse("needs a 'name' that is text") }
        var description: String? = nil
        if let member = fields["description"] {
            guard case .string(let text) = member else { throw refuse("has a 'description' that is not text") }
            description = text
        }
        let header = GraphHeader(name: name, description: description, sourcesJSON: fields["sources"]?.serialized(),
                                 schemaJSON: fields["schema"]?.serialized())
        do {
            return try header.builder(file: file, limits: limits)
        } catch {
            // The header's JSON is checked as a native file's sections; its problems are the
            // header's, wherever in its text the checker placed them.
            throw GraphInputError(error.diagnostics.map { Diagnostic("the <?\(GEXFWriter.headerTarget) …?> header: \($0.message)", at: location, limit: $0.limit) })
        }
    }

    mutating func graph() throws(GraphInputError) -> Graph {
        makeIDs()
        for node in document.nodes { addEntity(node) }
        addRelations()
        if !hasHeader {
            builder.schema = schema
            for id in citedSources { builder.add(Source(id: id), marks: GraphBuilder.Marks(item: document.graphLocation)) }
        }
        for problem in problems { builder.report(problem) }
        return try builder.build()
    }

    // MARK: - Ids

    /// Another tool's node ids are often names ("Jean Valjean"): in a file without netgraph's
    /// header, one that is not a valid entity id gets an id made from it.
    mutating func makeIDs() {
        guard !hasHeader else { return }
        let given = document.nodes.compactMap { $0.attributes["id"] }
        var maker = EntityIDMaker()
        for id in given where GraphBuilder.idProblem(id) == nil { maker.reserve(id) }
        for id in given where GraphBuilder.idProblem(id) != nil && madeIDs[id] == nil && !id.isEmpty { madeIDs[id] = maker.id(for: id) }
    }

    func entityID(_ written: String) -> String { madeIDs[written] ?? written }

    // MARK: - Values

    /// An item's attribute values by title, with the declarations' defaults filled in.
    mutating func values(of item: GEXFDocument.Item, declarations: [String: GEXFDocument.Declaration],
                         defaults: [(key: String, declaration: GEXFDocument.Declaration)], kind: String)
        -> [(title: String, value: AttributeValue, location: SourceLocation)] {
        var result: [(title: String, value: AttributeValue, location: SourceLocation)] = []
        // An item has a handful of values: a list searched in order costs less than a set
        // made for every node and edge.
        var seen: [String] = []
        seen.reserveCapacity(item.values.count)
        for value in item.values {
            guard let declaration = Self.declaration(value.key, in: declarations) else {
                problems.append(Diagnostic("<attvalue> for '\(value.key.prefix(40))', which no \(kind) <attribute> declares", at: value.location))
                continue
            }
            guard !seen.contains(value.key) else {
                problems.append(Diagnostic("'\(declaration.title.prefix(40))' has several values (a value changing over time); netgraph keeps one value per attribute",
                                           at: value.location))
                continue
            }
            seen.append(value.key)
            if let typed = typed(value.value, declaration, at: value.location) { result.append((declaration.title, typed, value.location)) }
        }
        for (key, declaration) in defaults where !seen.contains(key) {
            guard let raw = declaration.defaultValue else { continue }
            if let typed = typed(raw, declaration, at: declaration.location) { result.append((declaration.title, typed, item.location)) }
        }
        return result
    }

    /// `text` without the spaces and tabs around it (`CharacterSet.whitespaces`). Most values
    /// start and end with a visible ASCII character and are returned as they are: trimming
    /// each through Foundation was a twelfth of reading a large file (perf).
    static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The declaration `key` names. A file declares a handful per class, and ids are short: a
    /// few comparisons cost less than hashing the id of each of millions of values.
    static func declaration(_ key: String, in declarations: [String: GEXFDocument.Declaration]) -> GEXFDocument.Declaration? {
        guard declarations.count <= 16 else { return declarations[key] }
        for (id, declaration) in declarations where id == key { return declaration }
        return nil
    }

    /// A value in its declaration's type: numbers (``NumberText``), truth values, or text.
    mutating func typed(_ raw: String, _ declaration: GEXFDocument.Declaration, at location: SourceLocation) -> AttributeValue? {
        switch Self.typed(raw, type: declaration.type, title: declaration.title) {
        case .success(let value): return value
        case .failure(let problem):
            problems.append(Diagnostic(problem.message, at: location))
            return nil
        }
    }

    /// Why a value is not of its declared type.
    struct ValueProblem: Error {
        let message: String
    }

    /// `raw` in the declared `type` (lowercased): numbers (``NumberText``), truth values, or text.
    static func typed(_ raw: String, type: String, title: String) -> Result<AttributeValue, ValueProblem> {
        // Most values are text: one comparison rather than hashing the type into a set.
        if type == "string" { return .success(.string(raw)) }
        // Truth values before numbers: netgraph writes one (`directed`) on every edge, and
        // testing for them first spares hashing the type into the set of numeric types.
        if type == "boolean" { return truthValue(raw, title: title) }
        guard numericTypes.contains(type) else { return .success(.string(raw)) }
        let reading = NumberText.read(trimmed(raw))
        guard case .value(let number) = reading else {
            return .failure(ValueProblem(message: "'\(title.prefix(40))': '\(raw.prefix(40))' is \(NumberText.problem(reading)!)"))
        }
        return .success(.number(number))
    }

    /// A `boolean` value: `true` or `false` in any case, or `1` or `0`, spaces around allowed.
    private static func truthValue(_ raw: String, title: String) -> Result<AttributeValue, ValueProblem> {
        // As written by netgraph, a truth value needs neither trimming nor lowercasing.
        switch raw {
        case "true": return .success(.bool(true))
        case "false": return .success(.bool(false))
        default: break
        }
        switch trimmed(raw).lowercased() {
        case "true", "1": return .success(.bool(true))
        case "false", "0": return .success(.bool(false))
        default: return .failure(ValueProblem(message: "'\(title.prefix(40))': '\(raw.prefix(40))' is not true or false"))
        }
    }

    /// A free attribute's name: `attr.NAME` is NAME; another tool's titles are kept.
    static func attributeName(_ title: String) -> String {
        title.hasPrefix(GEXFWriter.attributePrefix) ? String(title.dropFirst(GEXFWriter.attributePrefix.count)) : title
    }

    mutating func date(_ value: AttributeValue?, _ field: String, at location: SourceLocation) -> PartialDate? {
        guard let value else { return nil }
        guard let date = PartialDate(value.description) else {
            problems.append(Diagnostic("'\(field)': '\(value.description.prefix(40))' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", at: location))
            return nil
        }
        return date
    }

    // MARK: - Time

    /// The `timeformat` is one of dates (or absent, read as dates).
    var timesAreDates: Bool { Self.timesAreDates(document.graphAttributes["timeformat"]) }

    /// Whether a graph's `timeformat` counts in dates (absent counts as dates).
    static func timesAreDates(_ timeformat: String?) -> Bool {
        guard let format = timeformat else { return true }
        return ["date", "datetime"].contains(format.lowercased())
    }

    /// A GEXF time as a day: `2020-03-01`, or a `dateTime`'s day.
    mutating func day(_ text: String?, _ field: String, at location: SourceLocation) -> PartialDate? {
        guard let text else { return nil }
        guard timesAreDates else {
            problems.append(Diagnostic("'\(field)' is a number of time units (timeformat '\(document.graphAttributes["timeformat"]!.prefix(40))'); netgraph's intervals are dates",
                                       at: location))
            return nil
        }
        guard let date = Self.day(text) else {
            problems.append(Diagnostic("'\(field)': '\(text.prefix(40))' is not a date", at: location))
            return nil
        }
        return date
    }

    /// A GEXF time of `timeformat` `date` or `dateTime` as a day (a `dateTime`'s time of day
    /// dropped); nil when it is not one.
    static func day(_ text: String) -> PartialDate? {
        let day = text.split(separator: "T", maxSplits: 1).first.map(String.init) ?? text
        return PartialDate(trimmed(day))
    }

    /// The periods an item existed, from its spells, else its own `start`/`end`/`timestamp`;
    /// empty when it says nothing of time.
    mutating func periods(of item: GEXFDocument.Item) -> [(start: PartialDate?, end: PartialDate?)] {
        for refused in ["intervals", "timestamps"] where item.attributes[refused] != nil {
            problems.append(Diagnostic("'\(refused)' is not read; netgraph reads start and end, timestamp and <spells>", at: item.location))
        }
        var spells = item.spells
        if spells.isEmpty {
            let attributes = item.attributes
            let start = attributes["start"] ?? attributes["timestamp"]
            let end = attributes["end"] ?? attributes["timestamp"]
            if start != nil || end != nil { spells = [GEXFDocument.Spell(start: start, end: end)] }
        }
        return spells.map { spell in
            (day(spell.start, "start", at: item.location), day(spell.end, "end", at: item.location))
        }
    }

    // MARK: - Entities

    mutating func addEntity(_ node: GEXFDocument.Item) {
        let written = node.attributes["id"]!
        let id = entityID(written)
        var kind = EntityKind.node
        var aliases: [String] = []
        var description: String? = nil
        var since: PartialDate? = nil
        var until: PartialDate? = nil
        var datedByAttributes = false
        var attributes: [String: AttributeValue] = [:]
        for (title, value, location) in values(of: node, declarations: document.nodeDeclarations, defaults: nodeDefaults, kind: "node") {
            switch title {
            case "kind": kind = EntityKind(value.description)
            case "aliases":
                if let list = Self.stringList(value.description) {
                    aliases = list
                } else if hasHeader {
                    problems.append(Diagnostic("'aliases' must be a JSON list of strings", at: location))
                } else {
                    attributes[title] = value
                }
            case "description": description = value.description
            case "since": since = date(value, "since", at: location); datedByAttributes = true
            case "until": until = date(value, "until", at: location); datedByAttributes = true
            default: attributes[Self.attributeName(title)] = value
            }
        }
        let periods = periods(of: node)
        if !datedByAttributes && !periods.isEmpty {
            // One span over every spell; an open end anywhere leaves it open.
            let starts = periods.map(\.start)
            let ends = periods.map(\.end)
            since = starts.contains(where: { $0 == nil }) ? nil : starts.compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
            until = ends.contains(where: { $0 == nil }) ? nil : ends.compactMap { $0 }.max { $0.upperBound < $1.upperBound }
        }
        if !hasHeader { schema.add(kind) }
        let label = node.attributes["label"].flatMap { $0.isEmpty ? nil : $0 }
        builder.add(Entity(id: id, kind: kind, name: label ?? (id == written ? nil : written), aliases: aliases,
                           description: description, since: since, until: until, attributes: attributes),
                    marks: GraphBuilder.Marks(item: node.location))
    }

    static func stringList(_ text: String) -> [String]? {
        guard case .array(let items)? = try? JSONValue.parse(text) else { return nil }
        let strings = items.compactMap { item -> String? in if case .string(let s) = item { return s } else { return nil } }
        return strings.count == items.count ? strings : nil
    }

    // MARK: - Relations

    /// The type of a relation whose edge names none: `edge`, or for an edge against the
    /// graph's `defaultedgetype` `directed-edge` or `undirected-edge`.
    static func untypedRelationType(directed: Bool, graphDirected: Bool) -> RelationType {
        directed == graphDirected ? .edge : (directed ? "directed-edge" : "undirected-edge")
    }

    /// Whether a GEXF edge type (`directed`, `undirected`, `mutual`) is directed.
    mutating func isDirected(_ type: String, at location: SourceLocation, what: String) -> Bool? {
        switch type {
        case "directed": return true
        case "undirected", "mutual": return false
        default:
            problems.append(Diagnostic("\(what) '\(type.prefix(40))' is none of directed, undirected and mutual", at: location))
            return nil
        }
    }

    mutating func addRelations() {
        let defaultType = document.graphAttributes["defaultedgetype"] ?? "undirected"
        let graphDirected = isDirected(defaultType, at: document.graphLocation, what: "defaultedgetype") ?? true
        var index: [String: Int] = [:]
        for (position, edge) in document.edges.enumerated() {
            guard let id = edge.attributes["id"] else { continue }
            if index[id] != nil {
                problems.append(Diagnostic("duplicate edge id '\(id.prefix(40))'", at: edge.location))
            } else {
                index[id] = position
            }
        }
        var directions = ObservedDirections()
        for edge in document.edges {
            let values = values(of: edge, declarations: document.edgeDeclarations, defaults: edgeDefaults, kind: "edge")
            let from = edge.attributes["source"]!
            let to = edge.attributes["target"]!
            var directedValue: Bool? = nil
            if case .bool(let flag)? = values.first(where: { $0.title == "directed" })?.value { directedValue = flag }
            // The opposite copy of an undirected relation (see GEXFWriter) is that relation.
            if directedValue == false, let id = edge.attributes["id"], id.hasSuffix("-reverse"),
               let partner = index[String(id.dropLast("-reverse".count))],
               document.edges[partner].attributes["source"] == to, document.edges[partner].attributes["target"] == from {
                continue
            }
            // NetworkX writes an edge's `type` data as the GEXF `type`: a word that is no
            // direction names the relation type.
            var directed = graphDirected
            var typeInPlaceOfDirection: String? = nil
            if let type = edge.attributes["type"] {
                if ["directed", "undirected", "mutual"].contains(type) {
                    directed = isDirected(type, at: edge.location, what: "edge type") ?? directed
                } else if !type.isEmpty {
                    typeInPlaceOfDirection = type
                }
            }
            if let directedValue { directed = directedValue }

            var fields = RelationFields()
            var attributes: [String: AttributeValue] = [:]
            for (title, value, location) in values {
                if let field = RelationFields.index(of: title) { fields.slots[field] = (value, location) }
                else if title == "directed", case .bool = value { continue }
                else if !Self.bookkeeping.contains(title) { attributes[Self.attributeName(title)] = value }
            }
            let typeName = fields["type"]?.value.description ?? edge.attributes["kind"].flatMap { $0.isEmpty ? nil : $0 } ?? typeInPlaceOfDirection
            let type = typeName.map { RelationType($0) } ?? Self.untypedRelationType(directed: directed, graphDirected: graphDirected)
            if !hasHeader {
                if let problem = directions.observe(type, directed: directed, declaringIn: &schema) {
                    problems.append(Diagnostic(problem, at: edge.location))
                }
            }
            var weight: Double? = nil
            if let raw = edge.attributes["weight"] {
                let reading = NumberText.read(Self.trimmed(raw))
                if case .value(let number) = reading { weight = number } else {
                    problems.append(Diagnostic("weight '\(raw.prefix(40))' is \(NumberText.problem(reading)!)", at: edge.location))
                }
            }
            var status: RelationStatus? = nil
            if let (raw, location) = fields["status"] {
                status = RelationStatus(rawValue: raw.description)
                if status == nil { problems.append(Diagnostic("unknown status '\(raw.description.prefix(40))'", at: location)) }
            }
            let source = fields["source"].map(\.value.description)
            if let source, !hasHeader, citedSourceSet.insert(source).inserted { citedSources.append(source) }
            var spans: [(date: PartialDate?, since: PartialDate?, until: PartialDate?)]
            if fields["date"] != nil || fields["since"] != nil || fields["until"] != nil {
                spans = [(date(fields["date"]?.value, "date", at: fields["date"]?.location ?? edge.location),
                          date(fields["since"]?.value, "since", at: fields["since"]?.location ?? edge.location),
                          date(fields["until"]?.value, "until", at: fields["until"]?.location ?? edge.location))]
            } else {
                spans = periods(of: edge).map { period in
                    if let start = period.start, let end = period.end, start == end { return (start, nil, nil) }
                    return (nil, period.start, period.end)
                }
                if spans.isEmpty { spans = [(nil, nil, nil)] }
            }
            for span in spans {
                builder.add(Relation(from: entityID(from), to: entityID(to), type: type, weight: weight, date: span.date,
                                     since: span.since, until: span.until, source: source, quote: fields["quote"]?.value.description,
                                     status: status, attributes: attributes),
                            marks: GraphBuilder.Marks(item: edge.location))
            }
        }
    }
}

/// A relation's fields, by attribute title (`directed`, when a truth value, is read apart): a
/// slot each, found by comparing a few short titles rather than hashing them into a table
/// per edge.
private struct RelationFields {
    static let titles = ["type", "date", "since", "until", "status", "source", "quote"]
    var slots: [(value: AttributeValue, location: SourceLocation)?] = Array(repeating: nil, count: titles.count)

    static func index(of title: String) -> Int? { titles.firstIndex(of: title) }

    subscript(title: String) -> (value: AttributeValue, location: SourceLocation)? { slots[Self.index(of: title)!] }
}
