import NetGraph
import NetGraphViz

/// Reads a graph file in whichever format its extension names: DOT (`.dot`, `.gv`) through
/// NetGraphViz's reader, everything else through NetGraph's native reader.
enum GraphReading {
    static func read(path: String, limits: ReadLimits) throws(GraphInputError) -> Graph {
        guard GraphFormat(path: path) == .dot else { return try GraphFile.read(path: path, limits: limits) }
        let bytes = try GraphFile.readBytes(path: path, limits: limits)
        return try DOTGraphReader(limits: limits).read(bytes, file: path)
    }
}
