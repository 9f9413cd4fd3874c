import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C during a write leaves neither the output nor the temporary file netgraph writes
/// it through (``GraphFile/writeAtomically``, `.OUT.PID.tmp` beside OUT).
///
/// To interrupt the write itself rather than whatever runs before it, the test puts a FIFO
/// where the temporary file will be, right after the process starts (its name needs only
/// the process id): netgraph's write then goes into the pipe, which the test reads until
/// bytes arrive. From that moment netgraph is inside the write, and stays there (the pipe
/// is full and nobody reads), when SIGINT is sent. No sleep and no timing assumption: if
/// netgraph ever got to the write before the FIFO existed, the attempt is repeated with a
/// larger input.
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

    /// Starts `convert INPUT DIR/graph.yaml` with a FIFO at its temporary path; true when
    /// the write was caught and interrupted, false when netgraph got there first.
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
        let temporary = directory.appendingPathComponent(".graph.yaml.\(process.processIdentifier).tmp").path
        guard mkfifo(temporary, 0o600) == 0 else {
            process.waitUntilExit()
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
                try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
            return false
        }
        let reader = open(temporary, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        // Wait for netgraph's first bytes; a minute bounds a broken run, it is no timing claim.
        var descriptor = pollfd(fd: reader, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var received = 0
        while received == 0 && process.isRunning {
            if poll(&descriptor, 1, 60_000) <= 0 { break }
            received = max(0, read(reader, &buffer, buffer.count))
        }
        if received == 0 {
            process.waitUntilExit()
            Issue.record("netgraph never wrote to its temporary file (exit \(process.terminationStatus))")
            return true
        }
        kill(process.processIdentifier, SIGINT)
        // A minute bounds a run that ignores the interrupt; it is no timing claim.
        if exited.wait(timeout: .now() + 60) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("netgraph kept running after SIGINT")
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + SIGINT)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(left.isEmpty, "left behind: \(left)")
        return true
    }
}
