import Foundation

/// A typed relationship graph: entities, the relations between them with their evidence, and
/// the documents cited — stored as columns (see the internal `EntityColumns` and `RelationColumns`).
///
/// A `Graph` is an immutable value, made by ``GraphBuilder`` (which validates it), by a reader
/// that fills the columns directly, or as a view of another graph
/// (``filtered(kinds:relationTypes:excludingRelationTypes:excludingStatuses:)``, ``asOf(_:)``,
/// ``subgraph(keepEntity:keepRelation:)``). A view shares its graph's columns and holds only
/// the rows it keeps, so filtering a graph copies no text.
///
/// Node indices are positions in ``entities`` (`0 ..< nodeCount`); relation ids are positions
/// in ``relations`` (`0 ..< relationCount`). ``entities`` and ``relations`` are collections of
/// values made on access — convenient for scripts; code that walks every relation reads the
/// columns through the typed accessors (``id(ofNode:)``, ``kindCode(ofNode:)``,
/// ``typeCode(ofRelation:)``, ``relationSources``…) instead.
public struct Graph: Sendable {
    /// Everything a graph holds, behind one reference: a graph is passed and copied by the
    /// thousand (closures, collections of its entities), and one retain per copy is what keeps
    /// that free. The storage is immutable, so the graph is a value all the same.
    let storage: GraphStorage

    public var name: String { storage.name }
    public var summary: String? { storage.summary }
    public var schema: Schema { storage.schema }
    public var sources: [Source] { storage.sources }
    var columns: GraphColumns { storage.columns }
    var entityRows: [Int32]? { storage.entityRows }
    var relationRows: [Int32]? { storage.relationRows }
    /// The node index of each relation's `from` entity.
    public var relationSources: [Int32] { storage.relationSources }
    /// The node index of each relation's `to` entity.
    public var relationTargets: [Int32] { storage.relationTargets }
    var nodeOfRow: [Int32]? { storage.nodeOfRow }
    var idIndex: IDIndex { storage.idIndex }
    var typeIsDirected: [Bool] { storage.typeIsDirected }

    public var nodeCount: Int { storage.nodeCount }
    public var relationCount: Int { storage.relationSources.count }

    /// A graph over all of `columns`.
    init(name: String, summary: String?, schema: Schema, sources: [Source], columns: GraphColumns,
         idIndex: IDIndex? = nil) {
        storage = GraphStorage(
            name: name, summary: summary, schema: schema, sources: sources, columns: columns,
            entityRows: nil, relationRows: nil, relationSources: columns.relations.sources,
            relationTargets: columns.relations.targets, nodeOfRow: nil,
            idIndex: idIndex ?? IDIndex(ids: columns.entities.ids),
            typeIsDirected: columns.relations.typeTable.map { schema.declaration(of: $0)?.isDirected ?? true })
    }

    /// A view of `base`: the given stored rows, with relation endpoints as view node indices.
    init(viewOf base: Graph, entityRows: [Int32], relationRows: [Int32], relationSources: [Int32],
         relationTargets: [Int32], nodeOfRow: [Int32]) {
        storage = GraphStorage(
            name: base.name, summary: base.summary, schema: base.schema, sources: base.sources,
            columns: base.columns, entityRows: entityRows, relationRows: relationRows,
            relationSources: relationSources, relationTargets: relationTargets, nodeOfRow: nodeOfRow,
            idIndex: base.idIndex, typeIsDirected: base.typeIsDirected)
    }

    // MARK: Rows

    @inline(__always) func entityRow(_ node: Int) -> Int { storage.entityRows.map { Int($0[node]) } ?? node }
    @inline(__always) func relationRow(_ relation: Int) -> Int { storage.relationRows.map { Int($0[relation]) } ?? relation }

    // MARK: Entities

    /// The entities, by node index, as values.
    public var entities: EntityCollection { EntityCollection(graph: self) }

    /// The id of node `v`.
    public func id(ofNode v: Int) -> String { storage.columns.entities.ids[entityRow(v)] }

    /// The display name of node `v`.
    public func name(ofNode v: Int) -> String { storage.columns.entities.name(at: entityRow(v)) }

    /// The kind of node `v`.
    public func kind(ofNode v: Int) -> EntityKind { storage.columns.entities.kindTable[Int(kindCode(ofNode: v))] }

    /// The kind code of node `v`: a position in ``kindTable``.
    public func kindCode(ofNode v: Int) -> UInt16 { storage.columns.entities.kindCodes[entityRow(v)] }

    /// The entity kinds of this graph's rows, by kind code, in order of first appearance.
    public var kindTable: [EntityKind] { storage.columns.entities.kindTable }

    /// The node index of the entity with this exact id.
    ///
    /// - Complexity: O(|id|) expected; the first call builds the index in O(n).
    public func index(of id: String) -> Int? {
        guard let row = idIndex.row(of: id) else { return nil }
        guard let nodeOfRow else { return row }
        let node = nodeOfRow[row]
        return node < 0 ? nil : Int(node)
    }

    /// The entity with this exact id.
    public func entity(withID id: String) -> Entity? { index(of: id).map { entities[$0] } }

    /// The cited document with this id.
    public func source(withID id: String) -> Source? { sources.first { $0.id == id } }

    // MARK: Relations

    /// The relations, by relation id, as values.
    public var relations: RelationCollection { RelationCollection(graph: self) }

    /// The type code of relation `r`: a position in ``relationTypeTable``.
    public func typeCode(ofRelation r: Int) -> UInt16 { storage.columns.relations.typeCodes[relationRow(r)] }

    /// The type of relation `r`.
    public func type(ofRelation r: Int) -> RelationType { storage.columns.relations.typeTable[Int(typeCode(ofRelation: r))] }

    /// The relation types of this graph's rows, by type code, in order of first appearance.
    public var relationTypeTable: [RelationType] { storage.columns.relations.typeTable }

    /// Whether relation `r`'s type is directed in the schema (undeclared types count as directed).
    public func isDirected(relation r: Int) -> Bool { typeIsDirected[Int(typeCode(ofRelation: r))] }

    /// The weight relation `r` was written with, if any.
    public func weight(ofRelation r: Int) -> Double? { storage.columns.relations.weights[relationRow(r)] }

    /// When relation `r` happened (one-off) or held (`since`…`until`), as written.
    public func interval(ofRelation r: Int) -> RelationInterval {
        let row = relationRow(r)
        let relations = storage.columns.relations
        return RelationInterval(date: relations.dates[row], since: relations.since[row], until: relations.until[row])
    }

    /// How firmly the sources state relation `r`; nil means stated as fact.
    public func status(ofRelation r: Int) -> RelationStatus? { storage.columns.relations.status(at: relationRow(r)) }

    /// The document relation `r` cites, if any.
    public func source(ofRelation r: Int) -> Source? {
        storage.columns.relations.sourceCodes[relationRow(r)].map { sources[Int($0)] }
    }

    /// The verbatim excerpt relation `r` quotes, if any.
    public func quote(ofRelation r: Int) -> String? {
        storage.columns.relations.quotes[relationRow(r)].map { storage.columns.quoteTexts[Int($0)] }
    }

    /// Relation `r`'s free attributes (empty when it has none).
    public func attributes(ofRelation r: Int) -> [String: AttributeValue] {
        storage.columns.relations.attributes[relationRow(r)] ?? [:]
    }

    /// Whether no stored relation has a date, status, source, quote, weight or free attribute
    /// (a graph read from an edge list without weights): code that writes relations in full
    /// then need not look each one up.
    ///
    /// - Complexity: O(1).
    public var relationsCarryNoDetails: Bool {
        let relations = storage.columns.relations
        return relations.weights.values.isEmpty && relations.statusCodes.values.isEmpty && relations.sourceCodes.values.isEmpty
            && relations.quotes.values.isEmpty && relations.dates.isEmpty && relations.since.isEmpty
            && relations.until.isEmpty && relations.attributes.isEmpty
    }

    /// The line and column of relation `r`'s quote in the file it was read from, when the
    /// reader recorded it (the native YAML and JSON readers do).
    public func quoteLocation(ofRelation r: Int) -> (line: Int, column: Int)? {
        storage.columns.relations.quoteMarks[relationRow(r)].map { (Int($0.line), Int($0.column)) }
    }

    /// Relations joining `a` and `b` in either direction, in relation order.
    ///
    /// - Complexity: O(m). Code that asks this of many pairs asks the analysis projection
    ///   instead (``AnalysisGraph/relations(ofEdge:)``), which knows each edge's relations.
    public func relations(between a: Int, and b: Int) -> [Int] {
        let (a, b) = (Int32(a), Int32(b))
        return (0..<relationCount).filter { r in
            (relationSources[r] == a && relationTargets[r] == b) || (relationSources[r] == b && relationTargets[r] == a)
        }
    }

    // MARK: Size

    /// The memory the typed storage holds, in bytes: the columns, and the characters of the
    /// texts (names, aliases and descriptions, each entity's own; quotes, stored once each).
    public var storageBytes: (columns: Int, texts: Int) {
        let quoteBytes = storage.columns.quoteTexts.reduce(0) { $0 + MemoryLayout<String>.stride + EntityColumns.heapBytes($1) }
        return (storage.columns.entities.columnBytes + storage.columns.relations.columnBytes,
                quoteBytes + storage.columns.entities.textBytes)
    }
}

/// The immutable parts of a ``Graph`` (see ``Graph/storage``).
final class GraphStorage: Sendable {
    let name: String
    let summary: String?
    let schema: Schema
    let sources: [Source]
    let columns: GraphColumns
    /// The stored entity row of each node, or nil when every stored entity is a node, in order.
    let entityRows: [Int32]?
    /// The stored relation row of each relation id, or nil when every stored relation is kept.
    let relationRows: [Int32]?
    let relationSources: [Int32]
    let relationTargets: [Int32]
    /// Node index of each stored entity row in this view, -1 when left out; nil when not a view.
    let nodeOfRow: [Int32]?
    let idIndex: IDIndex
    /// Whether each relation type (by code) is directed in the schema.
    let typeIsDirected: [Bool]
    let nodeCount: Int
    /// The undirected, unweighted projection of this graph or view, once built.
    let undirectedProjection = ProjectionCache()

    init(name: String, summary: String?, schema: Schema, sources: [Source], columns: GraphColumns,
         entityRows: [Int32]?, relationRows: [Int32]?, relationSources: [Int32], relationTargets: [Int32],
         nodeOfRow: [Int32]?, idIndex: IDIndex, typeIsDirected: [Bool]) {
        self.name = name
        self.summary = summary
        self.schema = schema
        self.sources = sources
        self.columns = columns
        self.entityRows = entityRows
        self.relationRows = relationRows
        self.relationSources = relationSources
        self.relationTargets = relationTargets
        self.nodeOfRow = nodeOfRow
        self.idIndex = idIndex
        self.typeIsDirected = typeIsDirected
        self.nodeCount = entityRows?.count ?? columns.entities.count
    }
}

/// The columns a graph and all its views share.
struct GraphColumns: Sendable {
    var entities = EntityColumns()
    var relations = RelationColumns()
    /// Relations' quotes by code (see `TextArena`).
    var quoteTexts: [String] = []
}

/// When a relation happened or held, as its file wrote it: a one-off `date`, or an interval
/// `since`…`until` with either end open; all nil when undated.
public struct RelationInterval: Hashable, Sendable {
    public var date: PartialDate?
    public var since: PartialDate?
    public var until: PartialDate?

    public init(date: PartialDate? = nil, since: PartialDate? = nil, until: PartialDate? = nil) {
        self.date = date
        self.since = since
        self.until = until
    }

    public var isDated: Bool { date != nil || since != nil || until != nil }

    /// `2020-06-26` for a one-off relation, `2006–2012`, `since 2019` or `until 2012` for a
    /// lasting one, nil when undated.
    public var text: String? {
        if let date { return "\(date)" }
        switch (since, until) {
        case let (since?, until?): return "\(since)–\(until)"
        case let (since?, nil): return "since \(since)"
        case let (nil, until?): return "until \(until)"
        case (nil, nil): return nil
        }
    }
}

/// The index from entity id to stored row, shared by a graph's views and built only when it
/// pays: commands that never look a name up (`components` of an edge list) never build it,
/// and the first few lookups (`neighbors`, `profile` and `path` name one or two entities)
/// scan the ids instead, several times cheaper than hashing every id once.
final class IDIndex: @unchecked Sendable {
    /// Lookups answered by a scan before the table is built.
    static let scansBeforeTable = 2

    private let ids: [String]
    private let lock = NSLock()
    private var table: EntityRowIndex?
    private var scans = 0

    init(ids: [String], table: EntityRowIndex? = nil) {
        self.ids = ids
        self.table = table
    }

    func row(of id: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if table == nil && scans < IDIndex.scansBeforeTable {
            scans += 1
            // Ids are unique, so the first match is the only one.
            return ids.firstIndex(of: id)
        }
        if table == nil { table = EntityRowIndex(ids: ids) }
        return table!.row(of: id).map(Int.init)
    }
}
