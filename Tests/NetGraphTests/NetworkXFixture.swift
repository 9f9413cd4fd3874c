import Foundation
@testable import NetGraph

/// A graph and the values NetworkX computed on it, from
/// `Fixtures/networkx/<name>.json` (written by `make_fixtures.py`; see its README).
struct NetworkXFixture {
    let name: String
    let directed: Bool
    let weighted: Bool
    /// Node ids in NetworkX's node order; node index `i` in ``graph(weighted:directed:)`` is `nodes[i]`.
    let nodes: [String]
    /// `(source index, target index, weight)` in NetworkX's edge order.
    let edges: [(Int32, Int32, Double)]
    /// The `measures` object, as parsed JSON.
    let measures: [String: Any]

    static let names = ["karate", "florentine", "lesmis", "davis", "random_undirected", "random_directed",
                        "multi_component", "directed_small"]

    init(_ name: String) throws {
        let url = TestSupport.fixtures.appendingPathComponent("networkx/\(name).json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        self.name = name
        directed = object["directed"] as! Bool
        weighted = object["weighted"] as! Bool
        nodes = object["nodes"] as! [String]
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, Int32($0)) })
        edges = (object["edges"] as! [[Any]]).map { edge in
            (index[edge[0] as! String]!, index[edge[1] as! String]!, (edge[2] as! NSNumber).doubleValue)
        }
        measures = object["measures"] as! [String: Any]
    }

    /// The fixture as the simple graph algorithms run on, weighted or not, directed as the
    /// fixture is unless `directed` says otherwise.
    func graph(weighted useWeights: Bool = false, directed: Bool? = nil) -> AnalysisGraph {
        AnalysisGraph(nodeCount: nodes.count, sources: edges.map(\.0), targets: edges.map(\.1),
                      weights: useWeights ? edges.map(\.2) : [], directed: directed ?? self.directed)
    }

    func index(of id: String) -> Int { nodes.firstIndex(of: id)! }

    /// A per-node measure as an array in node order; nil when NetworkX raised (the fixture
    /// then holds `{"error": name}`) or the measure is absent.
    func nodeValues(_ measure: String) -> [Double]? {
        guard let values = measures[measure] as? [String: Any], values["error"] == nil else { return nil }
        return nodes.map { (values[$0] as! NSNumber).doubleValue }
    }

    /// The exception name NetworkX raised for a measure, if it raised.
    func error(_ measure: String) -> String? {
        (measures[measure] as? [String: Any])?["error"] as? String
    }
}
