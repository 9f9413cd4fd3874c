/// Shared pieces of the power-iteration measures (eigenvector, Katz).
enum PowerIteration {
    /// `‖x‖₂`, scaled against overflow and underflow as `math.hypot` is (NetworkX normalises
    /// with `math.hypot(*x)`).
    ///
    /// - Complexity: O(n).
    static func euclideanNorm(_ x: [Double]) -> Double {
        var largest = 0.0
        for value in x { largest = max(largest, abs(value)) }
        guard largest > 0 && largest.isFinite else { return largest }
        var sum = 0.0
        var compensation = 0.0
        for value in x {
            // Kahan-compensated sum of squares of the scaled values.
            let scaled = value / largest
            let y = scaled * scaled - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        return largest * sum.squareRoot()
    }
}
