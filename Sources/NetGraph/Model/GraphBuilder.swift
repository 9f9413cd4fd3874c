/// Collects the parts of a graph and checks them all at once, so a reader can report every
/// problem in a file rather than only the first.
///
/// ```swift
/// var builder = GraphBuilder(name: "demo")
/// builder.add(Entity(id: "cjng", kind: .cartel, name: "CJNG"))
/// builder.add(Entity(id: "mencho", kind: .person, name: "El Mencho"))
/// builder.add(Relation(from: "mencho", to: "cjng", type: "leads"))
/// let graph = try builder.build()
/// ```
public struct GraphBuilder: Sendable {
    /// Where each part and its fields were written, for diagnostics.
    public struct Marks: Sendable {
        public var item: SourceLocation?
        public var fields: [String: SourceLocation]

        public init(item: SourceLocation? = nil, fields: [String: SourceLocation] = [:]) {
            self.item = item
            self.fields = fields
        }

        public func location(of field: String) -> SourceLocation? { fields[field] ?? item }
    }

    public var name: String
    public var summary: String?
    public var schema: Schema
    /// Whether every relation must cite a source and quote it (the native format's rule for
    /// curated graphs); formats without provenance turn it off.
    public var requiresEvidence: Bool
    private var sources: [(Source, Marks)] = []
    private var entities: [(Entity, Marks)] = []
    private var relations: [(Relation, Marks)] = []
    private var diagnostics: [Diagnostic] = []

    public init(name: String, schema: Schema = .default, requiresEvidence: Bool = false) {
        self.name = name
        self.schema = schema
        self.requiresEvidence = requiresEvidence
    }

    public mutating func add(_ source: Source, marks: Marks = Marks()) { sources.append((source, marks)) }
    public mutating func add(_ entity: Entity, marks: Marks = Marks()) { entities.append((entity, marks)) }
    public mutating func add(_ relation: Relation, marks: Marks = Marks()) { relations.append((relation, marks)) }

    /// Records a problem the reader found itself (a wrong type, a missing field), so that it is
    /// reported together with the builder's own checks.
    public mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The number of entities and relations added so far.
    public var entityCount: Int { entities.count }
    public var relationCount: Int { relations.count }

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
        var sourceIDs: Set<String> = []
        for (source, marks) in sources where !sourceIDs.insert(source.id).inserted {
            problems.append(Diagnostic("duplicate source id '\(source.id)'", at: marks.location(of: "id")))
        }
        var kindByID: [String: EntityKind] = [:]
        kindByID.reserveCapacity(entities.count)
        for (entity, marks) in entities {
            if kindByID[entity.id] != nil {
                problems.append(Diagnostic("duplicate entity id '\(entity.id)'", at: marks.location(of: "id")))
                continue
            }
            kindByID[entity.id] = entity.kind
            if !schema.contains(entity.kind) {
                problems.append(Diagnostic(
                    "unknown kind '\(entity.kind)' for entity '\(entity.id)' (known: \(schema.kinds.map(\.rawValue).joined(separator: ", ")))",
                    at: marks.location(of: "kind")))
            }
            if let since = entity.since, let until = entity.until, since.lowerBound > until.upperBound {
                problems.append(Diagnostic("entity '\(entity.id)': since \(since) is after until \(until)",
                                           at: marks.location(of: "since")))
            }
        }
        for (relation, marks) in relations {
            problems.append(contentsOf: check(relation, marks: marks, kindByID: kindByID, sourceIDs: sourceIDs))
        }
        guard problems.isEmpty else { throw GraphInputError(problems) }

        var seen: Set<String> = []
        let uniqueSources = sources.map(\.0).filter { seen.insert($0.id).inserted }
        return Graph(name: name, summary: summary, schema: schema, sources: uniqueSources,
                     entities: entities.map(\.0), relations: relations.map(\.0))
    }

    private func check(_ relation: Relation, marks: Marks, kindByID: [String: EntityKind],
                       sourceIDs: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let fromKind = kindByID[relation.from]
        let toKind = kindByID[relation.to]
        if fromKind == nil {
            problems.append(Diagnostic("relation refers to unknown entity '\(relation.from)'", at: marks.location(of: "from")))
        }
        if toKind == nil {
            problems.append(Diagnostic("relation refers to unknown entity '\(relation.to)'", at: marks.location(of: "to")))
        }
        if let declaration = schema.declaration(of: relation.type) {
            if let fromKind, let toKind, !declaration.allows(from: fromKind, to: toKind) {
                problems.append(Diagnostic(
                    "relation type '\(relation.type)' cannot join \(fromKind) '\(relation.from)' to \(toKind) '\(relation.to)'"
                        + Self.allowedKinds(declaration),
                    at: marks.location(of: "type")))
            }
        } else {
            problems.append(Diagnostic(
                "unknown relation type '\(relation.type.rawValue.prefix(100))'" + Self.closest(to: relation.type.rawValue, in: schema.relations.map(\.type.rawValue)),
                at: marks.location(of: "type")))
        }
        if let source = relation.source, !sourceIDs.contains(source) {
            problems.append(Diagnostic("relation cites unknown source '\(source)'", at: marks.location(of: "source")))
        }
        if requiresEvidence {
            if relation.source == nil {
                problems.append(Diagnostic("relation \(relation.from) -\(relation.type)-> \(relation.to) has no source", at: marks.item))
            }
            if (relation.quote ?? "").allSatisfy(\.isWhitespace) {
                problems.append(Diagnostic("relation \(relation.from) -\(relation.type)-> \(relation.to) has no quote", at: marks.location(of: "quote")))
            }
        }
        if let since = relation.since, let until = relation.until, since.lowerBound > until.upperBound {
            problems.append(Diagnostic("since \(since) is after until \(until)", at: marks.location(of: "since")))
        }
        if let weight = relation.weight, !weight.isFinite {
            problems.append(Diagnostic("weight must be a finite number, not \(weight)", at: marks.location(of: "weight")))
        }
        return problems
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
