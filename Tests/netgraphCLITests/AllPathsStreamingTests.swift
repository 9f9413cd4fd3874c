import Foundation
import Testing

/// `path --all` on a graph with more shortest paths than any list could hold: twenty-one
/// diamonds in a row, 2^21 = 2,097,152 shortest paths between the ends, in a 600-byte edge
/// list. Before the paths were streamed, `--max-paths 1000000` held every path with its
/// evidence and output and ran out of memory (4.7 GB resident, then abort).
@Suite struct AllPathsStreamingTests {
    static let diamonds = (0..<21).map { i in "a\(i) b\(i)\nb\(i) a\(i + 1)\na\(i) c\(i)\nc\(i) a\(i + 1)\n" }.joined()

    private func writeDiamonds() throws -> (URL, String) {
        let directory = try CLIRunner.newDirectory("all-paths")
        let file = directory.appendingPathComponent("diamonds.txt")
        try Self.diamonds.write(to: file, atomically: true, encoding: .utf8)
        return (directory, file.path)
    }

    /// The answer is capped where asked, says how many there are, and exits 0.
    @Test func capsTheListAndCountsTheRest() throws {
        let (directory, file) = try writeDiamonds()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLIRunner.run(["path", file, "a0", "a21", "--all", "--max-paths", "1000", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("showing 1000 of 2097152 shortest paths"))
        let paths = try #require(try result.json()["paths"] as? [[String: Any]])
        #expect(paths.count == 1000)
        #expect(paths.allSatisfy { ($0["hops"] as? Int) == 42 })
    }

    /// With a million paths asked for, the answer starts coming while the paths are still
    /// being listed, and the process stays small: the first megabyte of JSON arrives with
    /// the process far below the memory a list of the paths would take.
    @Test func aMillionPathsAreStreamed() throws {
        let (directory, file) = try writeDiamonds()
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["path", file, "a0", "a21", "--all", "--max-paths", "1000000", "--format", "json"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            // SIGKILL: the test runner starts children with SIGTERM blocked.
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        var received = Data()
        let deadline = Date().addingTimeInterval(120)
        while received.count < 1 << 20 && Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        #expect(received.count >= 1 << 20, "no megabyte of output within two minutes")
        #expect(String(decoding: received.prefix(40), as: UTF8.self).hasPrefix(#"{"from":"a0","to":"a21","paths":[{"#))
        // The high-water mark of the resident set, read while the listing goes on.
        let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
        let kilobytes = try #require(Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]))
        #expect(process.isRunning)
        #expect(kilobytes < 300_000, "peak resident set \(kilobytes) kB")
    }
}
