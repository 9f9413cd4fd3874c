/// Reads relations from any spreadsheet's CSV — a call log, a payment ledger, a list of
/// meetings — through a mapping of its columns, and optionally entities from a second sheet.
///
/// What a sheet may look like: a header row naming the columns; fields separated by `,`,
/// `;` or tabs (detected from the header row unless ``Mapping/separator`` is set); a
/// byte-order mark and CRLF line ends, as Excel writes them.
///
/// Rules:
/// - Each row of the relations sheet is one relation from ``Mapping/fromColumn`` to
///   ``Mapping/toColumn``, of ``Mapping/type`` or of the type in ``Mapping/typeColumn``.
/// - A type named by ``Mapping/type`` is declared if the schema lacks it (it comes from the
///   command line, so it is meant); a type read from the sheet must be known unless
///   ``Mapping/allowNewTypes``. New types are directed and join any kinds.
/// - Entities are the rows of the entity sheet (``Mapping/idColumn``, and name, kind and
///   aliases columns when present); an end that no entity row names is created with
///   ``Mapping/kind``, named by the cell's text. Without that kind, such an end is an error.
/// - A cell names an entity as written (`Juan Pérez`, `0044 555 0101`); its id is that text
///   with each run of spaces made one `-` and control characters dropped (ids are one
///   visible token), `-2`, `-3`… added when two different cells would give the same id. The
///   entity keeps the cell's text as its name.
/// - Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a time after the day (`2020-06-26 14:30`,
///   `2020-06-26T14:30:00`) is dropped, as netgraph's dates are days. A source named in
///   ``Mapping/sourceColumn`` that the graph does not list is added with its id only.
/// - Every column the mapping does not name becomes an attribute, kept as text (so a phone
///   number's leading zeros survive); empty cells are absent.
/// - Every problem is reported at the FILE:LINE:COL of its cell, all at once.
public struct SpreadsheetImport: Sendable {
    /// Which column holds what.
    public struct Mapping: Sendable {
        public var fromColumn: String
        public var toColumn: String
        /// The type of every relation, unless ``typeColumn`` is set.
        public var type: RelationType?
        public var typeColumn: String?
        public var dateColumn: String?
        public var sinceColumn: String?
        public var untilColumn: String?
        public var statusColumn: String?
        public var sourceColumn: String?
        public var quoteColumn: String?
        public var weightColumn: String?
        /// The kind of ends that no entity row lists.
        public var kind: EntityKind?
        /// Entity sheet columns.
        public var idColumn = "id"
        public var nameColumn = "name"
        public var kindColumn = "kind"
        public var aliasesColumn = "aliases"
        /// Admit relation types and entity kinds the schema does not have.
        public var allowNewTypes = false
        /// The field separator; nil detects it from each sheet's header row.
        public var separator: Unicode.Scalar?

        public init(fromColumn: String, toColumn: String) {
            self.fromColumn = fromColumn
            self.toColumn = toColumn
        }
    }

    public var mapping: Mapping
    public var limits: ReadLimits
    /// The schema the graph starts from (the default vocabulary unless told otherwise).
    public var schema: Schema

    public init(mapping: Mapping, limits: ReadLimits = .standard, schema: Schema = .default) {
        self.mapping = mapping
        self.limits = limits
        self.schema = schema
    }

    /// Reads the relations sheet `relations` (named `relationsFile` in diagnostics) and the
    /// optional entity sheet.
    ///
    /// - Throws: ``GraphInputError`` with every problem found, each at its cell.
    /// - Complexity: O(total size of the sheets).
    public func read(relations: [UInt8], relationsFile: String, entities: [UInt8]? = nil,
                     entitiesFile: String = "entities.csv") throws(GraphInputError) -> Graph {
        let relationSheet = try sheet(relations, file: relationsFile)
        let entitySheet = try entities.map { (bytes) throws(GraphInputError) in try sheet(bytes, file: entitiesFile) }
        var schema = self.schema
        var problems: [Diagnostic] = []
        func report(_ message: String, _ file: String, _ record: CSVDocument.Record, _ column: Int) {
            let start: (line: Int, column: Int) = column < record.starts.count ? record.starts[column] : (record.line, 1)
            problems.append(Diagnostic(message, at: SourceLocation(file: file, line: start.line, column: start.column)))
        }
        func column(_ name: String?, in sheet: CSVDocument, file: String, required: Bool) throws(GraphInputError) -> Int? {
            guard let name else { return nil }
            if let index = sheet.header.firstIndex(of: name) { return index }
            if !required { return nil }
            throw GraphInputError("no column '\(name)' (the header has: \(sheet.header.joined(separator: ", ")))",
                                  at: SourceLocation(file: file, line: 1, column: 1))
        }
        var ids = EntityIDMaker()
        if let kind = mapping.kind, !schema.contains(kind) { schema.add(kind) }
        if let type = mapping.type, schema.declaration(of: type) == nil {
            schema.declare(RelationDeclaration(type, directed: true))
        }

        // Entities first, so the relations' ends can be checked against them.
        var entityList: [Entity] = []
        var entityLines: [SourceLocation] = []
        var listed: Set<String> = []
        if let entitySheet {
            let file = entitiesFile
            let id = try column(mapping.idColumn, in: entitySheet, file: file, required: true)!
            let name = try column(mapping.nameColumn, in: entitySheet, file: file, required: false)
            let kind = try column(mapping.kindColumn, in: entitySheet, file: file, required: mapping.kind == nil)
            let aliases = try column(mapping.aliasesColumn, in: entitySheet, file: file, required: false)
            let named = Set([id, name, kind, aliases].compactMap { $0 })
            for record in entitySheet.records {
                let cell = record.fields[id].trimmed
                if cell.isEmpty { report("the entity has no id", file, record, id); continue }
                let entityID = ids.id(for: cell)
                var entityKind = mapping.kind
                if let kind {
                    let text = record.fields[kind].trimmed
                    if !text.isEmpty { entityKind = EntityKind(text) }
                }
                guard let entityKind else { report("the entity '\(entityID)' has no kind (give it in '\(mapping.kindColumn)' or with a default kind)", file, record, kind ?? id); continue }
                if !schema.contains(entityKind) {
                    if mapping.allowNewTypes { schema.add(entityKind) } else {
                        report("unknown kind '\(entityKind)' (known: \(schema.kinds.map(\.rawValue).joined(separator: ", ")); allow new kinds and types to add it)", file, record, kind ?? id)
                        continue
                    }
                }
                let nameText = name.map { record.fields[$0].trimmed } ?? ""
                let aliasList = aliases.map { record.fields[$0].split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty } } ?? []
                entityList.append(Entity(id: entityID, kind: entityKind, name: nameText.isEmpty ? cell : nameText, aliases: aliasList,
                                         attributes: Self.attributes(record, header: entitySheet.header, excluding: named)))
                entityLines.append(SourceLocation(file: file, line: record.line, column: 1))
                listed.insert(cell)
            }
        }

        let file = relationsFile
        let from = try column(mapping.fromColumn, in: relationSheet, file: file, required: true)!
        let to = try column(mapping.toColumn, in: relationSheet, file: file, required: true)!
        let typeColumn = try column(mapping.typeColumn, in: relationSheet, file: file, required: true)
        let date = try column(mapping.dateColumn, in: relationSheet, file: file, required: true)
        let since = try column(mapping.sinceColumn, in: relationSheet, file: file, required: true)
        let until = try column(mapping.untilColumn, in: relationSheet, file: file, required: true)
        let status = try column(mapping.statusColumn, in: relationSheet, file: file, required: true)
        let source = try column(mapping.sourceColumn, in: relationSheet, file: file, required: true)
        let quote = try column(mapping.quoteColumn, in: relationSheet, file: file, required: true)
        let weight = try column(mapping.weightColumn, in: relationSheet, file: file, required: true)
        if typeColumn == nil && mapping.type == nil {
            throw GraphInputError("the relations need a type: one for every row, or a column that holds it",
                                  at: SourceLocation(file: file, line: 1, column: 1))
        }
        let named = Set([from, to, typeColumn, date, since, until, status, source, quote, weight].compactMap { $0 })
        var relationList: [Relation] = []
        var relationLines: [SourceLocation] = []
        var created: [String] = []
        var sources: [String] = []
        var knownSources: Set<String> = []
        for record in relationSheet.records {
            let ends = (record.fields[from].trimmed, record.fields[to].trimmed)
            var ok = true
            for (end, index) in [(ends.0, from), (ends.1, to)] where end.isEmpty {
                report("the relation has no \(index == from ? "from" : "to") entity", file, record, index)
                ok = false
            }
            var type = mapping.type
            if let typeColumn {
                let text = record.fields[typeColumn].trimmed
                if text.isEmpty {
                    if type == nil { report("the relation has no type", file, record, typeColumn); ok = false }
                } else {
                    type = RelationType(text)
                }
            }
            if let known = type, schema.declaration(of: known) == nil {
                if mapping.allowNewTypes {
                    schema.declare(RelationDeclaration(known, directed: true))
                } else {
                    report("unknown relation type '\(known)' (name it as the type of every row, or allow new types)", file, record, typeColumn ?? from)
                    ok = false
                }
            }
            func dateValue(_ index: Int?, _ field: String) -> PartialDate? {
                guard let index else { return nil }
                var text = record.fields[index].trimmed
                if text.isEmpty { return nil }
                // A spreadsheet's date-time: the day is what netgraph keeps.
                if text.count > 10, let separator = text.dropFirst(10).first, separator == "T" || separator == " " {
                    text = String(text.prefix(10))
                }
                guard let value = PartialDate(text) else {
                    report("'\(field)': '\(record.fields[index].trimmed)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", file, record, index)
                    ok = false
                    return nil
                }
                return value
            }
            let dateValue0 = dateValue(date, mapping.dateColumn ?? "date")
            let sinceValue = dateValue(since, mapping.sinceColumn ?? "since")
            let untilValue = dateValue(until, mapping.untilColumn ?? "until")
            var statusValue: RelationStatus? = nil
            if let status {
                let text = record.fields[status].trimmed.lowercased()
                if !text.isEmpty && text != "stated" && text != "fact" {
                    statusValue = RelationStatus(rawValue: text)
                    if statusValue == nil {
                        report("unknown status '\(record.fields[status].trimmed)' (known: \(RelationStatus.allCases.map(\.rawValue).joined(separator: ", ")), or empty for a fact)", file, record, status)
                        ok = false
                    }
                }
            }
            var weightValue: Double? = nil
            if let weight {
                let text = record.fields[weight].trimmed
                if !text.isEmpty {
                    let reading = NumberText.read(text)
                    if case .value(let value) = reading {
                        weightValue = value
                    } else {
                        report("'\(mapping.weightColumn!)': '\(text.prefix(40))' is \(NumberText.problem(reading, notANumber: "not a finite number")!)",
                               file, record, weight)
                        ok = false
                    }
                }
            }
            let sourceID = source.map { record.fields[$0].trimmed }.flatMap { $0.isEmpty ? nil : $0 }
            let quoteText = quote.map { record.fields[$0] }.flatMap { $0.trimmed.isEmpty ? nil : $0 }
            guard ok, let type else { continue }
            if let sourceID, knownSources.insert(sourceID).inserted { sources.append(sourceID) }
            for end in [ends.0, ends.1] where !listed.contains(end) {
                listed.insert(end)
                created.append(end)
            }
            relationList.append(Relation(from: ids.id(for: ends.0), to: ids.id(for: ends.1), type: type, weight: weightValue, date: dateValue0,
                                         since: sinceValue, until: untilValue, source: sourceID, quote: quoteText, status: statusValue,
                                         attributes: Self.attributes(record, header: relationSheet.header, excluding: named)))
            relationLines.append(SourceLocation(file: file, line: record.line, column: 1))
        }
        if !created.isEmpty && mapping.kind == nil {
            let shown = created.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (created.count > 5 ? ", ..." : "")
            problems.append(Diagnostic("\(created.count) relation end\(created.count == 1 ? " is" : "s are") in no entity row (\(shown)); give the kind to create them with",
                                       at: SourceLocation(file: file, line: 1, column: 1)))
        }
        if !problems.isEmpty { throw GraphInputError(problems).capped() }

        var builder = GraphBuilder(name: EdgeListReader.graphName(file), schema: schema)
        for id in sources { builder.add(Source(id: id)) }
        for (entity, line) in zip(entityList, entityLines) { builder.add(entity, marks: .init(item: line)) }
        for cell in created { builder.add(Entity(id: ids.id(for: cell), kind: mapping.kind!, name: cell)) }
        for (relation, line) in zip(relationList, relationLines) { builder.add(relation, marks: .init(item: line)) }
        return try builder.build()
    }

    private func sheet(_ bytes: [UInt8], file: String) throws(GraphInputError) -> CSVDocument {
        try limits.checkSize(of: bytes, file: file)
        let text = try TextDecoding.utf8(bytes, file: file)
        return try CSVDocument(parsing: text, file: file, limits: limits, separator: mapping.separator ?? CSVDocument.detectSeparator(text))
    }

    /// The cells of the columns no mapping names, as text attributes under their headers.
    private static func attributes(_ record: CSVDocument.Record, header: [String], excluding named: Set<Int>) -> [String: AttributeValue] {
        var result: [String: AttributeValue] = [:]
        for (index, name) in header.enumerated() where !named.contains(index) && !name.trimmed.isEmpty {
            let value = record.fields[index]
            if !value.trimmed.isEmpty { result[name.trimmed] = .string(value) }
        }
        return result
    }
}

/// Ids for the texts of cells: the same text always gets the same id, different texts never
/// share one.

private extension String {
    var trimmed: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
