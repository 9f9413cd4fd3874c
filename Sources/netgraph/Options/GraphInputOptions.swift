import ArgumentParser
import NetGraph

/// Which graph to read, in what format and with what limits, and `--quiet`. Every command takes these;
/// ``GraphOptions`` adds the table/json/csv output format for the commands that print data.
struct GraphInputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("The graph file to read ('-' for standard input); also accepted as the first operand. Default: the bundled graph.", valueName: "file"))
    var graph: String?

    @Option(name: .long, help: ArgumentHelp("Format of the graph file: yaml, json, edgelist, graphml, gexf, node-link, cytoscape, dot, neo4j or graphframes (default: from the extension, a folder is read as CSV; native for standard input and unknown extensions).", valueName: "format"))
    var inputFormat: GraphFormat?

    @OptionGroup var diagnostics: QuietOption

    @Option(name: .long, help: ArgumentHelp("Largest graph file read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = ReadLimits.standard.maxFileBytes

    @Option(name: .long, help: ArgumentHelp("Deepest nesting of YAML/JSON collections and XML elements accepted.", valueName: "levels"))
    var maxDepth: Int = ReadLimits.standard.maxNestingDepth

    @Option(name: .long, help: ArgumentHelp("Longest text field accepted, in characters.", valueName: "chars"))
    var maxTextLength: Int = ReadLimits.standard.maxTextLength

    func validate() throws {
        guard (1...ReadLimits.deepestNesting).contains(maxDepth) else {
            throw ValidationError("--max-depth must be between 1 and \(ReadLimits.deepestNesting) (deeper nesting than that would overflow the stack)")
        }
        guard maxFileSize >= 0, maxTextLength >= 1 else { throw ValidationError("--max-file-size must be at least 0 and --max-text-length at least 1") }
    }

    var limits: ReadLimits {
        ReadLimits(maxFileBytes: maxFileSize, maxNestingDepth: maxDepth, maxTextLength: maxTextLength)
    }

    /// Loads the graph named by `--graph`, by `operand`, or the bundled one (taking it from
    /// ``ReadAhead`` when it was read there as this command would read it).
    func load(operand: String? = nil) throws -> Graph {
        if graph != nil && operand != nil {
            throw CommandError.usage("name the graph once: either --graph or as the first operand")
        }
        if let path = graph ?? operand {
            if let early = try ReadAhead.take(.file(path), format: inputFormat, limits: limits) { return early }
            return try GraphReading.read(path: path, format: inputFormat, limits: limits)
        }
        if let early = try ReadAhead.take(.bundled, format: inputFormat, limits: limits) { return early }
        return try BundledGraph.load()
    }

    /// Refuses an output path that is not a regular file or a new name, or that is the graph
    /// this command reads (compared by device and inode), before any work is done.
    func checkOutput(_ path: String, operand: String? = nil) throws {
        guard path != "-" else { return }
        let read = graph ?? operand ?? BundledGraph.path()
        do {
            try OutputFile.check(path, notOver: read.map { [$0] } ?? [])
        } catch {
            throw CommandError.usage(error.description)
        }
    }

    /// The path the graph was read from, for messages.
    func displayName(operand: String? = nil) -> String {
        if let path = graph ?? operand { return path == "-" ? "<stdin>" : path }
        return BundledGraph.path() ?? BundledGraph.fileName
    }
}
