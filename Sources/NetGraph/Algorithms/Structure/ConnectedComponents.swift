/// The connected components of a graph — weakly connected ones when it is directed (edge
/// direction ignored), as NetworkX's `connected_components` / `weakly_connected_components`.
public struct ConnectedComponents: Sendable {
    /// Component index of every node; component 0 is the largest.
    public let componentOfNode: [Int32]
    /// Size of every component, largest first.
    public let sizes: [Int]

    public var count: Int { sizes.count }

    /// Labels the components by union–find (`ComponentLabeling`), then numbers
    /// them largest first, ties broken by their smallest node index.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    public init(_ graph: AnalysisGraph) {
        var labeling = ComponentLabeling(graph)
        let rawSizes = labeling.run()
        // Components were found in order of their smallest node, so a stable sort by size
        // breaks ties by that node.
        let order = rawSizes.indices.sorted { rawSizes[$0] > rawSizes[$1] || (rawSizes[$0] == rawSizes[$1] && $0 < $1) }
        var rank = [Int32](repeating: 0, count: rawSizes.count)
        for (position, component) in order.enumerated() { rank[component] = Int32(position) }
        componentOfNode = labeling.label.map { rank[Int($0)] }
        sizes = order.map { rawSizes[$0] }
    }

    /// The nodes of each component, largest component first, nodes in index order.
    public var members: [[Int]] {
        var result = [[Int]](repeating: [], count: sizes.count)
        for (node, component) in componentOfNode.enumerated() { result[Int(component)].append(node) }
        return result
    }
}
