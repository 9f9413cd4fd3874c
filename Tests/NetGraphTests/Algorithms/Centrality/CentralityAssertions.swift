import Testing
@testable import NetGraph

/// Compares a computed vector with NetworkX's, entry by entry, within
/// `relative · max(|expected|, |actual|) + absolute`.
func expectClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-9, absolute: Double = 1e-12,
                 _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(label): \(actual.count) values, expected \(expected.count)",
            sourceLocation: sourceLocation)
    for i in 0..<min(actual.count, expected.count) {
        let tolerance = relative * max(abs(expected[i]), abs(actual[i])) + absolute
        if !(abs(actual[i] - expected[i]) <= tolerance) {
            Issue.record("\(label)[\(i)]: \(actual[i]) vs NetworkX \(expected[i])", sourceLocation: sourceLocation)
            return
        }
    }
}
