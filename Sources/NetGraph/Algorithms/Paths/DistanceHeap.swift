/// A binary min-heap of `(distance, node)` pairs with decrease-key, for Dijkstra-style
/// searches: the keys and nodes live in two flat buffers of capacity n, and a third buffer
/// maps each node to its heap slot (−1 when absent), so a node is held at most once and an
/// improvement moves it up instead of adding a stale duplicate.
///
/// Pairs are ordered by distance, then by node index, so among equal distances the lowest
/// index is settled first — the order every search in the library relies on for
/// reproducible results. Popping a node marks it absent again, so the heap is empty and
/// ready for the next source when a search ends (``removeAll()`` empties it early).
///
/// The operations run on unsafe pointers inside ``withOperations(_:)``: the hot loop of a
/// search performs no bounds checks, reference counting or copy-on-write checks.
///
/// - Complexity: O(log h) per insert, decrease and pop for h pairs held; O(n) space.
/// - Reference: J. W. J. Williams, "Algorithm 232: Heapsort", *Communications of the ACM*
///   7(6) (1964) 347–348, doi:10.1145/512274.512284.
struct DistanceHeap {
    private var keys: [Double]
    private var nodes: [Int32]
    private var slotOfNode: [Int32]
    private var count = 0

    /// An empty heap for the nodes `0..<capacity`.
    init(capacity: Int) {
        keys = [Double](repeating: 0, count: capacity)
        nodes = [Int32](repeating: 0, count: capacity)
        slotOfNode = [Int32](repeating: -1, count: capacity)
    }

    var isEmpty: Bool { count == 0 }

    /// Runs `body` with direct access to the heap's buffers.
    mutating func withOperations<Result>(_ body: (inout Operations) -> Result) -> Result {
        let held = count
        let (result, newCount) = keys.withUnsafeMutableBufferPointer { keys in
            nodes.withUnsafeMutableBufferPointer { nodes in
                slotOfNode.withUnsafeMutableBufferPointer { slotOfNode in
                    var operations = Operations(keys: keys.baseAddress!, nodes: nodes.baseAddress!,
                                                slotOfNode: slotOfNode.baseAddress!, count: held)
                    let result = body(&operations)
                    return (result, operations.count)
                }
            }
        }
        count = newCount
        return result
    }

    /// Empties the heap (a search that stopped early leaves pairs behind).
    ///
    /// - Complexity: O(h).
    mutating func removeAll() {
        for slot in 0..<count { slotOfNode[Int(nodes[slot])] = -1 }
        count = 0
    }

    /// The heap operations over borrowed buffers; valid only inside ``withOperations(_:)``.
    struct Operations {
        fileprivate let keys: UnsafeMutablePointer<Double>
        fileprivate let nodes: UnsafeMutablePointer<Int32>
        fileprivate let slotOfNode: UnsafeMutablePointer<Int32>
        fileprivate(set) var count: Int

        var isEmpty: Bool { count == 0 }

        /// Whether `node` is waiting in the heap.
        @inline(__always) func contains(_ node: Int) -> Bool { slotOfNode[node] >= 0 }

        @inline(__always) private func precedes(_ a: Int, _ b: Int) -> Bool {
            keys[a] < keys[b] || (keys[a] == keys[b] && nodes[a] < nodes[b])
        }

        @inline(__always) private func place(_ slot: Int, key: Double, node: Int32) {
            keys[slot] = key
            nodes[slot] = node
            slotOfNode[Int(node)] = Int32(truncatingIfNeeded: slot)
        }

        /// Inserts `node` with `key`, or lowers its key when it is already held.
        /// - Precondition: a held node's new key is not larger than its old one.
        @inline(__always) mutating func insertOrDecrease(_ node: Int, key: Double) {
            var slot = Int(slotOfNode[node])
            if slot < 0 {
                slot = count
                count += 1
            }
            // Sift up: move larger parents down until the new pair fits.
            let node32 = Int32(truncatingIfNeeded: node)
            while slot > 0 {
                let parent = (slot - 1) >> 1
                let parentKey = keys[parent]
                guard key < parentKey || (key == parentKey && node32 < nodes[parent]) else { break }
                place(slot, key: parentKey, node: nodes[parent])
                slot = parent
            }
            place(slot, key: key, node: node32)
        }

        /// Removes and returns the pair with the least key (lowest node among equal keys).
        @inline(__always) mutating func popMin() -> (node: Int, key: Double)? {
            guard count > 0 else { return nil }
            let top = (node: Int(nodes[0]), key: keys[0])
            slotOfNode[top.node] = -1
            count -= 1
            guard count > 0 else { return top }
            // Sift the last pair down from the root.
            let key = keys[count]
            let node = nodes[count]
            var slot = 0
            while true {
                var child = 2 * slot + 1
                if child >= count { break }
                if child + 1 < count && precedes(child + 1, child) { child += 1 }
                let childKey = keys[child]
                guard childKey < key || (childKey == key && nodes[child] < node) else { break }
                place(slot, key: childKey, node: nodes[child])
                slot = child
            }
            place(slot, key: key, node: node)
            return top
        }
    }
}
