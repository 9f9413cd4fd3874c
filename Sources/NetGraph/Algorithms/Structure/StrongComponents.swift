/// The strongly connected components of a directed graph: maximal sets of nodes that reach
/// each other along edge directions — NetworkX's `strongly_connected_components`.
public struct StrongComponents: Sendable {
    /// Component index of every node; component 0 is the largest.
    public let componentOfNode: [Int32]
    /// Size of every component, largest first.
    public let sizes: [Int]

    public var count: Int { sizes.count }

    /// Tarjan's algorithm, run with an explicit stack (no recursion, so a path of a million
    /// nodes does not overflow the call stack). Components are numbered largest first, ties
    /// broken by their smallest node index. On an undirected graph every connected component is
    /// strongly connected, and the result equals ``ConnectedComponents``.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    /// - Reference: R. E. Tarjan, "Depth-first search and linear graph algorithms",
    ///   *SIAM Journal on Computing* 1(2) (1972) 146–160, doi:10.1137/0201010.
    public init(_ graph: AnalysisGraph) {
        let n = graph.nodeCount
        let csr = graph.outgoing
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var callNode: [Int32] = []
        var callSlot: [Int32] = []
        var counter: Int32 = 0
        var rawSizes: [Int] = []
        var smallest: [Int] = []
        stack.reserveCapacity(n)
        for root in 0..<n where index[root] < 0 {
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            callNode.append(Int32(root)); callSlot.append(csr.offsets[root])
            while let v32 = callNode.last {
                let v = Int(v32)
                let slot = Int(callSlot[callSlot.count - 1])
                if slot < Int(csr.offsets[v + 1]) {
                    callSlot[callSlot.count - 1] += 1
                    let w = Int(csr.targets[slot])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        callNode.append(Int32(w)); callSlot.append(csr.offsets[w])
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                callNode.removeLast(); callSlot.removeLast()
                if low[v] == index[v] {
                    let component = Int32(rawSizes.count)
                    var size = 0
                    var least = v
                    while true {
                        let w = Int(stack.removeLast())
                        onStack[w] = false
                        label[w] = component
                        size += 1
                        least = min(least, w)
                        if w == v { break }
                    }
                    rawSizes.append(size)
                    smallest.append(least)
                }
                if let u = callNode.last { low[Int(u)] = min(low[Int(u)], low[v]) }
            }
        }
        let order = rawSizes.indices.sorted {
            rawSizes[$0] > rawSizes[$1] || (rawSizes[$0] == rawSizes[$1] && smallest[$0] < smallest[$1])
        }
        var rank = [Int32](repeating: 0, count: rawSizes.count)
        for (position, component) in order.enumerated() { rank[component] = Int32(position) }
        componentOfNode = label.map { rank[Int($0)] }
        sizes = order.map { rawSizes[$0] }
    }

    /// The nodes of each component, largest component first, nodes in index order.
    public var members: [[Int]] {
        var result = [[Int]](repeating: [], count: sizes.count)
        for (node, component) in componentOfNode.enumerated() { result[Int(component)].append(node) }
        return result
    }
}
