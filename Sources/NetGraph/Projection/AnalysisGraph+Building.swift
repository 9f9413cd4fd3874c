extension AnalysisGraph {
    /// The distinct edges of an edge list, grouped by source and numbered: the edges whose
    /// source is `u` have the ids `firstEdge[u] ..< firstEdge[u + 1]`, their targets are
    /// `targets[firstEdge[u] ..< firstEdge[u + 1]]` in increasing order, and `weights` (empty
    /// when unweighted) holds the smallest weight of each edge's parallel copies.
    ///
    /// `inputs[inputStart[e] ..< inputStart[e + 1]]` are the positions, in the edge list, of
    /// the copies edge `e` stands for, in increasing order.
    struct DistinctEdges {
        var firstEdge: [Int32]
        var targets: [Int32]
        var weights: [Double]
        var inputStart: [Int32]
        var inputs: [Int32]
        var count: Int { targets.count }
    }

    /// Groups the edges by source (the smaller endpoint when undirected) with one counting
    /// pass, then sorts each group by target and drops repeated targets in place.
    ///
    /// Edge lists are usually written in an order that leaves most groups already sorted
    /// (generators emit each node's neighbours in order), so a group is only sorted when a
    /// linear check finds it out of order: short groups by insertion, long ones by the
    /// standard library's sort.
    ///
    /// - Complexity: O(n + m) time for groups found in order, O(n + m log d) at worst; O(n + m)
    ///   space.
    static func distinctEdges(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double],
                              directed: Bool) -> DistinctEdges {
        let edgeCount = sources.count
        let weighted = !weights.isEmpty
        var rowStart = [Int32](repeating: 0, count: nodeCount + 1)
        var groupTargets = [Int32](repeating: 0, count: edgeCount)
        var groupWeights = [Double](repeating: 0, count: weighted ? edgeCount : 0)
        var groupInputs = [Int32](repeating: 0, count: edgeCount)
        var inputStart = [Int32](repeating: 0, count: edgeCount + 1)
        var distinct = 0
        sources.withUnsafeBufferPointer { sources in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        rowStart.withUnsafeMutableBufferPointer { rowStart in
        groupTargets.withUnsafeMutableBufferPointer { groupTargets in
        groupWeights.withUnsafeMutableBufferPointer { groupWeights in
        groupInputs.withUnsafeMutableBufferPointer { groupInputs in
        inputStart.withUnsafeMutableBufferPointer { inputStart in
            for e in 0..<edgeCount {
                let row = directed ? sources[e] : min(sources[e], targets[e])
                rowStart[Int(row) + 1] &+= 1
            }
            for u in 0..<nodeCount { rowStart[u + 1] &+= rowStart[u] }
            // rowStart[u] is now where group u begins; the placing pass advances it to where
            // group u ends, which is where group u + 1 begins.
            for e in 0..<edgeCount {
                let (u, v) = (sources[e], targets[e])
                let row = Int(directed ? u : min(u, v))
                let slot = Int(rowStart[row])
                rowStart[row] = Int32(truncatingIfNeeded: slot &+ 1)
                groupTargets[slot] = directed ? v : max(u, v)
                groupInputs[slot] = Int32(truncatingIfNeeded: e)
                if weighted { groupWeights[slot] = weights[e] }
            }
            // Sort and compact each group; rowStart becomes the first edge id of each row.
            var groupStart = 0
            for u in 0..<nodeCount {
                let groupEnd = Int(rowStart[u])
                rowStart[u] = Int32(truncatingIfNeeded: distinct)
                if groupEnd - groupStart > 1 {
                    sortGroup(groupTargets, groupWeights, groupInputs, groupStart, groupEnd, weighted: weighted)
                }
                var previous: Int32 = -1
                for slot in groupStart..<groupEnd {
                    let target = groupTargets[slot]
                    if target == previous {
                        if weighted { groupWeights[distinct - 1] = min(groupWeights[distinct - 1], groupWeights[slot]) }
                        continue
                    }
                    previous = target
                    // The copies of one edge stay where the placing pass put them, in input
                    // order: inputs[slot...] up to the next distinct edge's first slot.
                    inputStart[distinct] = Int32(truncatingIfNeeded: slot)
                    groupTargets[distinct] = target
                    if weighted { groupWeights[distinct] = groupWeights[slot] }
                    distinct += 1
                }
                groupStart = groupEnd
            }
            rowStart[nodeCount] = Int32(truncatingIfNeeded: distinct)
            inputStart[distinct] = Int32(truncatingIfNeeded: edgeCount)
        }}}}}}}}
        if distinct < edgeCount {
            // Fresh arrays rather than removeLast, which would keep the parallel copies' capacity.
            groupTargets = Array(groupTargets[0..<distinct])
            if weighted { groupWeights = Array(groupWeights[0..<distinct]) }
            inputStart = Array(inputStart[0...distinct])
        }
        return DistinctEdges(firstEdge: rowStart, targets: groupTargets, weights: groupWeights,
                             inputStart: inputStart, inputs: groupInputs)
    }

    /// The relation ids of the distinct edges' inputs, each edge's group sorted and without
    /// repeats (an undirected relation reaches an edge twice when directed edges are merged).
    ///
    /// - Complexity: O(m) when each group is already in order, as it is when inputs come in
    ///   relation order; O(m log d) at worst.
    static func relationIDs(_ distinct: DistinctEdges, _ relations: [Int32]) -> (start: [Int32], ids: [Int32]) {
        var ids = distinct.inputs.map { relations[Int($0)] }
        var start = distinct.inputStart
        var write = 0
        for e in 0..<distinct.count {
            let (low, high) = (Int(start[e]), Int(start[e + 1]))
            start[e] = Int32(truncatingIfNeeded: write)
            var inOrder = true
            for i in low..<max(low, high - 1) where ids[i] >= ids[i + 1] { inOrder = false; break }
            if inOrder {
                if write != low { for i in low..<high { ids[write + i - low] = ids[i] } }
                write += high - low
            } else {
                for r in Set(ids[low..<high]).sorted() { ids[write] = r; write += 1 }
            }
        }
        start[distinct.count] = Int32(truncatingIfNeeded: write)
        if write < ids.count { ids = Array(ids[0..<write]) }
        return (start, ids)
    }

    /// Sorts `targets[start..<end]` ascending, carrying `weights` (when weighted) and `inputs`
    /// along; equal targets keep their input order, so each edge's copies stay in input order.
    private static func sortGroup(_ targets: UnsafeMutableBufferPointer<Int32>, _ weights: UnsafeMutableBufferPointer<Double>,
                                  _ inputs: UnsafeMutableBufferPointer<Int32>, _ start: Int, _ end: Int, weighted: Bool) {
        var inOrder = true
        for slot in (start + 1)..<end where targets[slot] < targets[slot - 1] { inOrder = false; break }
        if inOrder { return }
        if end - start <= 32 {
            // Insertion sort is stable.
            for slot in (start + 1)..<end {
                let target = targets[slot]
                let weight = weighted ? weights[slot] : 0
                let input = inputs[slot]
                var hole = slot
                while hole > start && targets[hole - 1] > target {
                    targets[hole] = targets[hole - 1]
                    inputs[hole] = inputs[hole - 1]
                    if weighted { weights[hole] = weights[hole - 1] }
                    hole -= 1
                }
                targets[hole] = target
                inputs[hole] = input
                if weighted { weights[hole] = weight }
            }
        } else {
            // Inputs are distinct, so ordering by (target, input) is a total order.
            var entries = (start..<end).map { (target: targets[$0], input: inputs[$0], weight: weighted ? weights[$0] : 0) }
            entries.sort { ($0.target, $0.input) < ($1.target, $1.input) }
            for (offset, entry) in entries.enumerated() {
                targets[start + offset] = entry.target
                inputs[start + offset] = entry.input
                if weighted { weights[start + offset] = entry.weight }
            }
        }
    }

    /// Which CSR `placedCSR(nodeCount:_:_:)` builds from the distinct edges.
    enum Placement {
        /// Undirected: edge `e = (u, v)` with `u <= v` sits in row `u` and, unless a self-loop,
        /// in row `v`. Placing the edges in id order leaves every row sorted by neighbour:
        /// row `v` first receives the edges from smaller neighbours (in increasing order of
        /// that neighbour), then its own, whose targets are at least `v`.
        case symmetric
        /// Directed, incoming: row `v` lists the sources of the edges into `v` in edge-id
        /// order, which is increasing source order.
        case incoming
    }

    /// Places the distinct edges into a CSR by counting sort (see `Placement`). Its weights
    /// are the edges' own array, by edge id.
    ///
    /// - Complexity: O(n + m) time and space.
    static func placedCSR(nodeCount: Int, _ edges: DistinctEdges, _ placement: Placement) -> CSR {
        let symmetric = placement == .symmetric
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var slotCount = 0
        edges.firstEdge.withUnsafeBufferPointer { first in
        edges.targets.withUnsafeBufferPointer { targets in
        offsets.withUnsafeMutableBufferPointer { offsets in
            for u in 0..<nodeCount {
                if symmetric { offsets[u + 1] &+= first[u + 1] &- first[u] }
                for e in Int(first[u])..<Int(first[u + 1]) where !symmetric || Int(targets[e]) != u {
                    offsets[Int(targets[e]) + 1] &+= 1
                }
            }
            for u in 0..<nodeCount { offsets[u + 1] &+= offsets[u] }
            slotCount = Int(offsets[nodeCount])
        }}}
        var next = offsets
        var slotTargets = [Int32](repeating: 0, count: slotCount)
        var slotEdges = [Int32](repeating: 0, count: slotCount)
        edges.firstEdge.withUnsafeBufferPointer { first in
        edges.targets.withUnsafeBufferPointer { targets in
        next.withUnsafeMutableBufferPointer { next in
        slotTargets.withUnsafeMutableBufferPointer { slotTargets in
        slotEdges.withUnsafeMutableBufferPointer { slotEdges in
            @inline(__always) func place(row: Int, neighbor: Int, edge e: Int) {
                let slot = Int(next[row])
                next[row] = Int32(truncatingIfNeeded: slot &+ 1)
                slotTargets[slot] = Int32(truncatingIfNeeded: neighbor)
                slotEdges[slot] = Int32(truncatingIfNeeded: e)
            }
            for u in 0..<nodeCount {
                for e in Int(first[u])..<Int(first[u + 1]) {
                    let v = Int(targets[e])
                    if symmetric { place(row: u, neighbor: v, edge: e) }
                    if !symmetric || v != u { place(row: v, neighbor: u, edge: e) }
                }
            }
        }}}}}
        // One weight array for the graph and its CSRs: slots read it through their edge ids.
        return CSR(offsets: offsets, targets: slotTargets, edges: slotEdges, weights: edges.weights)
    }
}
