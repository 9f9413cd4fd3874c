/// How the command asks the C allocator to treat memory it frees.
enum MemoryTuning {
    /// A command builds large arrays and lets them go within a second (the file's bytes, the
    /// edge list, the answer's text). By default glibc maps every block over 128 KiB afresh
    /// and hands it back on free, and the kernel zeroes each new page on first touch. Keeping
    /// freed memory in the process for reuse (a higher mapping threshold and no trimming)
    /// costs no more peak memory than the largest live set, and the process ends soon after.
    static func keepFreedMemory() {
        #if os(Linux)
        // glibc's mallopt(3) parameters; the Glibc module does not export the function.
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3
        _ = mallopt(mmapThreshold, 512 << 20)
        _ = mallopt(trimThreshold, Int32.max)
        #endif
    }

    /// Every thread allocates from one arena, for a graph read on one thread (``ReadAhead``)
    /// and analysed on another: with an arena per thread the memory the reading let go could
    /// not be reused by the analysis (`components` of BA 100k peaked at 43.4 MiB instead of 38.3–38.8).
    /// Only then: threads that allocate at the same time wait on the one arena's lock, which
    /// took `render` (Graphviz's start-up on one thread, the command on another) from 1.00×
    /// to 1.10× `dot -Tsvg`. Called before any thread but the main one exists: a thread keeps
    /// the arena it first allocated from.
    static func shareOneArena() {
        #if os(Linux)
        let arenaMax: Int32 = -8
        _ = mallopt(arenaMax, 1)
        #endif
    }
}

#if os(Linux)
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
