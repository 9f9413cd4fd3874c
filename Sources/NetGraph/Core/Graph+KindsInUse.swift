extension Graph {
    /// The kinds of the graph's entities, in schema order, then any others by name: the
    /// order legends and summaries list kinds in.
    ///
    /// - Complexity: O(n + k log k) for k kinds.
    public var kindsInUse: [EntityKind] {
        var used = Set<UInt16>()
        for v in 0..<nodeCount { used.insert(kindCode(ofNode: v)) }
        let kinds = Set(used.map { kindTable[Int($0)] })
        let ordered = schema.kinds.filter(kinds.contains)
        return ordered + kinds.subtracting(ordered).sorted()
    }
}
