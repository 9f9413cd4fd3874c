import NetGraph
import NetGraphViz

/// Reads a graph in whichever format it is, through the library's registry with DOT
/// (``FormatRegistry/withGraphviz``): the command chooses no reader itself.
enum GraphReading {
    static func read(path: String, format: GraphFormat? = nil, limits: ReadLimits) throws(GraphInputError) -> Graph {
        try FormatRegistry.withGraphviz.read(path: path, format: format, limits: limits)
    }
}

/// A text file's content as UTF-8, with the reader's errors.
enum TextFile {
    static func read(_ path: String, limits: ReadLimits = .standard) throws(GraphInputError) -> String {
        let bytes = try GraphFile.readBytes(path: path, limits: limits)
        return try GraphFile.decodeText(bytes, file: path)
    }
}
