import Foundation
import Testing
@testable import NetGraph

@Suite struct FormatRegistryTests {
    @Test func everyReadableFormatReadsBackWhatItsWriterWrote() throws {
        let graph = try TestSupport.starter()
        let registry = FormatRegistry.standard
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in [GraphFormat.yaml, .json, .graphml, .gexf, .nodeLink, .cytoscape, .neo4j, .graphframes] {
            let files = try registry.write(graph, as: format)
            let path: String
            if format.isFolder {
                path = folder.appendingPathComponent(format.rawValue).path
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                for file in files { try file.contents.write(toFile: path + "/" + file.name!, atomically: true, encoding: .utf8) }
            } else {
                #expect(files.count == 1 && files[0].name == nil)
                path = folder.appendingPathComponent("g.\(format.rawValue)").path
                try files[0].contents.write(toFile: path, atomically: true, encoding: .utf8)
            }
            let again = try registry.read(path: path, format: format)
            #expect(again.nodeCount == graph.nodeCount, "\(format)")
            #expect(again.relations.map(\.type) == graph.relations.map(\.type), "\(format)")
        }
    }

    /// The registry hands over the bytes the byte writers build, which are the text their
    /// `String` forms write; written to a file, they arrive unchanged.
    @Test func writtenBytesAreTheWritersText() throws {
        let graph = try TestSupport.starter()
        let texts: [(GraphFormat, String)] = [
            (.yaml, NativeGraphWriter(format: .yaml).write(graph)), (.json, NativeGraphWriter(format: .json).write(graph)),
            (.graphml, GraphMLWriter().write(graph)), (.gexf, GEXFWriter().write(graph)),
        ]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for (format, text) in texts {
            let file = try FormatRegistry.standard.write(graph, as: format)[0]
            #expect(file.bytes == Array(text.utf8), "\(format)")
            #expect(file.contents == text, "\(format)")
            try GraphFile.writeAtomically(file.bytes, to: path)
            #expect(FileManager.default.contents(atPath: path) == Data(text.utf8), "\(format)")
        }
    }

    @Test func writeOnlyAndUnregisteredFormatsSayWhy() throws {
        let standard = FormatRegistry.standard
        #expect(standard.reads(.gexf) && standard.writes(.gexf))
        #expect(!standard.reads(.dot) && !standard.writes(.dot))   // DOT comes with NetGraphViz
        #expect(throws: GraphInputError.self) { try standard.write(try TestSupport.starter(), as: .dot) }
        let writeOnly = FormatRegistry().adding(.gexf, writer: { graph in [ExportFile(GEXFWriter().write(graph))] })
        #expect(!writeOnly.reads(.gexf) && writeOnly.writes(.gexf))
        let error = #expect(throws: GraphInputError.self) { try writeOnly.read(path: "x.gexf") }
        #expect(error?.description.contains("does not read it") == true)
    }

    @Test func aFormatJoinsByOneRegistration() throws {
        let registry = FormatRegistry().adding(.dot, reader: { bytes, file, limits throws(GraphInputError) in
            try EdgeListReader(limits: limits).read(bytes, file: file)
        }, writer: { graph throws(GraphInputError) in [ExportFile(try EdgeListWriter().write(graph))] })
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString).dot").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "a b\nb c 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        let graph = try registry.read(path: path)
        #expect(graph.relations.map(\.weight) == [nil, 2])
        // A weight on every line once one relation has one: 1 for the relation without.
        #expect(try registry.write(graph, as: .dot)[0].contents == "a b 1\nb c 2\n")
        #expect(!registry.reads(.yaml))
    }
}
