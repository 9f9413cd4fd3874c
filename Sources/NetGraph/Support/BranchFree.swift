/// Conditions spelled as arithmetic, for the community methods' hottest loops.
///
/// Whether a neighbour lies in the community being looked at is a coin toss to the
/// processor's branch predictor, so a branch on it is mispredicted about as often as not,
/// each time costing the pipeline's refill. LLVM compiles a `?:` whose condition compares a
/// value just loaded into a branch (a conditional move would wait for the load), so these
/// state the condition as integer arithmetic, which it keeps as a flag-setting instruction.
/// Results are the same bits as the branching forms': the terms are added in the same order.
enum BranchFree {
    /// 1 when `a == b`, else 0.
    @inline(__always)
    static func oneIfEqual(_ a: Int32, _ b: Int32) -> Int {
        oneIfZero(UInt64(UInt32(bitPattern: a ^ b)))
    }

    /// 1 when every bit of `bits` is 0, else 0.
    @inline(__always)
    static func oneIfZero(_ bits: UInt64) -> Int {
        // Nonzero `bits` or its negation has the top bit set; zero has neither.
        Int(truncatingIfNeeded: ((bits | (0 &- bits)) >> 63) ^ 1)
    }

    /// Adds `value` to `sums[1]` when `keep` is 1, to `sums[0]` (the discard) when it is 0,
    /// so `sums[1]` sums the kept terms in the same order as a branch would. The pair is in
    /// memory, not registers: LLVM turns a select between registers, or a mask on the value's
    /// bits, back into a branch, and a vector in a register is spilled for each indexed write.
    @inline(__always)
    static func add(_ value: Double, to sums: UnsafeMutablePointer<Double>, keep: Int) {
        sums[keep] += value
    }

    /// Calls `body` with a pair of sums for ``add(_:to:keep:)``, both 0. They are on the
    /// heap: on the stack, LLVM may keep them in registers and choose between them by a branch.
    static func withSumPair<Result>(_ body: (UnsafeMutablePointer<Double>) throws -> Result) rethrows -> Result {
        let sums = UnsafeMutablePointer<Double>.allocate(capacity: 2)
        sums.initialize(repeating: 0, count: 2)
        defer { sums.deallocate() }
        return try body(sums)
    }
}
