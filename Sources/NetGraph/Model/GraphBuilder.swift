/// Collects the parts of a graph into columns and checks them all at once, so a reader can
/// report every problem in a file rather than only the first.
///
/// ```swift
/// var builder = GraphBuilder(name: "demo")
/// builder.add(Entity(id: "cjng", kind: .cartel, name: "CJNG"))
/// builder.add(Entity(id: "mencho", kind: .person, name: "El Mencho"))
/// builder.add(Relation(from: "mencho", to: "cjng", type: "leads"))
/// let graph = try builder.build()
/// ```
///
/// Each part is stored in the graph's columns as it is added (see ``Graph``): no array of ``Relation`` values is kept, and a relation's endpoints
/// are resolved to entity rows at once when their entities came first, as they do in every
/// file netgraph writes.
public struct GraphBuilder: Sendable {
    /// Where each part and its fields were written, for diagnostics.
    ///
    /// Field places are kept as a short list of (name, line, column) in the item's file, not
    /// a dictionary: a reader makes one per entity and relation, and a dictionary each was
    /// most of what reading a large typed file allocated.
    public struct Marks: Sendable {
        public var item: SourceLocation?
        private var fieldMarks: [FieldMark] = []

        struct FieldMark: Sendable {
            var name: String
            var line: Int32
            var column: Int32
        }

        public init(item: SourceLocation? = nil, fields: [String: SourceLocation] = [:]) {
            self.item = item
            // Readers make empty marks per item: sorting an empty dictionary still costs.
            guard !fields.isEmpty else { return }
            for (name, location) in fields.sorted(by: { $0.key < $1.key }) {
                fieldMarks.append(FieldMark(name: name, line: Int32(clamping: location.line), column: Int32(clamping: location.column)))
            }
        }

        /// Marks of an item at `item` whose fields stand at the given places of the same file.
        init(item: SourceLocation, fieldPlaces: [(name: String, line: Int, column: Int)]) {
            self.item = item
            fieldMarks = fieldPlaces.map { FieldMark(name: $0.name, line: Int32(clamping: $0.line), column: Int32(clamping: $0.column)) }
        }

        /// Where each field was written (in the item's file).
        public var fields: [String: SourceLocation] {
            Dictionary(fieldMarks.map { ($0.name, place($0)) }, uniquingKeysWith: { first, _ in first })
        }

        /// Where `field` was written, or nil when the marks do not say.
        public func location(ofField field: String) -> SourceLocation? {
            fieldMarks.first { $0.name == field }.map(place)
        }

        /// Where `field` was written, else where the item was.
        public func location(of field: String) -> SourceLocation? { location(ofField: field) ?? item }

        private func place(_ mark: FieldMark) -> SourceLocation {
            SourceLocation(file: item?.file ?? "", line: Int(mark.line), column: Int(mark.column))
        }

        var isEmpty: Bool { item == nil && fieldMarks.isEmpty }
    }

    public var name: String
    public var summary: String?
    public var schema: Schema
    /// Whether every relation must cite a source and quote it (the native format's rule for
    /// curated graphs); formats without provenance turn it off.
    public var requiresEvidence: Bool
    private var sources: [(Source, Marks)] = []
    private var columns = GraphColumns()
    private var quotes = TextArena()
    private var kindCodes: [EntityKind: UInt16] = [:]
    private var typeCodes: [RelationType: UInt16] = [:]
    /// The code of the last kind and type added: parts of one kind or type often come in a
    /// run, and comparing two short strings costs less than hashing one.
    private var lastKind: (kind: EntityKind, code: UInt16)?
    private var lastType: (type: RelationType, code: UInt16)?
    /// The row of each entity id; the first entity of an id wins.
    private var rowByID = EntityRowIndex()
    /// The last `from` id found and its row: files list a node's relations together (edge
    /// lists sorted by source, netgraph's own writers), and a repeated id then costs one
    /// comparison instead of a hash lookup. A row, once found, never changes (a repeated
    /// entity keeps the first row).
    private var lastFrom: (id: String, row: Int32)?
    /// Relation endpoints not yet known when their relation was added, by relation row.
    private var pendingEndpoints: [Int: (from: String, to: String)] = [:]
    /// Ids of the sources relations cite, by cited-source code (sources may come after).
    private var citedSources = TextArena()
    /// Where a part added without marks is placed in messages: a reader of a format that
    /// keeps no positions (DOT, through Graphviz) places every part at one spot, and marks
    /// kept per part to say so were a tenth of reading a large file (perf).
    package var unmarkedPlace: SourceLocation?
    private var entityMarks = SparseColumn<Marks>()
    private var relationMarks = SparseColumn<Marks>()
    private var diagnostics: [Diagnostic] = []
    /// Weights that are not finite, by relation row, reported in file order by ``build()``.
    private var invalidWeights: [Int: Double] = [:]

    public init(name: String, schema: Schema = .default, requiresEvidence: Bool = false) {
        self.name = name
        self.schema = schema
        self.requiresEvidence = requiresEvidence
    }

    public mutating func add(_ source: Source, marks: Marks = Marks()) { sources.append((source, marks)) }

    public mutating func add(_ entity: Entity, marks: Marks = Marks()) {
        let row = columns.entities.count
        let code: UInt16
        if let last = lastKind, last.kind == entity.kind {
            code = last.code
        } else {
            code = Self.code(of: entity.kind, in: &kindCodes, table: &columns.entities.kindTable)
            lastKind = (entity.kind, code)
        }
        columns.entities.append(entity, kindCode: code)
        rowByID.insert(entity.id, row: Int32(truncatingIfNeeded: row))
        if !marks.isEmpty { entityMarks.append(marks, at: row) }
    }

    public mutating func add(_ relation: Relation, marks: Marks = Marks()) {
        let from: Int32?
        if let last = lastFrom, last.id == relation.from {
            from = last.row
        } else {
            from = rowByID.row(of: relation.from)
            if let from { lastFrom = (relation.from, from) }
        }
        let to = rowByID.row(of: relation.to)
        if from == nil || to == nil { pendingEndpoints[columns.relations.count] = (relation.from, relation.to) }
        append(from: from ?? -1, to: to ?? -1, type: relation.type, weight: relation.weight, date: relation.date,
               since: relation.since, until: relation.until, status: relation.status, source: relation.source,
               quote: relation.quote, attributes: relation.attributes, marks: marks)
    }

    /// The row of the entity added first with the id whose UTF-8 bytes are `bytes`, if any:
    /// for a reader that finds a relation's ends without making strings of them.
    package func entityRow(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int32? { rowByID.row(ofUTF8: bytes) }

    /// Adds a relation of `type` with the given fields between the entities at rows `endpoints`
    /// (from ``entityRow(ofUTF8:)``), without marks: how a reader adds an edge without making
    /// a ``Relation`` of it (making, copying and destroying one was a tenth of reading igraph's
    /// GraphML, callgrind).
    package mutating func addRelation(endpoints: (from: Int32, to: Int32), type: RelationType, weight: Double? = nil,
                                      date: PartialDate? = nil, since: PartialDate? = nil, until: PartialDate? = nil,
                                      status: RelationStatus? = nil, source: String? = nil, quote: String? = nil,
                                      attributes: [String: AttributeValue] = [:]) {
        append(from: endpoints.from, to: endpoints.to, type: type, weight: weight, date: date, since: since, until: until,
               status: status, source: source, quote: quote, attributes: attributes, marks: Marks())
    }

    /// Appends a relation's fields to the columns, its ends at rows `from` and `to` (-1 for an
    /// end still unknown, which `pendingEndpoints` then holds).
    private mutating func append(from: Int32, to: Int32, type: RelationType, weight: Double?, date: PartialDate?,
                                 since: PartialDate?, until: PartialDate?, status: RelationStatus?, source: String?,
                                 quote: String?, attributes: [String: AttributeValue], marks: Marks) {
        let row = columns.relations.count
        // Each column is appended to in place: moving the whole of `columns.relations` out and
        // back for every relation was a tenth of reading a large file (perf).
        columns.relations.sources.append(from)
        columns.relations.targets.append(to)
        if let last = lastType, last.type == type {
            columns.relations.typeCodes.append(last.code)
        } else {
            let code = Self.code(of: type, in: &typeCodes, table: &columns.relations.typeTable)
            columns.relations.typeCodes.append(code)
            lastType = (type, code)
        }
        // A weight that is not finite is reported at build time and not stored (the column
        // uses -infinity to mark "no weight").
        columns.relations.weights.append(weight.flatMap { $0.isFinite ? $0 : nil }, row: row)
        if let weight, !weight.isFinite { invalidWeights[row] = weight }
        columns.relations.statusCodes.append(RelationColumns.statusCode(status), row: row)
        columns.relations.sourceCodes.append(source.map { citedSources.intern($0) }, row: row)
        columns.relations.quotes.append(quote.map { quotes.intern($0) }, row: row)
        if let date { columns.relations.dates.append(date, at: row) }
        if let since { columns.relations.since.append(since, at: row) }
        if let until { columns.relations.until.append(until, at: row) }
        if !attributes.isEmpty { columns.relations.attributes.append(attributes, at: row) }
        if !marks.isEmpty { relationMarks.append(marks, at: row) }
    }

    /// Records a problem the reader found itself (a wrong type, a missing field), so that it is
    /// reported together with the builder's own checks.
    public mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The relations' ends that name no entity added so far, each once, in the order the
    /// relations were added (a relation's `from` before its `to`): the nodes a format that
    /// lets edges name undeclared nodes (GraphML, as NetworkX reads it) adds at the end.
    ///
    /// - Complexity: O(r log r) for the r relations added before one of their ends.
    func endpointsWithoutEntities() -> [String] {
        var missing: [String] = []
        var listed: Set<String> = []
        for row in pendingEndpoints.keys.sorted() {
            let (from, to) = pendingEndpoints[row]!
            for id in [from, to] where rowByID.row(of: id) == nil && listed.insert(id).inserted { missing.append(id) }
        }
        return missing
    }

    /// The number of entities and relations added so far.
    public var entityCount: Int { columns.entities.count }
    public var relationCount: Int { columns.relations.count }

    private static func code<Key: Hashable>(of key: Key, in codes: inout [Key: UInt16], table: inout [Key]) -> UInt16 {
        if let code = codes[key] { return code }
        let code = UInt16(truncatingIfNeeded: table.count)
        codes[key] = code
        table.append(key)
        return code
    }

    /// Validates everything and returns the graph.
    ///
    /// Checks: unique source and entity ids; entity kinds and relation types declared in the
    /// schema; relation endpoints that exist and whose kinds the type allows; cited sources
    /// that exist; `since` not after `until`; finite weights; and, when ``requiresEvidence``,
    /// a source and a non-empty quote on every relation.
    /// - Throws: ``GraphInputError`` with every problem found, in file order.
    /// - Complexity: O(n + m) expected time.
    public func build() throws(GraphInputError) -> Graph {
        var problems = diagnostics
        var sourcePosition: [String: Int32] = [:]
        var uniqueSources: [Source] = []
        for (source, marks) in sources {
            if sourcePosition[source.id] != nil {
                problems.append(Diagnostic("duplicate source id '\(source.id)'", at: marks.location(of: "id")))
                continue
            }
            sourcePosition[source.id] = Int32(truncatingIfNeeded: uniqueSources.count)
            uniqueSources.append(source)
        }
        var columns = self.columns
        let entities = columns.entities
        let kindKnown = entities.kindTable.map(schema.contains)
        for row in 0..<entities.count {
            let id = entities.ids[row]
            let marks = entityMarks[row] ?? Marks(item: unmarkedPlace)
            if rowByID.row(of: id) != Int32(truncatingIfNeeded: row) {
                problems.append(Diagnostic("duplicate entity id '\(id)'", at: marks.location(of: "id")))
                continue
            }
            if let problem = Self.idProblem(id) {
                problems.append(Diagnostic(problem, at: marks.location(of: "id")))
            }
            let kindCode = Int(entities.kindCodes[row])
            if !kindKnown[kindCode] {
                problems.append(Diagnostic(
                    "unknown kind '\(entities.kindTable[kindCode])' for entity '\(id)' (known: \(schema.kinds.map(\.rawValue).joined(separator: ", ")))",
                    at: marks.location(of: "kind")))
            }
            if let since = entities.since[row], let until = entities.until[row], since.lowerBound > until.upperBound {
                problems.append(Diagnostic("entity '\(id)': since \(since) is after until \(until)",
                                           at: marks.location(of: "since")))
            }
        }
        let declarations = columns.relations.typeTable.map(schema.declaration(of:))
        let citedPositions = citedSources.texts.map { sourcePosition[$0] }
        for (row, pending) in pendingEndpoints {
            columns.relations.sources[row] = rowByID.row(of: pending.from) ?? -1
            columns.relations.targets[row] = rowByID.row(of: pending.to) ?? -1
        }
        var clearance = RelationClearance(declarations: declarations, kinds: columns.entities.kindTable,
                                          checksEveryRow: requiresEvidence || !invalidWeights.isEmpty
                                            || !columns.relations.attributes.isEmpty
                                            || !(columns.relations.since.isEmpty || columns.relations.until.isEmpty))
        for row in 0..<columns.relations.count {
            if clearance.clears(row: row, relations: columns.relations, kindCodes: columns.entities.kindCodes,
                                citedPositions: citedPositions) { continue }
            let found = check(row: row, in: columns, declarations: declarations, citedPositions: citedPositions)
            // Appending nothing still makes `problems`, which shares the builder's diagnostics,
            // a buffer of its own: a cost per relation.
            if !found.isEmpty { problems.append(contentsOf: found) }
        }
        guard problems.isEmpty else { throw GraphInputError(problems) }
        for (row, marks) in zip(relationMarks.rows, relationMarks.values) {
            if let mark = marks.location(ofField: "quote") {
                columns.relations.quoteMarks.append(QuoteMark(line: Int32(clamping: mark.line), column: Int32(clamping: mark.column)),
                                                    at: Int(row))
            }
        }
        if !columns.relations.sourceCodes.isEmpty {
            columns.relations.sourceCodes.assign(columns.relations.sourceCodes.values.map { $0 < 0 ? -1 : citedPositions[Int($0)]! })
        }
        columns.quoteTexts = quotes.frozen
        return Graph(name: name, summary: summary, schema: schema, sources: uniqueSources, columns: columns,
                          idIndex: IDIndex(ids: columns.entities.ids, table: rowByID))
    }

    private func check(row: Int, in columns: GraphColumns, declarations: [RelationDeclaration?],
                       citedPositions: [Int32?]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let relations = columns.relations
        let entities = columns.entities
        let marks = relationMarks[row] ?? Marks(item: unmarkedPlace)
        let (fromRow, toRow) = (Int(relations.sources[row]), Int(relations.targets[row]))
        let fromID = fromRow >= 0 ? entities.ids[fromRow] : pendingEndpoints[row]!.from
        let toID = toRow >= 0 ? entities.ids[toRow] : pendingEndpoints[row]!.to
        let type = relations.typeTable[Int(relations.typeCodes[row])]
        let fromKind = fromRow >= 0 ? entities.kindTable[Int(entities.kindCodes[fromRow])] : nil
        let toKind = toRow >= 0 ? entities.kindTable[Int(entities.kindCodes[toRow])] : nil
        if fromKind == nil {
            problems.append(Diagnostic("relation refers to unknown entity '\(fromID)'", at: marks.location(of: "from")))
        }
        if toKind == nil {
            problems.append(Diagnostic("relation refers to unknown entity '\(toID)'", at: marks.location(of: "to")))
        }
        if let declaration = declarations[Int(relations.typeCodes[row])] {
            if let fromKind, let toKind, !declaration.allows(from: fromKind, to: toKind) {
                problems.append(Diagnostic(
                    "relation type '\(type)' cannot join \(fromKind) '\(fromID)' to \(toKind) '\(toID)'"
                        + Self.allowedKinds(declaration),
                    at: marks.location(of: "type")))
            }
        } else {
            problems.append(Diagnostic(
                "unknown relation type '\(type.rawValue.prefix(100))'" + Self.closest(to: type.rawValue, in: schema.relations.map(\.type.rawValue)),
                at: marks.location(of: "type")))
        }
        let citedCode = relations.sourceCodes[row]
        if let citedCode, citedPositions[Int(citedCode)] == nil {
            problems.append(Diagnostic("relation cites unknown source '\(citedSources.texts[Int(citedCode)])'", at: marks.location(of: "source")))
        }
        if requiresEvidence {
            if citedCode == nil {
                problems.append(Diagnostic("relation \(fromID) -\(type)-> \(toID) has no source", at: marks.item))
            }
            if (relations.quotes[row].map { quotes.texts[Int($0)] } ?? "").allSatisfy(\.isWhitespace) {
                problems.append(Diagnostic("relation \(fromID) -\(type)-> \(toID) has no quote", at: marks.location(of: "quote")))
            }
        }
        if let since = relations.since[row], let until = relations.until[row], since.lowerBound > until.upperBound {
            problems.append(Diagnostic("since \(since) is after until \(until)", at: marks.location(of: "since")))
        }
        if let value = relations.attributes[row]?[Grade.credibilityAttribute], Grade.credibility(of: value) == nil {
            problems.append(Diagnostic("credibility \(String(value.description.prefix(40))) is not a grade 1–6 (1 confirmed … 6 cannot be judged)",
                                       at: marks.location(of: "attributes")))
        }
        if let weight = invalidWeights[row] {
            problems.append(Diagnostic("weight must be a finite number, not \(weight)", at: marks.location(of: "weight")))
        }
        return problems
    }

    /// Why an entity id is unusable, if it is — the one rule every reader's entities meet:
    /// ids are what scripts and other tools key on, so they must be one visible token (not
    /// empty, no space, tab or control character).
    public static func idProblem(_ id: String) -> String? {
        if id.isEmpty { return "an entity id must not be empty" }
        if id.unicodeScalars.contains(where: { $0.isControlCharacter || $0 == " " || $0 == "\t" }) {
            return "id '\(id.prefix(40))' must not contain spaces or control characters"
        }
        return nil
    }

    private static func allowedKinds(_ declaration: RelationDeclaration) -> String {
        func list(_ kinds: Set<EntityKind>?) -> String {
            kinds.map { $0.sorted().map(\.rawValue).joined(separator: "|") } ?? "any"
        }
        return " (it joins \(list(declaration.sourceKinds)) to \(list(declaration.targetKinds)))"
    }

    private static func closest(to word: String, in candidates: [String]) -> String {
        // Edit distance costs |word|·|candidate|: a hostile 100,000-character type would take
        // seconds, and no typo of a type name is that long.
        guard word.unicodeScalars.count <= 64 else { return "" }
        let ranked = candidates.map { ($0, EditDistance.between(word, $0)) }
            .filter { $0.1 <= max(2, word.count / 3) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        return ranked.first.map { "; did you mean '\($0.0)'?" } ?? ""
    }
}
