import Foundation
import Testing

/// Commands write only onto a regular file or a new name, never over their own input, and
/// leave no temporary file behind.
@Suite struct OutputSafetyTests {
    private func fileType(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    @Test func aFIFOOrADeviceIsRefusedAndLeftAlone() throws {
        let directory = try CLIRunner.newDirectory("output-fifo")
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("drawing.svg").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for arguments in [["render", CLIRunner.starter, "-o", fifo], ["report", CLIRunner.starter, "-o", fifo + ".html"],
                          ["render", CLIRunner.starter, "-o", "/dev/null", "--format", "svg"]] {
            if arguments[3].hasSuffix(".html") { #expect(mkfifo(arguments[3], 0o644) == 0) }
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("writes only to a regular file or a new name"), "\(arguments)")
        }
        #expect(fileType(fifo) == .typeUnknown || fileType(fifo) != .typeRegular)
        #expect(fileType("/dev/null") == .typeCharacterSpecial)
    }

    @Test func aPlantedSymbolicLinkIsRefusedAndItsTargetUntouched() throws {
        let directory = try CLIRunner.newDirectory("output-link")
        defer { try? FileManager.default.removeItem(at: directory) }
        let victim = directory.appendingPathComponent("victim.txt").path
        try "keep me\n".write(toFile: victim, atomically: true, encoding: .utf8)
        let link = directory.appendingPathComponent("graph.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        let result = try CLIRunner.run(["convert", CLIRunner.starter, link])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is a symbolic link"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me\n")
        #expect(fileType(link) == .typeSymbolicLink)
    }

    @Test func noCommandWritesOverItsInputEvenByAnotherName() throws {
        let directory = try CLIRunner.newDirectory("output-input")
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("g.json").path
        #expect(try CLIRunner.run(["convert", CLIRunner.starter, graph]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: graph))
        let hardLink = directory.appendingPathComponent("same.json").path
        try FileManager.default.linkItem(atPath: graph, toPath: hardLink)
        // A native graph file named .html, so that the report may be asked to write over it.
        let page = directory.appendingPathComponent("g.html").path
        try FileManager.default.copyItem(atPath: graph, toPath: page)
        for arguments in [["render", graph, "-o", graph], ["render", graph, "-o", hardLink],
                          ["convert", graph, hardLink], ["report", page, "-o", page]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("refusing to write over the input"), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: page)) == before)
    }

    @Test func aWriteLeavesNoTemporaryFile() throws {
        let directory = try CLIRunner.newDirectory("output-temporary")
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("nested/deeper/g.svg").path
        #expect(try CLIRunner.run(["render", CLIRunner.starter, "-o", out]).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("nested/deeper").path)
        #expect(left == ["g.svg"])
        // A write that fails removes the folders it created.
        let blocker = directory.appendingPathComponent("file").path
        try "x".write(toFile: blocker, atomically: true, encoding: .utf8)
        let failed = try CLIRunner.run(["render", CLIRunner.starter, "-o", blocker + "/sub/g.svg"])
        #expect(failed.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["file", "nested"])
    }
}
