extension Graph {
    /// Starts loading what an answer that lists node `v`, reached through relation `r`, reads
    /// of them: the node's id, and the relation's two ends.
    ///
    /// An answer listing every node a search reaches (`neighbors` on a large graph) visits
    /// nodes and relations in the search's order, which is at random in the columns: each
    /// entry would otherwise wait on memory for these reads in turn. Called a few entries
    /// ahead, the loads overlap the writing of the entries before. A hint only: it changes
    /// no answer.
    package func prefetch(node v: Int, relation r: Int) {
        let row = entityRow(v)
        storage.columns.entities.ids.withUnsafeBufferPointer { ids in
            if row < ids.count, let base = ids.baseAddress { NetGraph.prefetch(base + row) }
        }
        storage.relationSources.withUnsafeBufferPointer { ends in
            if r < ends.count, let base = ends.baseAddress { NetGraph.prefetch(base + r) }
        }
        storage.relationTargets.withUnsafeBufferPointer { ends in
            if r < ends.count, let base = ends.baseAddress { NetGraph.prefetch(base + r) }
        }
    }
}
