/// LLVM's `llvm.prefetch` intrinsic, which Swift has no spelling for: the Swift compiler
/// passes a call to a function of this name through to LLVM, which lowers it to the
/// processor's prefetch instruction. The arguments after the address must be constants: read
/// (0) or write (1), temporal locality 0–3, and data (1) or instruction (0) cache.
@_silgen_name("llvm.prefetch.p0")
private func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ dataCache: Int32)

/// Asks the processor to start loading the cache line holding `address` for reading, and to
/// keep it in every cache level. A hint only: it changes no result, faults on no address
/// (an address outside the process is ignored), and costs about an instruction.
///
/// For loops whose next reads are known a few steps ahead but land at random in arrays larger
/// than the caches — a community search visiting nodes in random order — so the loads of
/// later steps overlap the work of the current one rather than waiting in turn.
@inline(__always)
func prefetch(_ address: UnsafeRawPointer) {
    llvmPrefetch(address, 0, 3, 1)
}
