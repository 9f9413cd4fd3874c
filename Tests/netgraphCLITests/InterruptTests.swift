import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C during a write leaves neither the output nor the temporary file netgraph writes
/// it through (``GraphFile/writeAtomically``: `.OUT.RANDOM.tmp` beside OUT).
///
/// The temporary file's name is unpredictable (so that nobody can plant a link there), so
/// the test watches the output folder and sends SIGINT the moment a temporary file appears:
/// netgraph is then inside the write. If netgraph finished before the signal landed, the
/// output must be complete and the attempt is repeated with a larger input; no sleep and no
/// timing assumption decide the outcome.
@Suite struct InterruptTests {
    @Test func interruptedConvertLeavesNoFiles() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-interrupt-\(UUID().uuidString)")
        let outputDirectory = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var interrupted = false
        for attempt in 1...4 where !interrupted {
            let input = work.appendingPathComponent("chain-\(attempt).edges")
            let edges = 20_000 << attempt
            try (0..<edges).map { "n\($0) n\($0 + 1) \($0 % 7 + 1)" }.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
            interrupted = try interruptWrite(of: input, into: outputDirectory)
        }
        #expect(interrupted, "netgraph finished every write before it could be interrupted")
    }

    /// Starts `convert INPUT DIR/graph.yaml` and interrupts it once its temporary file
    /// exists; true when the write was interrupted, false when netgraph got there first.
    private func interruptWrite(of input: URL, into directory: URL) throws -> Bool {
        let output = directory.appendingPathComponent("graph.yaml")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["convert", input.path, output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        var sawTemporary = false
        while process.isRunning && !sawTemporary {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            sawTemporary = names.contains { $0.hasPrefix(".graph.yaml.") && $0.hasSuffix(".tmp") }
        }
        guard sawTemporary else {
            process.waitUntilExit()
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
                try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
            return false
        }
        kill(process.processIdentifier, SIGINT)
        // A minute bounds a run that ignores the interrupt; it is no timing claim.
        if exited.wait(timeout: .now() + 60) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("netgraph kept running after SIGINT")
        }
        process.waitUntilExit()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        if process.terminationStatus == 0 {
            // The rename won the race: the output is whole and nothing else is left.
            #expect(names == ["graph.yaml"], "left behind: \(names)")
            try FileManager.default.removeItem(at: output)
            return false
        }
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + SIGINT)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        if left == ["graph.yaml"] {
            // The signal came after the rename: the output is the whole graph, not a piece of it.
            let check = try CLIRunner.run(["stats", output.path, "--format", "json"])
            #expect(check.status == 0, "an interrupted write left a file that does not read: \(check.stderr)")
            try FileManager.default.removeItem(at: output)
            return false
        }
        #expect(left.isEmpty, "left behind: \(left)")
        return true
    }
}
