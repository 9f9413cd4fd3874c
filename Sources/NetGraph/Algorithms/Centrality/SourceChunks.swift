import Dispatch

/// How all-sources measures split their sources over threads: `0..<total` is cut into at
/// most `threads` contiguous chunks, run concurrently (`DispatchQueue.concurrentPerform`),
/// each with its own search buffers. Chunk boundaries depend only on `total` and the chunk
/// count, so a given thread count always does the same work in the same order. Leiden's
/// refinement and aggregation run their runs of communities through ``run(chunks:_:)``
/// too, with results that do not depend on the cut at all.
enum SourceChunks {
    /// The number of blocks an all-sources sum is cut into, whatever the thread count (at
    /// most 64, one per source on smaller graphs): sums taken per block and added in block
    /// order are the same bits on any number of threads.
    static func blockCount(total: Int) -> Int { max(1, min(64, total)) }

    /// The number of chunks for `total` sources on `threads` threads (at least one).
    static func count(total: Int, threads: Int) -> Int { max(1, min(threads, total)) }

    /// The sources of chunk `chunk` of `chunks`.
    static func range(_ chunk: Int, of chunks: Int, total: Int) -> Range<Int> {
        (total * chunk / chunks)..<(total * (chunk + 1) / chunks)
    }

    /// Runs `work(chunk)` for every chunk, concurrently when there are several.
    static func run(chunks: Int, _ work: @Sendable (Int) -> Void) {
        if chunks == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: chunks, execute: work) }
    }

    /// One value per node `0..<total`, each computed by `value(&state, node)` with a state
    /// (search buffers) made once per chunk. Every node's value is computed by exactly one
    /// call whatever the thread count, so the result equals the serial one bit for bit.
    ///
    /// - Complexity: the calls' cost, plus O(total) to gather the values.
    static func valuePerNode<State>(total: Int, threads: Int, makeState: @Sendable () -> State,
                                    value: @Sendable (inout State, Int) -> Double) -> [Double] {
        var result = [Double](repeating: 0, count: total)
        guard total > 0 else { return result }
        let chunks = count(total: total, threads: threads)
        result.withUnsafeMutableBufferPointer { buffer in
            // Chunks write disjoint ranges of the buffer.
            nonisolated(unsafe) let base = buffer.baseAddress!
            run(chunks: chunks) { chunk in
                var state = makeState()
                for node in range(chunk, of: chunks, total: total) { base[node] = value(&state, node) }
            }
        }
        return result
    }
}
