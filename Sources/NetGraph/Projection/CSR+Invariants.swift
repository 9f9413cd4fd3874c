extension CSR {
    /// Checks the structural invariants: offsets start at zero, never decrease and end at the
    /// slot count, and every target names a node. Runs in debug builds and tests.
    ///
    /// - Complexity: O(n + m).
    public func checkInvariants(edgeCount: Int? = nil) -> Bool {
        guard offsets.first == 0, Int(offsets.last!) == targets.count else { return false }
        for v in 0..<nodeCount where offsets[v] > offsets[v + 1] { return false }
        for t in targets where t < 0 || Int(t) >= nodeCount { return false }
        if let edgeCount {
            for e in edges where e < 0 || Int(e) >= edgeCount { return false }
        }
        return true
    }
}
