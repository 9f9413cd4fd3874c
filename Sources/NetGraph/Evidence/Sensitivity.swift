/// How much an answer depends on one document, or on the relations of one status: the
/// answer recomputed with each source's relations left out in turn (leave-one-source-out),
/// and with each status's (`alleged`, `planned`…).
///
/// Every scenario keeps every entity, so node indices are the same in all of them and an
/// answer can be compared with the baseline node for node.
public enum Sensitivity {
    /// What a scenario leaves out.
    public enum Removal: Hashable, Sendable {
        /// Every relation citing this source (by id).
        case source(String)
        /// Every relation of this status.
        case status(RelationStatus)
    }

    /// The graph without one source's or one status's relations.
    public struct Scenario: Sendable {
        public var removal: Removal
        /// How many relations it leaves out (at least one).
        public var relationsRemoved: Int
        public var graph: Graph
    }

    /// One scenario per source some relation cites (in source order), then one per status
    /// some relation has (in ``RelationStatus`` order).
    ///
    /// - Complexity: O((S + T)·(n + m)) for S sources and T statuses.
    public static func scenarios(of graph: Graph) -> [Scenario] {
        var result: [Scenario] = []
        var citing = [Int](repeating: 0, count: graph.sources.count)
        var withStatus = [Int](repeating: 0, count: RelationStatus.allCases.count)
        for r in 0..<graph.relationCount {
            let code = graph.sourceCode(ofRelation: r)
            if code >= 0 { citing[Int(code)] += 1 }
            if let status = graph.status(ofRelation: r) { withStatus[RelationStatus.allCases.firstIndex(of: status)!] += 1 }
        }
        for (position, source) in graph.sources.enumerated() where citing[position] > 0 {
            let code = Int32(position)
            result.append(Scenario(removal: .source(source.id), relationsRemoved: citing[position],
                                   graph: graph.view(keepingNodes: { _ in true }, relations: { graph.sourceCode(ofRelation: $0) != code })))
        }
        for (position, status) in RelationStatus.allCases.enumerated() where withStatus[position] > 0 {
            result.append(Scenario(removal: .status(status), relationsRemoved: withStatus[position],
                                   graph: graph.view(keepingNodes: { _ in true }, relations: { graph.status(ofRelation: $0) != status })))
        }
        return result
    }

    /// The top `k` of a measure in the baseline and in every scenario.
    public struct TopK: Sendable {
        /// The baseline's top k, best first (ties by entity id).
        public var baseline: [Int]
        /// Each scenario's top k, in ``Sensitivity/scenarios(of:)`` order.
        public var scenarios: [(scenario: Scenario, top: [Int])]

        /// For each baseline member, the scenarios (by position) in which it leaves the top k.
        public var lostIn: [[Int]] {
            baseline.map { node in scenarios.indices.filter { !scenarios[$0].top.contains(node) } }
        }
    }

    /// The top `k` of `measure` on `graph`, and on each scenario.
    ///
    /// - Complexity: S + T + 1 computations of the measure.
    public static func topK(of measure: CentralityMeasure, k: Int, in graph: Graph, directed: Bool = false,
                            settings: CentralityMeasure.Settings = .init()) throws -> TopK {
        func top(_ graph: Graph) throws -> [Int] {
            let scores = try measure.scores(try graph.analysisGraph(directed: directed), settings: settings)
            return Array(measure.ranked(scores) { graph.id(ofNode: $0) }.prefix(k))
        }
        return TopK(baseline: try top(graph), scenarios: try scenarios(of: graph).map { ($0, try top($0.graph)) })
    }

    /// A shortest chain between two entities in the baseline and in every scenario.
    public struct Chain: Sendable {
        public var baseline: Path?
        public var scenarios: [(scenario: Scenario, path: Path?)]

        /// The scenarios (by position) without which no chain is left.
        public var breaksIn: [Int] { scenarios.indices.filter { scenarios[$0].path == nil } }
    }

    /// The shortest (fewest-step) chain from `source` to `target`, in the baseline and in
    /// each scenario.
    ///
    /// - Complexity: (S + T + 1)·O(n + m).
    public static func chain(from source: Int, to target: Int, in graph: Graph, directed: Bool = false) throws -> Chain {
        func path(_ graph: Graph) throws -> Path? {
            BreadthFirst.shortestPath(from: source, to: target, in: try graph.analysisGraph(directed: directed))
        }
        return Chain(baseline: try path(graph), scenarios: try scenarios(of: graph).map { ($0, try path($0.graph)) })
    }
}
