import Foundation
import NetGraph
import NetGraphViz

/// Writes a whole graph to a file, a folder or standard output in any format the registry
/// writes, and says what it wrote: the output of `convert` and `import`.
enum GraphExport {
    /// Writes `graph` to `output` ('-' for standard output) as `format`; every file is built
    /// in memory first and written atomically, so a failure leaves nothing behind.
    static func write(_ graph: Graph, to output: String, as format: GraphFormat, report: OutputFormat) throws {
        let files = try FormatRegistry.withGraphviz.write(graph, as: format)
        if format == .edgeList { noteWhatAnEdgeListLeavesOut(graph) }
        if output == "-" {
            Emit.bytes(files[0].bytes)
            return
        }
        do {
            if format.isFolder {
                try GraphFile.writeFolderAtomically(files.map { ($0.name ?? "", $0.contents) }, to: output)
            } else {
                try GraphFile.writeAtomically(files[0].bytes, to: output)
            }
        } catch let refusal as OutputFile.Refusal {
            throw CommandError.usage(refusal.description)
        } catch {
            throw CommandError.input("cannot write '\(output)': \(error.localizedDescription)")
        }
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
