import ArgumentParser
import NetGraph

/// The options every command shares: which graph to read, with what limits, and the output
/// format.
struct GraphOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("The graph file to read ('-' for standard input); also accepted as the first operand. Default: the bundled graph.", valueName: "file"))
    var graph: String?

    @Option(name: .long, help: ArgumentHelp("Format of the graph file: yaml, json, edgelist or graphml (default: from the extension; native for standard input and unknown extensions).", valueName: "format"))
    var inputFormat: GraphFormat?

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("Largest graph file read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = ReadLimits.standard.maxFileBytes

    @Option(name: .long, help: ArgumentHelp("Deepest nesting of YAML/JSON collections accepted.", valueName: "levels"))
    var maxDepth: Int = ReadLimits.standard.maxNestingDepth

    @Option(name: .long, help: ArgumentHelp("Longest text field accepted, in characters.", valueName: "chars"))
    var maxTextLength: Int = ReadLimits.standard.maxTextLength

    var limits: ReadLimits {
        ReadLimits(maxFileBytes: maxFileSize, maxNestingDepth: maxDepth, maxTextLength: maxTextLength)
    }

    /// Loads the graph named by `--graph`, by `operand`, or the bundled one.
    func load(operand: String? = nil) throws -> Graph {
        if graph != nil && operand != nil {
            throw CommandError.usage("name the graph once: either --graph or as the first operand")
        }
        if let path = graph ?? operand { return try GraphReading.read(path: path, format: inputFormat, limits: limits) }
        return try BundledGraph.load()
    }

    /// The path the graph was read from, for messages.
    func displayName(operand: String? = nil) -> String {
        if let path = graph ?? operand { return path == "-" ? "<stdin>" : path }
        return BundledGraph.path() ?? BundledGraph.fileName
    }
}
