import Foundation

/// The one place that knows which code reads and writes each ``GraphFormat``: the command
/// and library users ask it, and never choose a reader themselves.
///
/// ``standard`` holds every format NetGraph reads or writes on its own. Formats that need
/// another library join through ``adding(_:reader:writer:)`` — NetGraphViz adds DOT, which it
/// parses and writes through Graphviz (`FormatRegistry.withGraphviz`). Adding a format is one
/// reader and one writer, registered here: a ``FileWriter`` for a format that is one file
/// (its text goes into a ``TextStream``, so a large graph is written to disk a chunk at a
/// time), a ``FolderWriter`` for one written as a folder of files (each file's text streamed
/// the same way), or a ``Writer`` that makes its files whole.
///
/// ```swift
/// let graph = try FormatRegistry.standard.read(path: "graph.graphml")
/// let files = try FormatRegistry.standard.write(graph, as: .yaml)   // one file, no name
/// try FormatRegistry.standard.write(graph, as: .graphml, toFile: "out/graph.graphml")
/// try FormatRegistry.standard.write(graph, as: .neo4j, toFolder: "out/neo4j")
/// ```
public struct FormatRegistry: Sendable {
    /// Reads a file's bytes; `file` names it in diagnostics.
    public typealias FileReader = @Sendable (_ bytes: [UInt8], _ file: String, _ limits: ReadLimits) throws(GraphInputError) -> Graph
    /// Writes a graph as one file's text, or as the named files of a folder.
    public typealias Writer = @Sendable (_ graph: Graph) throws(GraphInputError) -> [ExportFile]
    /// Writes a graph as one file's text into a stream, item by item.
    public typealias FileWriter = @Sendable (_ graph: Graph, _ stream: inout TextStream) throws(GraphInputError) -> Void
    /// Writes a graph as a folder of files: refuses a graph the format cannot hold, else
    /// gives the files, in order, each with what writes its text into a stream.
    public typealias FolderWriter = @Sendable (_ graph: Graph) throws(GraphInputError) -> [FolderFile]

    /// One file of a folder a ``FolderWriter`` writes: its name, and what writes its text.
    public struct FolderFile: Sendable {
        public let name: String
        public let write: @Sendable (_ stream: inout TextStream) -> Void

        public init(name: String, write: @escaping @Sendable (_ stream: inout TextStream) -> Void) {
            self.name = name
            self.write = write
        }
    }

    /// How a format is written: one of the three kinds of writer.
    private enum Writing {
        case whole(Writer)
        case file(FileWriter)
        case folder(FolderWriter)
    }

    private var fileReaders: [GraphFormat: FileReader] = [:]
    private var writers: [GraphFormat: Writing] = [:]

    public init() {}

    /// This registry with `format` read by `reader` and written by `writer` (nil keeps what is
    /// registered, if anything).
    public func adding(_ format: GraphFormat, reader: FileReader? = nil, writer: Writer? = nil) -> FormatRegistry {
        var registry = self
        if let reader { registry.fileReaders[format] = reader }
        if let writer { registry.writers[format] = .whole(writer) }
        return registry
    }

    /// This registry with `format` read by `reader` and written, as one file, by `writer`.
    public func adding(_ format: GraphFormat, reader: FileReader? = nil, fileWriter writer: @escaping FileWriter) -> FormatRegistry {
        var registry = self.adding(format, reader: reader)
        registry.writers[format] = .file(writer)
        return registry
    }

    /// This registry with `format` read by `reader` and written, as a folder of files, by
    /// `writer`.
    public func adding(_ format: GraphFormat, reader: FileReader? = nil, folderWriter writer: @escaping FolderWriter) -> FormatRegistry {
        var registry = self.adding(format, reader: reader)
        registry.writers[format] = .folder(writer)
        return registry
    }

    /// Whether a reader or a writer is registered for `format`.
    public func reads(_ format: GraphFormat) -> Bool { fileReaders[format] != nil || format.isFolder }
    public func writes(_ format: GraphFormat) -> Bool { writers[format] != nil }

    /// NetGraph's own formats: native YAML and JSON, edge lists, GraphML, GEXF, NetworkX
    /// node-link and Cytoscape.js JSON, Neo4j and GraphFrames CSV folders, read and written.
    public static let standard: FormatRegistry = {
        var registry = FormatRegistry()
        let native: FileReader = { bytes, file, limits throws(GraphInputError) in try NativeGraphReader(limits: limits).read(bytes, file: file) }
        registry = registry
            .adding(.yaml, reader: native, fileWriter: { graph, stream in NativeGraphWriter(format: .yaml).write(graph, to: &stream) })
            .adding(.json, reader: { bytes, file, limits throws(GraphInputError) in try NativeGraphReader(limits: limits, requiresJSON: true).read(bytes, file: file) },
                    fileWriter: { graph, stream in NativeGraphWriter(format: .json).write(graph, to: &stream) })
            .adding(.edgeList, reader: { bytes, file, limits throws(GraphInputError) in try EdgeListReader(limits: limits).read(bytes, file: file) },
                    fileWriter: { graph, stream throws(GraphInputError) in try EdgeListWriter().write(graph, to: &stream) })
            .adding(.graphml, reader: { bytes, file, limits throws(GraphInputError) in try GraphMLReader(limits: limits).read(bytes, file: file) },
                    fileWriter: { graph, stream in GraphMLWriter().write(graph, to: &stream) })
            .adding(.gexf, reader: { bytes, file, limits throws(GraphInputError) in try GEXFReader(limits: limits).read(bytes, file: file) },
                    fileWriter: { graph, stream in GEXFWriter().write(graph, to: &stream) })
            .adding(.nodeLink, reader: { bytes, file, limits throws(GraphInputError) in try ExchangeJSONReader(dialect: .nodeLink, limits: limits).read(bytes, file: file) },
                    fileWriter: { graph, stream in NodeLinkWriter().write(graph, to: &stream) })
            .adding(.cytoscape, reader: { bytes, file, limits throws(GraphInputError) in try ExchangeJSONReader(dialect: .cytoscape, limits: limits).read(bytes, file: file) },
                    fileWriter: { graph, stream in CytoscapeWriter().write(graph, to: &stream) })
        for format in [GraphFormat.neo4j, .graphframes] {
            registry = registry.adding(format, folderWriter: { graph throws(GraphInputError) in
                let dialect = format.csvDialect!
                if let (entity, alias) = dialect.unwritableAlias(in: graph) {
                    throw GraphInputError("entity '\(entity.prefix(40))': the alias '\(alias.prefix(40).debugDescription.dropFirst().dropLast())' holds U+001F, the Neo4j export's array delimiter, which neo4j-admin would split it at")
                }
                return dialect.fileNames.map { name in FolderFile(name: name) { stream in dialect.write(name, of: graph, to: &stream) } }
            })
        }
        return registry
    }()

    /// Reads the graph at `path`: a file, standard input for `-`, or a folder of CSV files.
    ///
    /// The format is `format` when given; else a folder is Neo4j CSV when it holds `nodes.csv`
    /// and GraphFrames when `vertices.csv`; else the one the extension names
    /// (``GraphFormat/init(path:)``); standard input and unknown extensions are read as the
    /// native format. A `.json` file or standard input whose top-level members are those of
    /// NetworkX's node-link or Cytoscape.js JSON is read as that.
    /// - Throws: ``GraphInputError`` for unreadable files, formats this registry does not
    ///   read, and every problem in the content.
    public func read(path: String, format: GraphFormat? = nil, limits: ReadLimits = .standard) throws(GraphInputError) -> Graph {
        let origin = SourceLocation(file: path == "-" ? "<stdin>" : path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try readFolder(path, dialect: format?.csvDialect, limits: limits)
        }
        let chosen = format ?? (path == "-" ? nil : GraphFormat(path: path)) ?? .yaml
        if chosen.isFolder {
            throw GraphInputError("a \(chosen.rawValue) graph is a folder of CSV files; name the folder", at: origin)
        }
        guard let reader = fileReaders[chosen] else {
            let readable = GraphFormat.allCases.filter(reads).map(\.rawValue).joined(separator: ", ")
            throw GraphInputError("netgraph writes \(chosen.rawValue) but does not read it (it reads \(readable))", at: origin)
        }
        let bytes = try GraphFile.readBytes(path: path, limits: limits)
        // A `.json` file, or standard input, may be another tool's node-link or Cytoscape.js
        // JSON: unless the format was named, its top-level members say which.
        if format == nil, chosen == .json || path == "-", let exchange = JSONGraphDialect.exchangeFormat(of: bytes), let exchangeReader = fileReaders[exchange] {
            return try exchangeReader(bytes, origin.file, limits)
        }
        return try reader(bytes, origin.file, limits)
    }

    /// Writes `graph` as `format`: one unnamed file, or the named files of a folder.
    /// - Throws: ``GraphInputError`` when the format cannot hold the graph (an edge list and
    ///   ids with white space) or this registry does not write it.
    public func write(_ graph: Graph, as format: GraphFormat) throws(GraphInputError) -> [ExportFile] {
        switch writers[format] {
        case .file(let writer):
            // Room for a typical item's text up front spares most of the copies as it grows.
            var stream = TextStream(expectedSize: 64 * (graph.nodeCount + graph.relationCount) + 4_096)
            try writer(graph, &stream)
            return [ExportFile(utf8: stream.bytes)]
        case .folder(let writer):
            return try writer(graph).map { file in
                var stream = TextStream()
                file.write(&stream)
                return ExportFile(utf8: stream.bytes, name: file.name)
            }
        case .whole(let writer):
            return try writer(graph)
        case nil:
            throw GraphInputError("this build of netgraph does not write \(format.rawValue)")
        }
    }

    /// Whether `format` is written by a ``FileWriter``, which ``write(_:as:toFile:)`` streams.
    public func streams(_ format: GraphFormat) -> Bool {
        if case .file? = writers[format] { return true }
        return false
    }

    /// Writes `graph` as `format`, a format that is one file, to `path` atomically
    /// (``GraphFile/writeAtomically(to:_:)``): a ``FileWriter``'s text goes to disk a chunk at a
    /// time, any other writer's file is made whole first.
    /// - Throws: ``GraphInputError`` as ``write(_:as:)`` does (nothing is left behind), an
    ///   ``OutputFile/Refusal`` for a path that is not a regular file or a new name, and the
    ///   error of a write that fails.
    public func write(_ graph: Graph, as format: GraphFormat, toFile path: String) throws {
        switch writers[format] {
        case .file(let writer):
            try GraphFile.writeAtomically(to: path) { stream in try writer(graph, &stream) }
            return
        case .folder:
            throw GraphInputError("\(format.rawValue) is written as a folder of files, not as one file")
        case .whole, nil:
            break
        }
        let files = try write(graph, as: format)
        guard files.count == 1, files[0].name == nil else {
            throw GraphInputError("\(format.rawValue) is written as a folder of files, not as one file")
        }
        try GraphFile.writeAtomically(files[0].bytes, to: path)
    }

    /// Writes `graph` as `format`, a format written as a folder of files, to the folder `path`,
    /// whole or not at all (``GraphFile/writeFolderAtomically(names:to:_:)``): a
    /// ``FolderWriter``'s files go to disk a chunk at a time, any other writer's are made
    /// whole first.
    /// - Throws: ``GraphInputError`` as ``write(_:as:)`` does (nothing is written), an
    ///   ``OutputFile/Refusal`` for a path that is a file, a link or a folder holding other
    ///   files, and the error of a write that fails.
    public func write(_ graph: Graph, as format: GraphFormat, toFolder path: String) throws {
        if case .folder(let writer)? = writers[format] {
            let files = try writer(graph)
            try GraphFile.writeFolderAtomically(names: files.map(\.name), to: path) { index, stream in files[index].write(&stream) }
            return
        }
        let files = try write(graph, as: format)
        guard !files.contains(where: { $0.name == nil }) else {
            throw GraphInputError("\(format.rawValue) is written as one file, not as a folder")
        }
        try GraphFile.writeFolderAtomically(files.map { ($0.name!, $0.contents) }, to: path)
    }

    /// A CSV folder: Neo4j when it holds `nodes.csv`, GraphFrames when `vertices.csv`.
    private func readFolder(_ folder: String, dialect: CSVGraphFormat?, limits: ReadLimits) throws(GraphInputError) -> Graph {
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: folder + "/" + name) }
        // Neo4j's own import files and APOC's export have no fixed names: every CSV file counts.
        let csvFiles = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        guard let dialect = dialect ?? (exists("nodes.csv") ? .neo4j : exists("vertices.csv") ? .graphframes : csvFiles.isEmpty ? nil : .neo4j) else {
            throw GraphInputError("is a directory, not a graph file (a CSV graph folder holds nodes.csv, vertices.csv or Neo4j import files)",
                                  at: SourceLocation(file: folder, line: 1, column: 1))
        }
        // A folder netgraph exported lists its files; what it lists must be what is there.
        var manifest: ExportManifest? = nil
        let manifestPath = folder + "/" + ExportManifest.fileName
        if FileManager.default.fileExists(atPath: manifestPath) {
            let text = try GraphFile.decodeText(try GraphFile.readBytes(path: manifestPath, limits: limits), file: manifestPath)
            guard let parsed = ExportManifest(parsing: text) else {
                throw GraphInputError("not a netgraph export manifest (a JSON object listing the export's files)",
                                      at: SourceLocation(file: manifestPath, line: 1, column: 1))
            }
            for entry in parsed.entries where !FileManager.default.fileExists(atPath: folder + "/" + entry.name) {
                throw GraphInputError("the export lists \(entry.name), which is missing from the folder", at: SourceLocation(file: manifestPath, line: 1, column: 1))
            }
            manifest = parsed
        }
        return try dialect.read(folder: folder, limits: limits, names: csvFiles) { name throws(GraphInputError) in
            let path = folder + "/" + name
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            let text = try GraphFile.decodeText(try GraphFile.readBytes(path: path, limits: limits), file: path)
            if let problem = manifest?.mismatch(name, contents: text) {
                throw GraphInputError(problem, at: SourceLocation(file: path, line: 1, column: 1))
            }
            return text
        }
    }
}

/// One file a writer makes: its text as UTF-8 bytes, and its name inside the folder for
/// formats written as a folder of files (nil for a single file).
///
/// The bytes are what is written: a writer that builds bytes hands them over as they are, so
/// writing a large graph to a file makes no second copy of its text.
public struct ExportFile: Sendable, Equatable {
    public var name: String?
    /// The file's text, UTF-8.
    public var bytes: [UInt8]

    /// The file's text.
    public var contents: String {
        get { String(decoding: bytes, as: UTF8.self) }
        set { bytes = Array(newValue.utf8) }
    }

    public init(_ contents: String, name: String? = nil) {
        self.init(utf8: Array(contents.utf8), name: name)
    }

    /// A file of these bytes, which must be UTF-8 text.
    public init(utf8 bytes: [UInt8], name: String? = nil) {
        self.bytes = bytes
        self.name = name
    }
}
