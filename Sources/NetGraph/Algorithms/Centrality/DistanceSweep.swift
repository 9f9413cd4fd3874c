import HeapModule

/// Single-source distances over one CSR view, reused across sources: breadth-first hop
/// counts on unweighted graphs, Dijkstra distances on weighted ones. After ``run(from:)``,
/// `order[0..<reached]` lists the reached nodes (the source first) and `distance` holds
/// their distances.
///
/// - Complexity: per source O(n' + m') unweighted, O((n' + m') log n') weighted; O(n) space.
struct DistanceSweep {
    private let csr: CSR
    private let weighted: Bool
    private(set) var order: [Int32]
    private(set) var reached = 0
    private(set) var distance: [Double]
    private var settled: [Bool]
    private var heap = Heap<Entry>()

    private struct Entry: Comparable {
        var distance: Double
        var node: Int32
        static func < (a: Entry, b: Entry) -> Bool {
            a.distance < b.distance || (a.distance == b.distance && a.node < b.node)
        }
    }

    /// - Parameter csr: the direction to walk (`incoming` gives distances *to* the source).
    init(_ csr: CSR) {
        self.csr = csr
        weighted = !csr.weights.isEmpty
        let n = csr.nodeCount
        order = [Int32](repeating: 0, count: n)
        distance = [Double](repeating: .infinity, count: n)
        settled = [Bool](repeating: false, count: n)
    }

    mutating func run(from source: Int, maxDistance: Double = .infinity) {
        for i in 0..<reached {
            let v = Int(order[i])
            distance[v] = .infinity
            settled[v] = false
        }
        reached = 0
        distance[source] = 0
        if weighted { dijkstra(from: source, limit: maxDistance) } else { breadthFirst(from: source, limit: maxDistance) }
    }

    private mutating func breadthFirst(from source: Int, limit: Double) {
        order[0] = Int32(source)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
            if next > limit { continue }
            for slot in csr.slots(of: v) {
                let w = Int(csr.targets[slot])
                if distance[w] == .infinity {
                    distance[w] = next
                    order[tail] = Int32(w)
                    tail += 1
                }
            }
        }
        reached = tail
    }

    private mutating func dijkstra(from source: Int, limit: Double) {
        heap.insert(Entry(distance: 0, node: Int32(source)))
        var count = 0
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            if settled[v] || entry.distance > distance[v] { continue }
            settled[v] = true
            order[count] = Int32(v)
            count += 1
            let dv = distance[v]
            for slot in csr.slots(of: v) {
                let w = Int(csr.targets[slot])
                let candidate = dv + csr.weights[slot]
                if candidate <= limit && !settled[w] && candidate < distance[w] {
                    distance[w] = candidate
                    heap.insert(Entry(distance: candidate, node: Int32(w)))
                }
            }
        }
        reached = count
    }
}
