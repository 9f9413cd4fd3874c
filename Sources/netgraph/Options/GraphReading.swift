import Foundation
import NetGraph
import NetGraphViz

/// Reads a graph in whichever format it is: DOT through NetGraphViz's reader (it needs
/// Graphviz), a folder of CSV files through ``CSVGraphFormat``, everything else through
/// ``GraphFile``.
enum GraphReading {
    static func read(path: String, format: GraphFormat? = nil, limits: ReadLimits) throws(GraphInputError) -> Graph {
        var isDirectory: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try readFolder(path, dialect: format?.csvDialect, limits: limits)
        }
        switch format ?? (path == "-" ? nil : GraphFormat(path: path)) {
        case .dot:
            let bytes = try GraphFile.readBytes(path: path, limits: limits)
            return try DOTGraphReader(limits: limits).read(bytes, file: path == "-" ? "<stdin>" : path)
        case .gexf:
            throw GraphInputError("netgraph writes GEXF but does not read it; export GraphML from Gephi instead",
                                  at: SourceLocation(file: path, line: 1, column: 1))
        case .nodeLink, .cytoscape:
            throw GraphInputError("netgraph writes \(format!.rawValue) JSON but does not read it yet; write GraphML from the other tool instead",
                                  at: SourceLocation(file: path, line: 1, column: 1))
        case .neo4j, .graphframes:
            throw GraphInputError("a \(format!.rawValue) graph is a folder of CSV files; name the folder",
                                  at: SourceLocation(file: path, line: 1, column: 1))
        case let other:
            return try GraphFile.read(path: path, limits: limits, format: other)
        }
    }

    /// A CSV folder: Neo4j when it holds `nodes.csv`, GraphFrames when `vertices.csv`.
    private static func readFolder(_ folder: String, dialect: CSVGraphFormat?, limits: ReadLimits) throws(GraphInputError) -> Graph {
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: folder + "/" + name) }
        guard let dialect = dialect ?? (exists("nodes.csv") ? .neo4j : exists("vertices.csv") ? .graphframes : nil) else {
            throw GraphInputError("is a directory, not a graph file (a CSV graph folder holds nodes.csv or vertices.csv)",
                                  at: SourceLocation(file: folder, line: 1, column: 1))
        }
        return try dialect.read(folder: folder, limits: limits) { name throws(GraphInputError) in
            let path = folder + "/" + name
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return try TextFile.read(path, limits: limits)
        }
    }
}

/// A text file's content as UTF-8, with the reader's errors.
enum TextFile {
    static func read(_ path: String, limits: ReadLimits = .standard) throws(GraphInputError) -> String {
        let bytes = try GraphFile.readBytes(path: path, limits: limits)
        return try GraphFile.decodeText(bytes, file: path)
    }
}
