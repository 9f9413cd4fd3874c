/// One iterative depth-first search with Hopcroft–Tarjan low points, shared by
/// ``ArticulationPoints`` and ``Bridges``: discovery times and, for each tree edge, whether
/// it is a bridge and whether its upper end separates the lower one.
struct CutStructure {
    /// Articulation points, flagged by node.
    var isArticulation: [Bool]
    /// Bridges, flagged by edge id.
    var isBridge: [Bool]

    /// Runs on the undirected view of `graph` (edge directions ignored); self-loops never
    /// matter. The parent edge is skipped by id, so the graph being simple is what makes a
    /// doubled edge impossible.
    ///
    /// - Complexity: O(n + m) time, O(n) space beyond the flags.
    init(_ graph: AnalysisGraph) {
        let view = graph.undirected()
        let csr = view.outgoing
        let n = view.nodeCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var articulation = [Bool](repeating: false, count: n)
        var bridge = [Bool](repeating: false, count: view.edgeCount)
        var callNode: [Int32] = []
        var callSlot: [Int32] = []
        var callEdge: [Int32] = []
        var time: Int32 = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            callNode.append(Int32(root)); callSlot.append(csr.offsets[root]); callEdge.append(-1)
            var rootChildren = 0
            while let v32 = callNode.last {
                let v = Int(v32)
                let slot = Int(callSlot[callSlot.count - 1])
                if slot < Int(csr.offsets[v + 1]) {
                    callSlot[callSlot.count - 1] += 1
                    let w = Int(csr.targets[slot])
                    let e = csr.edges[slot]
                    if w == v || e == callEdge[callEdge.count - 1] { continue }
                    if discovery[w] < 0 {
                        discovery[w] = time; low[w] = time; time += 1
                        if v == root { rootChildren += 1 }
                        callNode.append(Int32(w)); callSlot.append(csr.offsets[w]); callEdge.append(e)
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                    continue
                }
                let treeEdge = callEdge.removeLast()
                callNode.removeLast(); callSlot.removeLast()
                guard let u32 = callNode.last else { continue }
                let u = Int(u32)
                low[u] = min(low[u], low[v])
                if low[v] > discovery[u] { bridge[Int(treeEdge)] = true }
                if u != root && low[v] >= discovery[u] { articulation[u] = true }
            }
            if rootChildren > 1 { articulation[root] = true }
        }
        isArticulation = articulation
        isBridge = bridge
        bridgeEndpoints = (0..<view.edgeCount).filter { bridge[$0] }.map { (Int(view.edgeSources[$0]), Int(view.edgeTargets[$0])) }
    }

    /// The bridges as `(u, v)` node pairs with `u ≤ v`, in edge-id order (sorted by `u`, then `v`).
    var bridgeEndpoints: [(Int, Int)]
}
