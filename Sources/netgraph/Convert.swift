import ArgumentParser
import Foundation
import NetGraph

extension NetGraphCommand {
    /// `netgraph convert`: rewrite a graph in another format.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a graph to the native format (YAML or JSON); reads edge lists and GraphML too.",
            discussion: """
                The output format follows OUT's extension (.yaml, .yml, .json) or --to. OUT '-' \
                writes to standard output. The file is written atomically, and never over the input.

                Example: netgraph convert graphs/mexico-security.yaml out/mexico-security.json
                """)

        @Argument(help: ArgumentHelp("The graph to read ('-' for standard input).", valueName: "in"))
        var input: String

        @Argument(help: ArgumentHelp("Where to write ('-' for standard output).", valueName: "out"))
        var output: String

        @Option(help: "Output format: yaml or json (default: from OUT's extension).")
        var to: GraphFormat?

        @OptionGroup var options: GraphOptions

        func validate() throws {
            if options.graph != nil { throw ValidationError("convert takes its input as IN, not --graph") }
            if to == nil && output != "-" && GraphFormat(path: output) == nil {
                throw ValidationError("cannot tell the format of '\(output)' from its extension; use --to")
            }
            if let format = to ?? (output == "-" ? nil : GraphFormat(path: output)), !format.isNative {
                throw ValidationError("netgraph writes only its native format (yaml or json), not \(format.rawValue)")
            }
        }

        func run() throws {
            if input != "-" && output != "-" {
                let a = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
                let b = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
                if a == b { throw CommandError.usage("refusing to overwrite the input '\(input)'") }
            }
            let graph = try options.load(operand: input)
            let format = to ?? GraphFormat(path: output) ?? .yaml
            let text = NativeGraphWriter(format: format).write(graph)
            if output == "-" {
                Emit.text(text)
                return
            }
            do {
                try GraphFile.writeAtomically(text, to: output)
            } catch {
                throw CommandError.input("cannot write '\(output)': \(error.localizedDescription)")
            }
            let summary = "wrote \(output) (\(format.rawValue)): \(graph.nodeCount) entities, \(graph.relationCount) relations"
            switch options.format {
            case .json:
                Emit.json(.object([("output", .string(output)), ("format", .string(format.rawValue)),
                                   ("nodes", .int(graph.nodeCount)), ("edges", .int(graph.relationCount))]))
            case .csv:
                var table = CSVTable(["output", "format", "nodes", "edges"])
                table.add([output, format.rawValue, String(graph.nodeCount), String(graph.relationCount)])
                Emit.text(table.rendered())
            case .table:
                Emit.text(summary + "\n")
            }
        }
    }
}

extension GraphFormat: ExpressibleByArgument {}
