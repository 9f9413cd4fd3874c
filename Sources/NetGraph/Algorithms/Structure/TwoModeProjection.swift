/// The one-mode graph of a two-mode network: entities of one kind linked when they share an
/// entity of another (persons linked by the events or organisations they share), as
/// NetworkX's bipartite projections compute it.
///
/// The two-mode network is the relations, of any type and either direction, between an
/// entity of kind `onto` and one of kind `via`; other relations are ignored. Two `onto`
/// entities u ≠ v are linked when they share a `via` neighbour; the link's weight is, by
/// ``Weighting`` (N(x) the `via` neighbours of x, and for w a `via` entity k(w) its `onto`
/// neighbours):
/// - `count`: |N(u) ∩ N(v)| (`weighted_projected_graph`);
/// - `newman`: Σ_{w ∈ N(u) ∩ N(v)} 1 / (k(w) − 1) (`collaboration_weighted_projected_graph`);
/// - `jaccard`: |N(u) ∩ N(v)| / |N(u) ∪ N(v)| (`overlap_weighted_projected_graph`);
/// - `overlap`: |N(u) ∩ N(v)| / min(|N(u)|, |N(v)|) (the same with `jaccard=False`).
/// The links without weights are `projected_graph`'s.
///
/// Each projected relation cites what it stands on: the `via` entities it shares (attribute
/// `via`, ids separated by `; `) and the relations joining them to both ends (attribute
/// `relations`, their positions in the input file); its source is theirs when they all cite
/// one, and none otherwise.
///
/// - Complexity: O(m log m) for the two-mode ties and O(Σ_w k(w)² log) for the pairs.
public enum TwoModeProjection {
    public enum Weighting: String, CaseIterable, Sendable {
        case count, newman, jaccard, overlap
    }

    public enum ProjectionError: Error, Equatable, CustomStringConvertible {
        case noEntities(EntityKind)
        case sameKind

        public var description: String {
            switch self {
            case let .noEntities(kind): return "no entity is of kind '\(kind)'"
            case .sameKind: return "the kind projected onto and the kind linking them must differ"
            }
        }
    }

    /// The projection of `graph` onto the entities of kind `onto` through those of kind
    /// `via`, weighted by `weighting`, as a graph with the `onto` entities and one undirected
    /// relation of type `shares-<via>` per linked pair.
    public static func project(_ graph: Graph, onto: EntityKind, via: EntityKind,
                               weighting: Weighting = .count) throws -> Graph {
        guard onto != via else { throw ProjectionError.sameKind }
        let ontoNodes = (0..<graph.nodeCount).filter { graph.kind(ofNode: $0) == onto }
        guard !ontoNodes.isEmpty else { throw ProjectionError.noEntities(onto) }
        guard (0..<graph.nodeCount).contains(where: { graph.kind(ofNode: $0) == via }) else { throw ProjectionError.noEntities(via) }

        // The two-mode ties: each (onto, via) pair once, with the relations behind it.
        var ties: [(u: Int, w: Int, relation: Int)] = []
        for r in 0..<graph.relationCount {
            let (a, b) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
            if graph.kind(ofNode: a) == onto && graph.kind(ofNode: b) == via { ties.append((a, b, r)) }
            if graph.kind(ofNode: b) == onto && graph.kind(ofNode: a) == via { ties.append((b, a, r)) }
        }
        ties.sort { ($0.w, $0.u, $0.relation) < ($1.w, $1.u, $1.relation) }
        var membersOf: [Int: [Int]] = [:]          // via entity → its onto neighbours, ascending
        var relationsOf: [Int: [Int]] = [:]        // pair key (u, w) → relations
        for tie in ties {
            let key = tie.u * graph.nodeCount + tie.w
            if relationsOf[key] == nil {
                membersOf[tie.w, default: []].append(tie.u)
            }
            relationsOf[key, default: []].append(tie.relation)
        }

        var viaOf = [[Int]](repeating: [], count: graph.nodeCount)   // onto entity → its via neighbours, ascending
        for w in membersOf.keys.sorted() { for u in membersOf[w]! { viaOf[u].append(w) } }

        // Pairs sharing a via entity, from their smaller end: per u, the (v, w) met two steps
        // away, sorted, so each run of one v is a pair and the entities it shares.
        var links: [(u: Int, v: Int, via: [Int])] = []
        var hits: [(v: Int, w: Int)] = []
        for u in ontoNodes {
            hits.removeAll(keepingCapacity: true)
            for w in viaOf[u] { for v in membersOf[w]! where v > u { hits.append((v, w)) } }
            hits.sort { ($0.v, $0.w) < ($1.v, $1.w) }
            var start = 0
            while start < hits.count {
                var end = start
                while end < hits.count && hits[end].v == hits[start].v { end += 1 }
                links.append((u, hits[start].v, hits[start..<end].map(\.w)))
                start = end
            }
        }

        let type = RelationType("shares-\(via.rawValue)")
        var schema = graph.schema
        schema.add(onto)
        schema.declare(RelationDeclaration(type, directed: false, from: [onto], to: [onto]))
        var builder = GraphBuilder(name: "\(graph.name) (\(onto.rawValue) by \(via.rawValue))", schema: schema)
        builder.summary = "The \(onto.rawValue) entities of \(graph.name), linked when they share an entity of kind \(via.rawValue) (weights: \(weighting.rawValue))."
        let cited = Set((0..<graph.relationCount).compactMap { graph.source(ofRelation: $0)?.id })
        for source in graph.sources where cited.contains(source.id) { builder.add(source) }
        for u in ontoNodes { builder.add(graph.entities[u]) }
        for (u, v, via) in links {
            let weight: Double = switch weighting {
            case .count: Double(via.count)
            case .newman: via.reduce(0) { $0 + 1 / Double(membersOf[$1]!.count - 1) }
            case .jaccard: Double(via.count) / Double(viaOf[u].count + viaOf[v].count - via.count)
            case .overlap: Double(via.count) / Double(min(viaOf[u].count, viaOf[v].count))
            }
            let behind = via.flatMap { w in relationsOf[u * graph.nodeCount + w]! + relationsOf[v * graph.nodeCount + w]! }.sorted()
            let sources = Set(behind.map { graph.source(ofRelation: $0)?.id })
            builder.add(Relation(from: graph.id(ofNode: u), to: graph.id(ofNode: v), type: type, weight: weight,
                                 source: sources.count == 1 ? sources.first! : nil,
                                 attributes: ["via": .string(via.map { graph.id(ofNode: $0) }.joined(separator: "; ")),
                                              "relations": .string(behind.map { String(graph.fileIndex(ofRelation: $0)) }.joined(separator: "; "))]))
        }
        return try builder.build()
    }
}
