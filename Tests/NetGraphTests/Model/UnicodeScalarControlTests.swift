import Testing
@testable import NetGraph

@Suite struct UnicodeScalarControlTests {
    /// The range test agrees with the Unicode tables on every scalar.
    @Test func agreesWithTheGeneralCategoryEverywhere() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isControlCharacter != (scalar.properties.generalCategory == .control) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}
