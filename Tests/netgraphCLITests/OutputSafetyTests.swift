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

/// Folder exports (Neo4j, GraphFrames) are written whole or not at all, and a folder whose
/// files come from different exports is refused.
@Suite struct FolderExportTests {
    private func convert(_ graph: String, _ folder: URL, _ format: String = "neo4j") throws -> CLIRunner.Result {
        try CLIRunner.run(["convert", graph, folder.path, "--to", format])
    }

    @Test(arguments: ["neo4j", "graphframes"])
    func anExportIsReplacedWholeAndListsItsFiles(_ format: String) throws {
        let directory = try CLIRunner.newDirectory("folder-export")
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("export")
        #expect(try convert(CLIRunner.starter, folder, format).status == 0)
        #expect(try convert(BundledGraphPath.path, folder, format).status == 0)
        // The bundled graph replaced the starter whole; nothing else is left beside it.
        #expect(try CLIRunner.run(["stats", folder.path, "--format", "json"]).json()["nodes"] as? Int == 213)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["export"])
        let listed = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(listed.contains("netgraph-export.json"))
        let manifest = try String(contentsOf: folder.appendingPathComponent("netgraph-export.json"), encoding: .utf8)
        for file in listed where file != "netgraph-export.json" { #expect(manifest.contains("\"name\": \"\(file)\""), "\(file)") }
    }

    @Test func aFolderMixingTwoExportsIsRefused() throws {
        let directory = try CLIRunner.newDirectory("folder-mixed")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (first, second) = (directory.appendingPathComponent("a"), directory.appendingPathComponent("b"))
        #expect(try convert(CLIRunner.starter, first).status == 0)
        #expect(try convert(BundledGraphPath.path, second).status == 0)
        try FileManager.default.removeItem(at: second.appendingPathComponent("nodes.csv"))
        try FileManager.default.copyItem(at: first.appendingPathComponent("nodes.csv"), to: second.appendingPathComponent("nodes.csv"))
        let mixed = try CLIRunner.run(["stats", second.path])
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("nodes.csv:1:1: error: nodes.csv is not the file this export's netgraph-export.json lists"), "\(mixed.stderr)")
        let validate = try CLIRunner.run(["validate", second.path])
        #expect(validate.status == 1)
    }

    @Test func aFolderHoldingOtherFilesOrAFileIsNotReplaced() throws {
        let directory = try CLIRunner.newDirectory("folder-foreign")
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "keep me".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let refused = try convert(CLIRunner.starter, folder)
        #expect(refused.status == 2 && refused.stderr.contains("holds 'notes.txt', which is not part of an export"), "\(refused.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        let file = directory.appendingPathComponent("plain")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let onFile = try convert(CLIRunner.starter, file, "graphframes")
        #expect(onFile.status == 2 && onFile.stderr.contains("is not a folder"))
        // No temporary folder is left behind by either refusal.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["mine", "plain"])
    }
}
