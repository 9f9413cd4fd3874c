@testable import NetGraph
import Testing

@Suite struct BranchFreeTests {
    @Test(arguments: [Int32.min, -2, -1, 0, 1, 2, Int32.max])
    func oneIfEqualAgreesWithEquality(_ a: Int32) {
        for b in [Int32.min, -2, -1, 0, 1, 2, Int32.max, a] {
            #expect(BranchFree.oneIfEqual(a, b) == (a == b ? 1 : 0), "\(a) vs \(b)")
        }
    }

    @Test func oneIfZeroIsOneForZeroBitsOnly() {
        #expect(BranchFree.oneIfZero(0) == 1)
        #expect(BranchFree.oneIfZero(0.0.bitPattern) == 1)
        // -0.0 compares equal to 0 but its bits do not: the local-moving scratch never holds it.
        for bits: UInt64 in [1, 2, 1 << 62, 1 << 63, UInt64.max, (-0.0).bitPattern, 1.0.bitPattern] {
            #expect(BranchFree.oneIfZero(bits) == 0, "\(bits)")
        }
    }

    /// The kept sum is the same bits as a loop that branches, terms in the same order.
    @Test func addSumsTheKeptTermsInOrder() {
        var rng = SplitMix64(seed: 9)
        for _ in 0..<200 {
            var branching = 0.0
            let kept = BranchFree.withSumPair { sums in
                #expect(sums[0] == 0 && sums[1] == 0)
                for _ in 0..<Int.random(in: 0..<40, using: &rng) {
                    let term = Double.random(in: 0..<1e6, using: &rng) / Double(Int.random(in: 1..<1000, using: &rng))
                    let keep = Int.random(in: 0...1, using: &rng)
                    if keep == 1 { branching += term }
                    BranchFree.add(term, to: sums, keep: keep)
                }
                return sums[1]
            }
            #expect(kept.bitPattern == branching.bitPattern)
        }
    }
}
