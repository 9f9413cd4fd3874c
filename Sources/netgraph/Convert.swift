import ArgumentParser
import Foundation
import NetGraph
import NetGraphViz

extension NetGraphCommand {
    /// `netgraph convert`: rewrite a graph in another format.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert",
            abstract: "Convert a graph between formats: native YAML/JSON, GraphML, GEXF, DOT, edge list, node-link and Cytoscape.js JSON, Neo4j and GraphFrames CSV.",
            discussion: """
                The output format follows OUT's extension (.yaml, .yml, .json, .graphml, .gexf, .dot, \
                .gv, .edges, .el, .txt, .nodelink.json, .cyjs) or --to; --to neo4j and --to graphframes write a folder of \
                CSV files. The input's format follows IN's extension (a folder is read as CSV). OUT \
                '-' writes to standard output. Files are written atomically, never over the input.

                What each format keeps: native YAML/JSON, GraphML, GEXF, node-link JSON (NetworkX), \
                Cytoscape.js JSON, DOT and both CSV layouts keep every field (kinds, types, dates, \
                sources, quotes, attributes) and read back equal; an edge list keeps ids and weights.

                The neo4j folder loads into Neo4j 5 with (aliases are separated by U+001F, and \
                descriptions and quotes may span lines):
                  neo4j-admin database import full --nodes=out/neo4j/nodes.csv --nodes=out/neo4j/sources.csv \\
                    --relationships=out/neo4j/relationships.csv --multiline-fields=true --array-delimiter=U+001F neo4j
                A folder of neo4j-admin import files or an APOC export (any :ID, :START_ID, :END_ID, \
                :TYPE, :LABEL headers) is read as well; see the README.

                Examples:
                  netgraph convert graphs/mexico-security.yaml out/mexico-security.graphml
                  netgraph convert graphs/mexico-security.yaml out/neo4j --to neo4j
                """)

        @Argument(help: ArgumentHelp("The graph to read ('-' for standard input).", valueName: "in"))
        var input: String

        @Argument(help: ArgumentHelp("Where to write ('-' for standard output; a folder for neo4j and graphframes).", valueName: "out"))
        var output: String

        @Option(help: "Output format: yaml, json, graphml, gexf, dot, edgelist, node-link, cytoscape, neo4j or graphframes (default: from OUT's extension).")
        var to: GraphFormat?

        @OptionGroup var options: GraphOptions

        func validate() throws {
            if options.graph != nil { throw ValidationError("convert takes its input as IN, not --graph") }
            if to == nil && output != "-" && GraphFormat(path: output) == nil {
                throw ValidationError("cannot tell the format of '\(output)' from its extension; use --to")
            }
            if let to, to.isFolder, output == "-" {
                throw ValidationError("\(to.rawValue) writes a folder of files; name the folder")
            }
        }

        func run() throws {
            if input != "-" && output != "-" {
                let a = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
                let b = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
                if a == b { throw CommandError.usage("refusing to overwrite the input '\(input)'") }
            }
            if !(to?.isFolder ?? false) { try options.input.checkOutput(output, operand: input) }
            let graph = try options.load(operand: input)
            let format = to ?? GraphFormat(path: output) ?? .yaml
            try GraphExport.write(graph, to: output, as: format, report: options.format)
        }
    }
}

extension GraphFormat: ExpressibleByArgument {}
