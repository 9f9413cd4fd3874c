import Foundation
import NetGraph
import NetGraphViz

/// Writes a whole graph to a file, a folder or standard output in any format the registry
/// writes, and says what it wrote: the output of `convert` and `import`.
enum GraphExport {
    /// Writes `graph` to `output` ('-' for standard output) as `format`. A file or a folder is
    /// written atomically, its text streamed to disk as it is made where the format's writer
    /// streams (``FormatRegistry/write(_:as:toFile:)``, ``FormatRegistry/write(_:as:toFolder:)``);
    /// standard output's text is made whole first, so a failure never leaves half an answer.
    static func write(_ graph: Graph, to output: String, as format: GraphFormat, report: OutputFormat) throws {
        let registry = FormatRegistry.withGraphviz
        do {
            if output == "-" {
                let files = try registry.write(graph, as: format)
                if format == .edgeList { noteWhatAnEdgeListLeavesOut(graph) }
                Emit.bytes(files[0].bytes)
                return
            }
            if format.isFolder {
                try registry.write(graph, as: format, toFolder: output)
            } else {
                try registry.write(graph, as: format, toFile: output)
            }
        } catch let error as GraphInputError {
            throw error
        } catch let refusal as OutputFile.Refusal {
            throw CommandError.usage(refusal.description)
        } catch {
            throw CommandError.input("cannot write '\(output)': \(error.localizedDescription)")
        }
        if format == .edgeList { noteWhatAnEdgeListLeavesOut(graph) }
        ExportResult(output: output, format: format, graph: graph).write(as: report)
    }

    /// The edge list holds edge lines only (igraph's readers take no comments), so what it
    /// leaves out is said on standard error instead.
    private static func noteWhatAnEdgeListLeavesOut(_ graph: Graph) {
        var note = "an edge list keeps ids and weights only: kinds, types, direction per relation and evidence are not written"
        let isolated = EdgeListWriter.isolatedNodes(of: graph)
        if !isolated.isEmpty {
            let shown = isolated.prefix(5).map(graph.id(ofNode:)).joined(separator: ", ")
            note += "; \(isolated.count) \(isolated.count == 1 ? "entity" : "entities") without relations cannot be listed (\(shown)\(isolated.count > 5 ? ", …" : ""))"
        }
        Diagnostics.notice(note)
    }
}
