/// What changed between two dates: the relations and entities present at the second and not
/// the first (appeared), the reverse (disappeared), and whose rank moved most.
///
/// "Present at D" is ``Graph/asOf(_:)``: relations whose interval overlaps D and one-off
/// relations that had happened by then; undated relations are present at both dates, so
/// they never appear or disappear. An entity is present when it is in a present relation.
/// Ranks are competition ranks ("1224") under a measure computed on each date's present
/// entities only; rank changes are listed for entities present at both dates, largest move
/// first (ties by id).
///
/// - Complexity: two as-of views, O(n + m) each, and two computations of the measure.
public struct GraphDiff: Sendable {
    /// Relation indices of the graph, ascending.
    public var relationsAppeared: [Int] = []
    public var relationsDisappeared: [Int] = []
    /// Node indices of the graph, ascending.
    public var entitiesAppeared: [Int] = []
    public var entitiesDisappeared: [Int] = []
    /// Entities present at both dates whose rank moved, largest move first.
    public var rankChanges: [(node: Int, before: Int, after: Int)] = []

    public init(graph: Graph, from first: PartialDate, to second: PartialDate, measure: CentralityMeasure = .degree,
                settings: CentralityMeasure.Settings = .init()) throws {
        var relationOfRow: [Int32: Int] = [:]
        for r in 0..<graph.relationCount { relationOfRow[Int32(graph.relationRow(r))] = r }
        func present(at date: PartialDate) throws -> (relations: Set<Int>, ranks: [Int: Int]) {
            let view = graph.asOf(date)
            var relations = Set<Int>()
            var active = [Bool](repeating: false, count: view.nodeCount)
            for r in 0..<view.relationCount {
                relations.insert(relationOfRow[Int32(view.relationRow(r))]!)
                active[Int(view.relationSources[r])] = true
                active[Int(view.relationTargets[r])] = true
            }
            let present = view.view(keepingNodes: { active[$0] })
            let ranks = try measure.scores(try present.analysisGraph(), settings: settings).competitionRanks()
            var byNode: [Int: Int] = [:]
            for v in 0..<present.nodeCount { byNode[graph.index(of: present.id(ofNode: v))!] = ranks[v] }
            return (relations, byNode)
        }
        let before = try present(at: first)
        let after = try present(at: second)
        relationsAppeared = after.relations.subtracting(before.relations).sorted()
        relationsDisappeared = before.relations.subtracting(after.relations).sorted()
        entitiesAppeared = Set(after.ranks.keys).subtracting(before.ranks.keys).sorted()
        entitiesDisappeared = Set(before.ranks.keys).subtracting(after.ranks.keys).sorted()
        rankChanges = before.ranks.compactMap { node, rank in
            after.ranks[node].flatMap { $0 == rank ? nil : (node, rank, $0) }
        }.sorted { a, b in
            let (moveA, moveB) = (abs(a.before - a.after), abs(b.before - b.after))
            return moveA != moveB ? moveA > moveB : graph.id(ofNode: a.node) < graph.id(ofNode: b.node)
        }
    }
}
