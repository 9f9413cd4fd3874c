import Foundation

/// A graph as a folder of CSV files, in one of two dialects:
///
/// - **Neo4j** (`neo4j-admin database import`): `nodes.csv` with `id:ID`, `:LABEL` (the
///   kind) and typed properties (`aliases:string[]`, separated by ``arrayDelimiter``);
///   `relationships.csv` with
///   `:START_ID`, `:END_ID`, `:TYPE` (the relation type in Neo4j's upper snake case, the
///   original kept in `type`); `sources.csv` with the cited documents as `Source` nodes.
/// - **GraphFrames** (Spark, for graphs that outgrow one machine): `vertices.csv` with `id`,
///   `edges.csv` with `src`, `dst`, `relationship`, and `sources.csv`.
///
/// Both keep every field, so a graph survives the round trip; the graph's name, description
/// and schema extensions travel in `graph.json` (a native document with no entities), beside them.
public enum CSVGraphFormat: String, CaseIterable, Sendable {
    case neo4j
    case graphframes

    var nodeFile: String { self == .neo4j ? "nodes.csv" : "vertices.csv" }

    /// What separates the aliases in the Neo4j export's `aliases:string[]` column: U+001F,
    /// ASCII's unit separator, made to separate the items of one field. `neo4j-admin`
    /// splits an array at one character and has no escape for it, so the character must not
    /// occur in the data: an alias may hold `;`, `,`, quotes and line breaks (a nickname
    /// with a semicolon, a translation over two lines); a unit separator is a control
    /// character no one types, and an alias that holds one is refused on export
    /// (``unwritableAlias(in:)``) rather than split. Import with `--array-delimiter=U+001F`.
    public static let arrayDelimiter: Character = "\u{1F}"

    /// The first alias the Neo4j export cannot write as it is, as (entity id, alias): one
    /// holding ``arrayDelimiter``, which `neo4j-admin` and the reader would split. Nil for
    /// GraphFrames, whose aliases are a JSON list.
    /// - Complexity: O(total length of the aliases).
    public func unwritableAlias(in graph: Graph) -> (entity: String, alias: String)? {
        guard self == .neo4j else { return nil }
        for entity in graph.entities {
            if let alias = entity.aliases.first(where: { $0.contains(Self.arrayDelimiter) }) { return (entity.id, alias) }
        }
        return nil
    }
    var edgeFile: String { self == .neo4j ? "relationships.csv" : "edges.csv" }

    private var nodeHeader: [String] {
        switch self {
        case .neo4j: return ["id:ID", ":LABEL", "name", "kind", "aliases:string[]", "description", "since", "until", "attributes"]
        case .graphframes: return ["id", "name", "kind", "aliases", "description", "since", "until", "attributes"]
        }
    }

    private var edgeHeader: [String] {
        switch self {
        case .neo4j: return [":START_ID", ":END_ID", ":TYPE", "type", "weight:double", "date", "since", "until", "status", "source", "quote", "attributes"]
        case .graphframes: return ["src", "dst", "relationship", "weight", "date", "since", "until", "status", "source", "quote", "attributes"]
        }
    }

    /// Columns a file must have; the others may be missing (see `Columns`).
    private var requiredNodeColumns: Set<String> { self == .neo4j ? ["id:ID", "kind"] : ["id", "kind"] }
    private var requiredEdgeColumns: Set<String> { self == .neo4j ? [":START_ID", ":END_ID", "type"] : ["src", "dst", "relationship"] }

    private static let sourceHeader = ["sourceId:ID(Source)", ":LABEL", "title", "author", "publisher", "date", "url", "file", "reliability"]

    /// The files of an export, in the order they are written.
    public var fileNames: [String] { ["graph.json", nodeFile, edgeFile, "sources.csv"] }

    /// The files to write, by name, in a fixed order (``fileNames``), each made whole in
    /// memory; ``write(_:of:to:)`` streams one.
    public func files(for graph: Graph) -> [(name: String, contents: String)] {
        fileNames.map { name in
            var stream = TextStream()
            write(name, of: graph, to: &stream)
            return (name, String(decoding: stream.bytes, as: UTF8.self))
        }
    }

    /// Writes the file `name` (one of ``fileNames``) of `graph`'s export into `stream`, row
    /// by row: entities and relations with only their required fields straight from the
    /// columns, each id, kind and type encoded once per file; the others
    /// from their records.
    ///
    /// - Complexity: O(n + m + the text written).
    public func write(_ name: String, of graph: Graph, to stream: inout TextStream) {
        switch name {
        case "graph.json":
            // A native document without entities: the name, description and schema (the
            // members before the entities, made without a document of every item).
            let meta = NativeGraphWriter(format: .json).headMembers(graph).filter { $0.0 == "graph" || $0.0 == "schema" }
                + [("entities", .array([])), ("relations", .array([]))]
            stream.bytes.append(contentsOf: (JSONValue.object(meta).serialized(pretty: true) + "\n").utf8)
        case nodeFile: writeNodes(of: graph, to: &stream)
        case edgeFile: writeEdges(of: graph, to: &stream)
        case "sources.csv":
            CSVDocument.appendRecord(Self.sourceHeader, to: &stream.bytes)
            for source in graph.sources {
                CSVDocument.appendRecord([source.id, "Source", source.title ?? "", source.author ?? "", source.publisher ?? "",
                                          source.date?.description ?? "", source.url ?? "", source.file ?? "",
                                          source.reliability?.rawValue ?? ""], to: &stream.bytes)
                stream.itemEnded()
            }
        default:
            preconditionFailure("\(name) is not a file of a \(rawValue) export")
        }
    }

    /// Each text as a CSV field's bytes.
    private static func encodedFields(_ texts: [String]) -> [[UInt8]] {
        texts.map { text in
            var bytes: [UInt8] = []
            CSVDocument.appendField(text, to: &bytes)
            return bytes
        }
    }

    private func writeNodes(of graph: Graph, to stream: inout TextStream) {
        CSVDocument.appendRecord(nodeHeader, to: &stream.bytes)
        let bare = BareItems(graph, encoding: .csv)
        // Neo4j's label, per kind, encoded once.
        let labels = Self.encodedFields(graph.kindTable.map { Self.label($0.rawValue) })
        // A bare entity's fields after its kind: aliases, description, since, until and
        // attributes, all empty.
        let emptyTail = Array(",,,,,\n".utf8)
        for v in 0..<graph.nodeCount {
            stream.itemEnded()
            if bare.isBare(entity: v) {
                bare.appendID(v, into: &stream.bytes)
                stream.bytes.append(0x2C)
                if self == .neo4j {
                    stream.bytes.append(contentsOf: labels[Int(graph.kindCode(ofNode: v))])
                    stream.bytes.append(0x2C)
                }
                bare.appendName(v, into: &stream.bytes)
                stream.bytes.append(0x2C)
                stream.bytes.append(contentsOf: bare.kind(ofEntity: v))
                stream.bytes.append(contentsOf: emptyTail)
                continue
            }
            let entity = graph.entities[v]
            let aliases = self == .neo4j ? entity.aliases.joined(separator: String(Self.arrayDelimiter)) : entity.aliasesJSON ?? ""
            var row = [entity.id]
            if self == .neo4j { row.append(Self.label(entity.kind.rawValue)) }
            row += [entity.name, entity.kind.rawValue, aliases, entity.description ?? "", entity.since?.description ?? "",
                    entity.until?.description ?? "", Self.attributesJSON(entity.attributes)]
            CSVDocument.appendRecord(row, to: &stream.bytes)
        }
    }

    private func writeEdges(of graph: Graph, to stream: inout TextStream) {
        CSVDocument.appendRecord(edgeHeader, to: &stream.bytes)
        let bare = BareItems(graph, encoding: .csv)
        // Neo4j's relationship type, per relation type, encoded once.
        let neo4jTypes = Self.encodedFields(graph.relationTypeTable.map { Self.neo4jType($0.rawValue) })
        // A bare relation's fields after its type: weight, date, since, until, status,
        // source, quote and attributes, all empty.
        let emptyTail = Array(",,,,,,,,\n".utf8)
        for r in 0..<graph.relationCount {
            stream.itemEnded()
            if bare.isBare(relation: r) {
                let (from, to) = bare.ends(ofRelation: r)
                bare.appendID(from, into: &stream.bytes)
                stream.bytes.append(0x2C)
                bare.appendID(to, into: &stream.bytes)
                stream.bytes.append(0x2C)
                if self == .neo4j {
                    stream.bytes.append(contentsOf: neo4jTypes[Int(graph.typeCode(ofRelation: r))])
                    stream.bytes.append(0x2C)
                }
                stream.bytes.append(contentsOf: bare.type(ofRelation: r))
                stream.bytes.append(contentsOf: emptyTail)
                continue
            }
            let relation = graph.relations[r]
            var row = [relation.from, relation.to]
            row += self == .neo4j ? [Self.neo4jType(relation.type.rawValue), relation.type.rawValue] : [relation.type.rawValue]
            row += [relation.weight.map { "\($0)" } ?? "", relation.date?.description ?? "", relation.since?.description ?? "",
                    relation.until?.description ?? "", relation.status?.rawValue ?? "", relation.source ?? "", relation.quote ?? "",
                    Self.attributesJSON(relation.attributes)]
            CSVDocument.appendRecord(row, to: &stream.bytes)
        }
    }

    /// Reads a graph back from the files ``files(for:)`` writes; for ``neo4j``, also a folder
    /// of Neo4j's own import files or an APOC export.
    ///
    /// A Neo4j folder is netgraph's layout when it holds `graph.json` or its `nodes.csv` has a
    /// `kind` column (netgraph's export always writes both); otherwise it is read as Neo4j's
    /// files, each CSV file a node or a relationship file by its header.
    ///
    /// - Parameters:
    ///   - folder: names the folder in diagnostics.
    ///   - limits: caps field lengths.
    ///   - names: the folder's CSV files, for a folder of Neo4j's files (default: `nodes.csv`,
    ///     `relationships.csv` and `sources.csv`).
    ///   - readFile: returns the text of a file in the folder by name, or nil if absent.
    /// - Throws: ``GraphInputError`` with file, line and column.
    public func read(folder: String, limits: ReadLimits = .standard, names: [String]? = nil,
                     read readFile: (String) throws(GraphInputError) -> String?) throws(GraphInputError) -> Graph {
        func path(_ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }
        // Each file is read once, though the layout is told from two of them first.
        var texts: [String: String?] = [:]
        func read(_ name: String) throws(GraphInputError) -> String? {
            if let text = texts[name] { return text }
            let text = try readFile(name)
            texts[name] = text
            return text
        }
        if self == .neo4j, try read("graph.json") == nil, !(try read("nodes.csv").map(Self.headerHasKind) ?? false) {
            return try Neo4jImportReader(folder: folder, limits: limits)
                .read(names: names ?? ["nodes.csv", "relationships.csv", "sources.csv"], read: read)
        }
        // Each file is checked whole first (its errors come in the order a document of it would
        // give them), then read record by record into the builder: no document of every record
        // is kept, which made a large export take eight times its size in memory.
        func checked(_ name: String, required: Bool) throws(GraphInputError) -> (text: String, header: [String])? {
            guard let text = try read(name) else {
                if required { throw GraphInputError("missing \(name) in the folder", at: SourceLocation(file: path(name), line: 1, column: 1)) }
                return nil
            }
            return (text, try CSVDocument.checkedHeader(parsing: text, file: path(name), limits: limits).fields)
        }
        var name = "graph"
        var summary: String? = nil
        var schema = Schema.default
        if let meta = try read("graph.json") {
            let header = try NativeGraphReader(limits: limits).read(Array(meta.utf8), file: path("graph.json"))
            name = header.name
            summary = header.summary
            schema = header.schema
        }
        var builder = GraphBuilder(name: name, schema: schema)
        builder.summary = summary
        let (nodePath, edgePath, sourcePath) = (path(nodeFile), path(edgeFile), path("sources.csv"))
        guard let nodes = try checked(nodeFile, required: true), let edges = try checked(edgeFile, required: true) else {
            throw GraphInputError("missing CSV files", at: SourceLocation(file: folder, line: 1, column: 1))
        }
        let nodeColumns = try Columns(header: nodes.header, expected: nodeHeader, required: requiredNodeColumns, file: nodePath)
        let edgeColumns = try Columns(header: edges.header, expected: edgeHeader, required: requiredEdgeColumns, file: edgePath)
        if let sources = try checked("sources.csv", required: false) {
            let columns = try Columns(header: sources.header, expected: Self.sourceHeader, required: [Self.sourceHeader[0]], file: sourcePath)
            try CSVDocument.forEachRecord(parsing: sources.text, file: sourcePath, limits: limits) { record in
                var problems = Problems(file: sourcePath, line: record.line)
                let source = Source(id: columns.value(record, 0), title: columns.optional(record, 2), author: columns.optional(record, 3),
                                    publisher: columns.optional(record, 4), date: problems.date(columns.optional(record, 5), "date"),
                                    url: columns.optional(record, 6), file: columns.optional(record, 7),
                                    reliability: problems.reliability(columns.optional(record, 8)))
                problems.flush(into: &builder)
                builder.add(source, marks: .init(item: SourceLocation(file: sourcePath, line: record.line, column: 1)))
            }
        }
        let offset = self == .neo4j ? 1 : 0
        try CSVDocument.forEachRecord(parsing: nodes.text, file: nodePath, limits: limits) { record in
            var problems = Problems(file: nodePath, line: record.line)
            let aliasText = nodeColumns.value(record, 3 + offset)
            let aliases: [String] = self == .neo4j
                ? aliasText.split(separator: Self.arrayDelimiter, omittingEmptySubsequences: true).map(String.init)
                : problems.stringArray(aliasText, "aliases")
            let entity = Entity(id: nodeColumns.value(record, 0), kind: EntityKind(nodeColumns.value(record, 2 + offset)),
                                name: nodeColumns.has(1 + offset) ? nodeColumns.value(record, 1 + offset) : nodeColumns.value(record, 0),
                                aliases: aliases,
                                description: nodeColumns.optional(record, 4 + offset),
                                since: problems.date(nodeColumns.optional(record, 5 + offset), "since"),
                                until: problems.date(nodeColumns.optional(record, 6 + offset), "until"),
                                attributes: problems.attributes(nodeColumns.optional(record, 7 + offset)))
            problems.flush(into: &builder)
            builder.add(entity, marks: .init(item: SourceLocation(file: nodePath, line: record.line, column: 1)))
        }
        try CSVDocument.forEachRecord(parsing: edges.text, file: edgePath, limits: limits) { record in
            var problems = Problems(file: edgePath, line: record.line)
            let typeColumn = self == .neo4j ? 3 : 2
            let relation = Relation(from: edgeColumns.value(record, 0), to: edgeColumns.value(record, 1),
                                    type: RelationType(edgeColumns.value(record, typeColumn)),
                                    weight: problems.number(edgeColumns.optional(record, 3 + offset), "weight"),
                                    date: problems.date(edgeColumns.optional(record, 4 + offset), "date"),
                                    since: problems.date(edgeColumns.optional(record, 5 + offset), "since"),
                                    until: problems.date(edgeColumns.optional(record, 6 + offset), "until"),
                                    source: edgeColumns.optional(record, 8 + offset), quote: edgeColumns.optional(record, 9 + offset),
                                    status: problems.status(edgeColumns.optional(record, 7 + offset)),
                                    attributes: problems.attributes(edgeColumns.optional(record, 10 + offset)))
            problems.flush(into: &builder)
            builder.add(relation, marks: .init(item: SourceLocation(file: edgePath, line: record.line, column: 1)))
        }
        return try builder.build()
    }

    /// Whether a CSV text's header row has a `kind` column, as netgraph's export writes.
    static func headerHasKind(_ text: String) -> Bool {
        let header = text.prefix { $0 != "\n" && $0 != "\r\n" }
        return header.split(separator: ",").contains { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"\r\u{FEFF}")) == "kind" }
    }

    static func label(_ kind: String) -> String { kind.prefix(1).uppercased() + kind.dropFirst() }

    static func neo4jType(_ type: String) -> String {
        type.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    static func attributesJSON(_ attributes: [String: AttributeValue]) -> String {
        attributes.isEmpty ? "" : JSONValue(attributes: attributes).serialized()
    }
}

/// The header of a CSV file checked against what the dialect writes: the columns that say
/// what a row is (an id, a kind, two ends and a type) must be there; any other may be left
/// out, as a file written by another tool often leaves out what it has no value for, and
/// reads as empty.
private struct Columns {
    let positions: [Int]

    init(header: [String], expected: [String], required: Set<String>, file: String) throws(GraphInputError) {
        var positions: [Int] = []
        for name in expected {
            guard let index = header.firstIndex(of: name) else {
                if required.contains(name) {
                    throw GraphInputError("missing column '\(name)' (expected: \(expected.joined(separator: ",")); only \(required.sorted().joined(separator: ", ")) are required)",
                                          at: SourceLocation(file: file, line: 1, column: 1))
                }
                positions.append(-1)
                continue
            }
            positions.append(index)
        }
        self.positions = positions
    }

    func has(_ column: Int) -> Bool { positions[column] >= 0 }

    func value(_ record: CSVDocument.Record, _ column: Int) -> String { has(column) ? record.fields[positions[column]] : "" }

    func optional(_ record: CSVDocument.Record, _ column: Int) -> String? {
        let text = value(record, column)
        return text.isEmpty ? nil : text
    }
}

/// Field-level problems of one CSV record, reported through the builder with its line.
private struct Problems {
    let file: String
    let line: Int
    var found: [Diagnostic] = []

    init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    private mutating func report(_ message: String) {
        found.append(Diagnostic(message, at: SourceLocation(file: file, line: line, column: 1)))
    }

    mutating func date(_ text: String?, _ field: String) -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(text) else { report("'\(field)': '\(text)' is not a date"); return nil }
        return date
    }

    mutating func number(_ text: String?, _ field: String) -> Double? {
        guard let text else { return nil }
        let reading = NumberText.read(text)
        guard case .value(let value) = reading else {
            report("'\(field)': '\(text.prefix(40))' is \(NumberText.problem(reading, notANumber: "not a finite number")!)")
            return nil
        }
        return value
    }

    mutating func reliability(_ text: String?) -> SourceReliability? {
        guard let text else { return nil }
        guard let grade = SourceReliability(rawValue: text) else { report("reliability '\(text.prefix(40))' is not a grade A–F"); return nil }
        return grade
    }

    mutating func status(_ text: String?) -> RelationStatus? {
        guard let text else { return nil }
        guard let status = RelationStatus(rawValue: text) else { report("unknown status '\(text)'"); return nil }
        return status
    }

    mutating func stringArray(_ text: String, _ field: String) -> [String] {
        if text.isEmpty { return [] }
        guard case .array(let items)? = try? JSONValue.parse(text), items.allSatisfy({ if case .string = $0 { return true }; return false }) else {
            report("'\(field)' must be a JSON list of strings")
            return []
        }
        return items.compactMap { if case .string(let s) = $0 { return s }; return nil }
    }

    mutating func attributes(_ text: String?) -> [String: AttributeValue] {
        guard let text else { return [:] }
        let parsed: JSONValue
        do {
            parsed = try JSONValue.parse(text)
        } catch {
            report(JSONValue.isNumberOutOfRange(error) ? "'attributes': \(error.diagnostics[0].message)" : "'attributes' must be a JSON object")
            return [:]
        }
        guard case .object(let members) = parsed else { report("'attributes' must be a JSON object"); return [:] }
        var result: [String: AttributeValue] = [:]
        for (key, member) in members {
            guard let value = AttributeValue(json: member) else {
                report("attribute '\(key)' must be a single value")
                continue
            }
            result[key] = value
        }
        return result
    }

    func flush(into builder: inout GraphBuilder) {
        for diagnostic in found { builder.report(diagnostic) }
    }
}
