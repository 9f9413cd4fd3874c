import Foundation
import NetGraph
import Testing

/// The version `netgraph --version` reports is the newest release in `CHANGELOG.md`, so the
/// binary, the library constant and the changelog cannot drift apart.
@Suite struct ReleaseTests {
    /// The version of the first `## [X.Y.Z]` heading of the changelog (`[Unreleased]` skipped).
    static func newestChangelogRelease() throws -> String {
        let text = try String(contentsOf: CLIRunner.repository.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        for line in text.split(separator: "\n") where line.hasPrefix("## [") {
            let version = line.dropFirst(4).prefix { $0 != "]" }
            if version != "Unreleased" { return String(version) }
        }
        throw CLIRunner.CLIError("CHANGELOG.md has no release heading")
    }

    @Test func versionIsTheNewestChangelogRelease() throws {
        let release = try Self.newestChangelogRelease()
        let parts = release.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil }, "'\(release)' is not MAJOR.MINOR.PATCH")
        #expect(NetGraphVersion.current == release)
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == release + "\n")
    }
}
