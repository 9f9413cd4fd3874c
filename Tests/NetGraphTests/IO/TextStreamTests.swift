import Foundation
import Testing
@testable import NetGraph

/// Files written through a ``TextStream`` a chunk at a time: the same bytes as the writers'
/// whole text, failures reported, nothing left behind.
@Suite struct TextStreamTests {
    /// 60,000 relations among 20,000 entities: every format's text is several chunks long.
    static let large: Graph = {
        var text = ""
        for i in 0..<60_000 { text += "entity-\(i % 20_000) entity-\((i * 7 + 1) % 20_000)\n" }
        return try! EdgeListReader().read(Array(text.utf8), file: "large.edges")
    }()

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("text-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [GraphFormat.yaml, .json, .graphml, .gexf, .edgeList, .nodeLink, .cytoscape])
    func aStreamedFileIsTheWholeText(format: GraphFormat) throws {
        let registry = FormatRegistry.standard
        #expect(registry.streams(format))
        let whole = try registry.write(Self.large, as: format)[0].bytes
        #expect(whole.count > TextStream.chunkSize, "the text must span more than a chunk")
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph").path
        try registry.write(Self.large, as: format, toFile: path)
        #expect(FileManager.default.contents(atPath: path) == Data(whole))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph"])
    }

    /// Each streaming writer hands its text on item by item: no more than about a chunk is
    /// ever held.
    @Test(arguments: [GraphFormat.yaml, .json, .graphml, .gexf, .edgeList, .nodeLink, .cytoscape])
    func aWriterHoldsAboutAChunk(format: GraphFormat) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var held = 0
        try GraphFile.writeAtomically(to: folder.appendingPathComponent("graph").path) { stream in
            switch format {
            case .graphml: GraphMLWriter().write(Self.large, to: &stream)
            case .gexf: GEXFWriter().write(Self.large, to: &stream)
            case .edgeList: try EdgeListWriter().write(Self.large, to: &stream)
            case .nodeLink: NodeLinkWriter().write(Self.large, to: &stream)
            case .cytoscape: CytoscapeWriter().write(Self.large, to: &stream)
            default: NativeGraphWriter(format: format).write(Self.large, to: &stream)
            }
            held = max(stream.largestHandedOn, stream.bytes.count)
        }
        #expect(held > 0 && held < TextStream.chunkSize + 4_096)
    }

    /// A CSV folder written to disk file by file, a chunk at a time, holds the files made in
    /// memory, and its manifest lists each one's size and checksum.
    @Test(arguments: [GraphFormat.neo4j, .graphframes])
    func aStreamedFolderIsTheWholeFiles(format: GraphFormat) throws {
        let registry = FormatRegistry.standard
        for graph in [Self.large, try TestSupport.starter(), try TestSupport.tricky()] {
            let whole = try registry.write(graph, as: format)
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("export").path
            try registry.write(graph, as: format, toFolder: path)
            #expect(whole.map(\.name) == format.csvDialect!.fileNames)
            for file in whole {
                #expect(FileManager.default.contents(atPath: path + "/" + file.name!) == Data(file.bytes), "\(file.name!)")
            }
            let manifest = try #require(ExportManifest(parsing: String(decoding: try Data(contentsOf: URL(fileURLWithPath: path + "/" + ExportManifest.fileName)), as: UTF8.self)))
            #expect(manifest.entries == whole.map { ExportManifest.Entry(name: $0.name!, bytes: $0.bytes.count, checksum: ExportManifest.fnv1a64($0.bytes)) })
            // Read back where reading is quick: the large graph's files are compared above.
            if graph.relationCount < 1_000 { #expect(try registry.read(path: path, format: format).relationCount == graph.relationCount) }
        }
    }

    /// The CSV writer hands its rows on item by item: no more than about a chunk is held.
    @Test(arguments: [GraphFormat.neo4j, .graphframes])
    func theCSVWriterHoldsAboutAChunk(format: GraphFormat) throws {
        let dialect = try #require(format.csvDialect)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var held: [String: Int] = [:]
        try GraphFile.writeFolderAtomically(names: dialect.fileNames, to: folder.appendingPathComponent("export").path) { index, stream in
            dialect.write(dialect.fileNames[index], of: Self.large, to: &stream)
            held[dialect.fileNames[index]] = max(stream.largestHandedOn, stream.bytes.count)
        }
        let edges = try #require(held[dialect.fileNames[2]])
        #expect(edges > 0 && edges < TextStream.chunkSize + 4_096)
        #expect(try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("export/\(dialect.fileNames[2])").path)[.size] as! Int
                > TextStream.chunkSize)
    }

    /// The exchange JSON writers, which write node by node and edge by edge, write the text
    /// the pretty printer makes of their whole document (here, of the document read back).
    @Test(arguments: [GraphFormat.nodeLink, .cytoscape])
    func exchangeJSONIsThePrettyPrintersText(format: GraphFormat) throws {
        let empty = try TestSupport.read("entities: []\n")
        for graph in [Self.large, try TestSupport.starter(), try TestSupport.tricky(), empty] {
            let text = try FormatRegistry.standard.write(graph, as: format)[0].contents
            let document = try JSONValue.parse(text)
            #expect(document.serialized(pretty: true) + "\n" == text)
        }
    }

    /// A stream into a file holds about one chunk, however long the text.
    @Test func aStreamIntoAFileHoldsAboutAChunk() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var largest = 0
        try GraphFile.writeAtomically(to: folder.appendingPathComponent("graph.yaml").path) { stream in
            #expect(stream.isWritingToFile)
            for _ in 0..<10_000 {
                stream.bytes.append(contentsOf: repeatElement(0x61, count: 1_000))
                largest = max(largest, stream.bytes.count)
                stream.itemEnded()
            }
        }
        #expect(largest <= TextStream.chunkSize + 1_000)
        let written = try #require(FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("graph.yaml").path)[.size] as? Int)
        #expect(written == 10_000_000)
    }

    /// A write that fails is remembered, and what follows is dropped rather than kept.
    @Test func aFailedWriteIsRememberedAndTheRestDropped() throws {
        let descriptor = open("/dev/null", O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var stream = TextStream(descriptor: descriptor)
        stream.bytes.append(contentsOf: repeatElement(0x61, count: TextStream.chunkSize))
        stream.itemEnded()
        #expect(stream.failure == EBADF)
        #expect(stream.bytes.isEmpty)
        stream.bytes.append(contentsOf: repeatElement(0x62, count: TextStream.chunkSize))
        stream.finish()
        #expect(stream.failure == EBADF)
        #expect(stream.bytes.isEmpty)
    }

    /// A writer that fails after some chunks went to disk leaves no file, no temporary file
    /// and no folder made for it; its error comes back as it was thrown.
    @Test func aWriterThatFailsLeavesNothingBehind() throws {
        let registry = FormatRegistry().adding(.yaml, fileWriter: { _, stream throws(GraphInputError) in
            for _ in 0..<3 {
                stream.bytes.append(contentsOf: repeatElement(0x61, count: TextStream.chunkSize))
                stream.itemEnded()
            }
            throw GraphInputError("cannot be written")
        })
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("new/graph.yaml").path
        let error = #expect(throws: GraphInputError.self) { try registry.write(Self.large, as: .yaml, toFile: path) }
        #expect(error?.description.contains("cannot be written") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// An edge list whose ids it cannot carry (here one starting with `#`, which its readers
    /// take for a comment) is refused before anything is written.
    @Test func anEdgeListItCannotCarryIsRefusedWhole() throws {
        let graph = try TestSupport.read("""
            entities:
              - {id: "#a", kind: person, name: A}
              - {id: c, kind: person, name: C}
            relations:
              - {from: "#a", to: c, type: allied-with}
            """)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: GraphInputError.self) {
            try FormatRegistry.standard.write(graph, as: .edgeList, toFile: folder.appendingPathComponent("g.edges").path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
