import Foundation
@testable import NetGraph

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// `Tests/NetGraphTests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Reads native-format text as if it were a file called `test.yaml`.
    static func read(_ text: String, file: String = "test.yaml") throws(GraphInputError) -> Graph {
        try NativeGraphReader().read(Array(text.utf8), file: file)
    }

    /// The diagnostics reading `text` produces (empty if it reads).
    static func diagnostics(_ text: String) -> [Diagnostic] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// `Fixtures/graphs/tricky.yaml`: every awkward value the writers must carry, shared by
    /// the round trips of every format (native, interchange, DOT, the convert command).
    static func tricky() throws -> Graph {
        try GraphFile.read(path: fixtures.appendingPathComponent("graphs/tricky.yaml").path)
    }

    static func starter() throws -> Graph {
        try GraphFile.read(path: fixtures.appendingPathComponent("graphs/starter.yaml").path)
    }
}
