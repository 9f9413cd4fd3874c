import Testing
@testable import NetGraph

@Suite struct DistanceHeapTests {
    /// Random inserts, decreases and pops against a plain dictionary of the held keys.
    @Test func popsInDistanceThenNodeOrder() {
        var rng = TestRNG(state: 11)
        let n = 64
        var heap = DistanceHeap(capacity: n)
        for _ in 0..<20 {
            var held: [Int: Double] = [:]
            var popped: [(Int, Double)] = []
            heap.withOperations { queue in
                for _ in 0..<200 {
                    if Bool.random(using: &rng) || held.isEmpty {
                        let node = Int.random(in: 0..<n, using: &rng)
                        // Small integer keys make ties common.
                        let key = Double(Int.random(in: 0...6, using: &rng))
                        if let old = held[node], old < key { continue }
                        queue.insertOrDecrease(node, key: key)
                        held[node] = key
                    } else {
                        let (node, key) = queue.popMin()!
                        let least = held.min { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }!
                        #expect(node == least.key && key == least.value)
                        held[node] = nil
                        popped.append((node, key))
                    }
                    #expect(queue.count == held.count)
                }
            }
            #expect(popped.count > 0)
            heap.removeAll()
            #expect(heap.isEmpty)
            heap.withOperations { queue in
                for node in 0..<n { #expect(!queue.contains(node)) }
            }
        }
    }
}
