import Foundation

/// Reads a folder of CSV files written for `neo4j-admin database import`, or by APOC's
/// `apoc.export.csv.all` (one file, `_id,_labels,…,_start,_end,_type,…`), as a graph:
/// Neo4j's own export layout, not netgraph's (``CSVGraphFormat/neo4j`` reads that).
///
/// - A file whose header has an `:ID` column is a node file; one with `:START_ID` and
///   `:END_ID` a relationship file; APOC's file holds both (a row with an `_id` is a node).
/// - **Ids**: the `:ID` value, within its id space (`:ID(Person)`); relationships name their
///   ends in theirs (`:START_ID(Person)`). A value used in two id spaces becomes
///   `Space:value` in both, so neither is lost; a value netgraph's id rule refuses (a space, a
///   control character) is made one token as ``EntityIDMaker`` makes it (`Keanu Reeves` →
///   `Keanu-Reeves`).
/// - **Names**: the `name` column, else `title` (the first with a value), else the id value
///   as written.
/// - **Kinds**: the first label, lower-cased; a known kind when it names one (`Person` →
///   `person`), otherwise declared in the graph's schema (`Movie` → `movie`). A node
///   without a label is of kind `node`, as in the formats that have no kinds.
/// - **Types**: `:TYPE`, a known type when it is that type in Neo4j's upper snake case
///   (`LEADS` → `leads`), otherwise declared, lower-cased and directed (`ACTED_IN` → `acted_in`).
/// - **Properties**: every other column, by its declared type: numbers (`int`, `long`, `float`,
///   `double`, `short`, `byte`) must read as finite numbers, `boolean` as `true` or `false`;
///   arrays (`roles:string[]`, split at `;`, Neo4j's default array delimiter) are kept as a
///   JSON list text; other types as their text. Empty fields are absent values. A
///   relationship's `weight` is its weight. APOC's columns carry no types, so their values
///   are kept as text.
///
/// Problems are reported at their FILE:LINE:COL, all at once.
struct Neo4jImportReader {
    var folder: String
    var limits: ReadLimits

    /// Reads the files named `names` (in that order) through `read`.
    func read(names: [String], read: (String) throws(GraphInputError) -> String?) throws(GraphInputError) -> Graph {
        var files: [File] = []
        for name in names {
            guard let text = try read(name) else { continue }
            let document = try CSVDocument(parsing: text, file: path(name), limits: limits)
            files.append(try File(document, path: path(name)))
        }
        guard files.contains(where: \.hasNodes) else {
            throw GraphInputError("no node file in the folder (a CSV file whose header has an :ID column, such as 'personId:ID(Person)')",
                                  at: SourceLocation(file: folder, line: 1, column: 1))
        }
        var problems: [Diagnostic] = []

        // Ids: a value used in two id spaces keeps both, qualified by their space.
        var spacesOfValue: [String: Set<String>] = [:]
        for file in files {
            for record in file.document.records where file.isNode(record) {
                spacesOfValue[record.fields[file.idColumn!], default: []].insert(file.idSpace)
            }
        }
        func text(_ value: String, space: String) -> String {
            (spacesOfValue[value]?.count ?? 0) > 1 ? "\(space.isEmpty ? "ID" : space):\(value)" : value
        }
        var maker = EntityIDMaker()
        for (value, spaces) in spacesOfValue {
            for space in spaces {
                let candidate = text(value, space: space)
                if GraphBuilder.idProblem(candidate) == nil { maker.reserve(candidate) }
            }
        }
        var idOf: [NodeKey: String] = [:]
        func entityID(_ value: String, space: String) -> String {
            if let id = idOf[NodeKey(space: space, value: value)] { return id }
            let candidate = text(value, space: space)
            let id = candidate.isEmpty || GraphBuilder.idProblem(candidate) == nil ? candidate : maker.id(for: candidate)
            idOf[NodeKey(space: space, value: value)] = id
            return id
        }

        var schema = Schema.default
        var entities: [(Entity, SourceLocation)] = []
        var relations: [(Relation, SourceLocation)] = []
        for file in files {
            for record in file.document.records {
                let at = SourceLocation(file: file.path, line: record.line, column: 1)
                var found = FieldProblems(file: file.path, record: record)
                if file.isNode(record) {
                    let value = record.fields[file.idColumn!]
                    let kind = Self.kind(file.labels(record).first, in: &schema)
                    var entity = Entity(id: entityID(value, space: file.idSpace), kind: kind, name: value)
                    if let named = file.nameColumns.first(where: { !record.fields[$0].isEmpty }) { entity.name = record.fields[named] }
                    entity.attributes = file.properties(record, of: file.nodeProperties, problems: &found)
                    entities.append((entity, at))
                } else {
                    let start = record.fields[file.startColumn!], end = record.fields[file.endColumn!]
                    let typeText = file.typeColumn.map { record.fields[$0] } ?? ""
                    var ends: [String] = []
                    for (value, space, column) in [(start, file.startSpace, file.startColumn!), (end, file.endSpace, file.endColumn!)] {
                        if spacesOfValue[value]?.contains(space) == true {
                            ends.append(entityID(value, space: space))
                        } else {
                            found.report("relationship refers to unknown node '\(value.prefix(40))'" + (space.isEmpty ? "" : " in id space '\(space)'"), column: column)
                        }
                    }
                    if typeText.isEmpty { found.report("the relationship has no type (:TYPE)", column: file.typeColumn!) }
                    guard ends.count == 2, !typeText.isEmpty else {
                        found.flush(into: &problems)
                        continue
                    }
                    var attributes = file.properties(record, of: file.relationshipProperties, problems: &found)
                    var weight: Double? = nil
                    if case .number(let number)? = attributes["weight"] { weight = number; attributes["weight"] = nil }
                    let relation = Relation(from: ends[0], to: ends[1], type: Self.type(typeText, in: &schema), weight: weight, attributes: attributes)
                    relations.append((relation, at))
                }
                found.flush(into: &problems)
            }
        }
        let name = URL(fileURLWithPath: folder).lastPathComponent
        var builder = GraphBuilder(name: name.isEmpty ? "graph" : name, schema: schema)
        for problem in problems { builder.report(problem) }
        for (entity, at) in entities { builder.add(entity, marks: .init(item: at)) }
        for (relation, at) in relations { builder.add(relation, marks: .init(item: at)) }
        return try builder.build()
    }

    private func path(_ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }

    /// The kind a label names: a known kind, compared without case, or a new one, declared.
    static func kind(_ label: String?, in schema: inout Schema) -> EntityKind {
        guard let label, !label.isEmpty else {
            schema.add(.node)
            return .node
        }
        if let known = schema.kinds.first(where: { $0.rawValue.lowercased() == label.lowercased() }) { return known }
        let kind = EntityKind(label.lowercased())
        schema.add(kind)
        return kind
    }

    /// The relation type a `:TYPE` names: a known type written as the Neo4j export writes it
    /// (``CSVGraphFormat/neo4jType(_:)``), or a new directed one, declared.
    static func type(_ text: String, in schema: inout Schema) -> RelationType {
        if let known = schema.relations.first(where: { CSVGraphFormat.neo4jType($0.type.rawValue) == text || $0.type.rawValue == text }) {
            return known.type
        }
        let type = RelationType(text.lowercased())
        if schema.declaration(of: type) == nil { schema.declare(RelationDeclaration(type, directed: true)) }
        return type
    }

    private struct NodeKey: Hashable {
        var space: String
        var value: String
    }

    /// One CSV file and what its header says its columns are.
    private struct File {
        let document: CSVDocument
        let path: String
        let fields: [Neo4jHeaderField]
        let isAPOC: Bool
        var idColumn: Int?
        var idSpace = ""
        var startColumn: Int?
        var startSpace = ""
        var endColumn: Int?
        var endSpace = ""
        var typeColumn: Int?
        var labelColumn: Int?
        /// The `name` column, then the `title` column: the first with a value names a node.
        var nameColumns: [Int] = []
        var nodeProperties: [Int] = []
        var relationshipProperties: [Int] = []

        var hasNodes: Bool { idColumn != nil }

        init(_ document: CSVDocument, path: String) throws(GraphInputError) {
            self.document = document
            self.path = path
            let header = document.header
            isAPOC = header.contains("_id") && header.contains("_start") && header.contains("_end")
            var fields: [Neo4jHeaderField] = []
            for (index, column) in header.enumerated() {
                let place = SourceLocation(file: path, line: 1, column: document.headerStarts.indices.contains(index) ? document.headerStarts[index].column : 1)
                switch Neo4jHeaderField.parse(column, apoc: isAPOC) {
                case .success(let field): fields.append(field)
                case .failure(let problem): throw GraphInputError(problem.message, at: place)
                }
                func once(_ slot: inout Int?, _ what: String) throws(GraphInputError) {
                    if slot != nil { throw GraphInputError("a second \(what) column ('\(column.prefix(60))'): composite ids and repeated columns are not read", at: place) }
                    slot = index
                }
                switch fields[index].role {
                case .id(let space): try once(&idColumn, ":ID"); idSpace = space
                case .startID(let space): try once(&startColumn, ":START_ID"); startSpace = space
                case .endID(let space): try once(&endColumn, ":END_ID"); endSpace = space
                case .type: try once(&typeColumn, ":TYPE")
                case .labels: try once(&labelColumn, ":LABEL")
                case .ignore: break
                case .property: break
                }
            }
            self.fields = fields
            let start = SourceLocation(file: path, line: 1, column: 1)
            if (startColumn == nil) != (endColumn == nil) {
                throw GraphInputError("a relationship file needs both :START_ID and :END_ID columns", at: start)
            }
            if idColumn == nil && startColumn == nil {
                throw GraphInputError("neither a node file (an :ID column, such as 'personId:ID(Person)') nor a relationship file (:START_ID and :END_ID)", at: start)
            }
            if !isAPOC && idColumn != nil && startColumn != nil {
                throw GraphInputError("both :ID and :START_ID columns: a file holds nodes or relationships, not both", at: start)
            }
            if startColumn != nil && typeColumn == nil {
                throw GraphInputError("a relationship file needs a :TYPE column (netgraph needs each relationship's type)", at: start)
            }
            let properties = fields.indices.filter { if case .property = fields[$0].role { return true }; return false }
            // APOC lists node properties before `_start`, relationship properties after it.
            let nodeSide = isAPOC ? properties.filter { $0 < startColumn! } : properties
            nameColumns = ["name", "title"].compactMap { name in nodeSide.first { fields[$0].name == name } }
            nodeProperties = nodeSide.filter { !nameColumns.contains($0) }
            relationshipProperties = isAPOC ? properties.filter { $0 > startColumn! } : properties
        }

        func isNode(_ record: CSVDocument.Record) -> Bool {
            guard let idColumn else { return false }
            return !isAPOC || !record.fields[idColumn].isEmpty
        }

        func labels(_ record: CSVDocument.Record) -> [String] {
            guard let labelColumn else { return [] }
            let separators: Set<Character> = isAPOC ? [":"] : [";", CSVGraphFormat.arrayDelimiter]
            return record.fields[labelColumn].split(whereSeparator: { separators.contains($0) }).map(String.init).filter { !$0.isEmpty }
        }

        func properties(_ record: CSVDocument.Record, of columns: [Int], problems: inout FieldProblems) -> [String: AttributeValue] {
            var result: [String: AttributeValue] = [:]
            for column in columns {
                let text = record.fields[column]
                guard !text.isEmpty, case .property(let type, let array) = fields[column].role else { continue }
                let name = fields[column].name
                if array {
                    let items = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                    var values: [JSONValue] = []
                    for item in items {
                        guard let value = problems.value(item, type, name, column: column) else { continue }
                        switch value {
                        case .number(let number): values.append(number == number.rounded() && abs(number) < 1e15 ? .int(Int(number)) : .double(number))
                        case .bool(let flag): values.append(.bool(flag))
                        case .string(let string): values.append(.string(string))
                        }
                    }
                    result[name] = .string(JSONValue.array(values).serialized())
                } else if let value = problems.value(text, type, name, column: column) {
                    result[name] = value
                }
            }
            return result
        }
    }

    /// Problems of one record's fields, each at its field's line and column.
    private struct FieldProblems {
        let file: String
        let record: CSVDocument.Record
        var found: [Diagnostic] = []

        init(file: String, record: CSVDocument.Record) {
            self.file = file
            self.record = record
        }

        mutating func report(_ message: String, column: Int) {
            let start: (line: Int, column: Int) = record.starts.indices.contains(column) ? record.starts[column] : (record.line, 1)
            found.append(Diagnostic(message, at: SourceLocation(file: file, line: start.line, column: start.column)))
        }

        mutating func value(_ text: String, _ type: Neo4jHeaderField.ValueType, _ name: String, column: Int) -> AttributeValue? {
            if type.isNumber {
                let reading = NumberText.read(text)
                guard case .value(let number) = reading else {
                    report("'\(name.prefix(40))': '\(text.prefix(40))' is \(NumberText.problem(reading, notANumber: "not a finite number")!) (the column is \(type.rawValue))", column: column)
                    return nil
                }
                return .number(number)
            }
            if type == .boolean {
                switch text.lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default:
                    report("'\(name.prefix(40))': '\(text.prefix(40))' is not true or false (the column is boolean)", column: column)
                    return nil
                }
            }
            return .string(text)
        }

        func flush(into problems: inout [Diagnostic]) { problems += found }
    }
}
