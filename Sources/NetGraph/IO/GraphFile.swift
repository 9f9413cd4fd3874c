import Foundation

/// Reading and writing graph files by path, choosing the format from the file name.
public enum GraphFile {
    /// Reads the graph at `path` with ``FormatRegistry/standard`` (see
    /// ``FormatRegistry/read(path:format:limits:)``); `-` reads standard input.
    /// - Throws: ``GraphInputError`` for unreadable files and every problem in their content.
    public static func read(path: String, limits: ReadLimits = .standard, format: GraphFormat? = nil) throws(GraphInputError) -> Graph {
        try FormatRegistry.standard.read(path: path, format: format, limits: limits)
    }

    /// Bytes as UTF-8 text, or a located error saying why they are not (binary, UTF-16…).
    public static func decodeText(_ bytes: [UInt8], file: String) throws(GraphInputError) -> String {
        try TextDecoding.utf8(bytes, file: file)
    }

    /// The bytes of a file, or of standard input for `-`, refusing more than the limit.
    public static func readBytes(path: String, limits: ReadLimits = .standard) throws(GraphInputError) -> [UInt8] {
        let origin = SourceLocation(file: path == "-" ? "<stdin>" : path, line: 1, column: 1)
        // One open and one fstat: the type and size come from the descriptor that is read, so
        // the file checked is the file read. (FileManager's attributesOfItem also resolved the
        // owner's and group's names through NSS — /etc/nsswitch.conf, /etc/passwd, /etc/group —
        // on every read.)
        let descriptor: Int32
        var knownSize = 0
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw GraphInputError(errno == ENOENT || errno == ENOTDIR ? "no such file" : "cannot open the file for reading",
                                      at: origin)
            }
            var status = stat()
            guard fstat(descriptor, &status) == 0 else {
                close(descriptor)
                throw GraphInputError("cannot open the file for reading", at: origin)
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                close(descriptor)
                throw GraphInputError("is a directory, not a graph file", at: origin)
            }
            // A regular file is read straight into one array of its size (and one byte more, to
            // see that it ended): reading it as chunks of Data and copying each into the array
            // cost a second pass over the bytes (7% of reading a 124 MB GEXF file, perf). A
            // pipe's size is not known; it is read in chunks of 1 MiB.
            if status.st_mode & S_IFMT == S_IFREG && status.st_size > 0 {
                knownSize = min(Int(status.st_size), limits.maxFileBytes)
            }
        }
        defer { if path != "-" { close(descriptor) } }
        var failure: Int32 = 0
        /// Reads into `buffer` until it is full or the input ends; the count read.
        func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            var count = 0
            while count < buffer.count {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read > 0 { count += read; continue }
                if read < 0 && errno == EINTR { continue }
                if read < 0 { failure = errno }
                break
            }
            return count
        }
        let first = knownSize + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: first) { buffer, count in count = fill(UnsafeMutableRawBufferPointer(buffer)) }
        var ended = bytes.count < first
        var chunk: [UInt8] = []
        while !ended && failure == 0 {
            if bytes.count > limits.maxFileBytes { break }
            if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: 1 << 20) }
            let count = chunk.withUnsafeMutableBytes { fill($0) }
            bytes.append(contentsOf: chunk[..<count])
            ended = count < chunk.count
        }
        if failure != 0 {
            throw GraphInputError("cannot read the file: \(String(cString: strerror(failure)))", at: origin)
        }
        if bytes.count > limits.maxFileBytes {
            throw GraphInputError("the file is over the limit of \(limits.maxFileBytes) bytes", at: origin, limit: .fileSize)
        }
        return bytes
    }

    /// Writes `contents` to `path` atomically: into a temporary file beside it, then renamed
    /// over it, so a reader never sees a half-written file and a failure leaves none.
    public static func writeAtomically(_ contents: String, to path: String) throws {
        try writeAtomically(contentsOf: Array(contents.utf8), to: path)
    }

    /// Writes `bytes` to `path` atomically, as the `String` variant does, without a copy.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try writeAtomically(contentsOf: bytes, to: path)
    }

    /// Writes `data` to `path` atomically, as the `String` variant does; an
    /// interrupt (Ctrl-C) during the write removes the temporary file.
    ///
    /// The temporary file gets an unpredictable name and is created with `O_EXCL` and
    /// `O_NOFOLLOW`, so a link planted at a name the process might choose cannot redirect
    /// the write; the destination itself must be a regular file or a new name
    /// (``OutputFile/check(_:notOver:)``). Folders created for the file are removed again
    /// when the write fails.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        try writeAtomically(contentsOf: data, to: path)
    }

    /// Writes the text `make` puts into its stream to `path` atomically, as the `String`
    /// variant does, a chunk at a time (``TextStream``): the whole text is never in memory.
    /// An error `make` throws is rethrown as it is, and leaves nothing behind.
    public static func writeAtomically(to path: String, _ make: (inout TextStream) throws -> Void) throws {
        try writeAtomically(path) { descriptor in
            var stream = TextStream(descriptor: descriptor)
            try make(&stream)
            stream.finish()
            if stream.failure != 0 {
                errno = stream.failure
                throw writeError(path)
            }
        }
    }

    private static func writeAtomically(contentsOf data: some ContiguousBytes, to path: String) throws {
        try writeAtomically(path) { descriptor in
            let failure = data.withUnsafeBytes { writeAll($0, to: descriptor) }
            if failure != 0 {
                errno = failure
                throw writeError(path)
            }
        }
    }

    /// Writes all of `buffer` to `descriptor`, retrying when a signal interrupts; returns 0,
    /// or the `errno` of the write that failed.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// Creates a private temporary file beside `path`, lets `fill` write into it, then gives
    /// it the usual permissions and renames it over `path`; on any failure (or an interrupt)
    /// the temporary file and the folders made for it are removed.
    private static func writeAtomically(_ path: String, fill: (_ descriptor: Int32) throws -> Void) throws {
        try OutputFile.check(path)
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let created = try createDirectories(directory)
        var suffix = SystemRandomNumberGenerator()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(String(suffix.next(), radix: 36)).tmp")
        do {
            try InterruptCleanup.protecting(temporary.path) {
                let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
                guard descriptor >= 0 else { throw writeError(path) }
                defer { close(descriptor) }
                try fill(descriptor)
                // The file is created private; it gets the usual permissions once complete.
                guard fchmod(descriptor, 0o644) == 0 else { throw writeError(path) }
                // rename(2) replaces an existing file in one step, so readers see the old
                // file or the new (FileManager's replaceItemAt fails on Linux here).
                guard rename(temporary.path, url.path) == 0 else { throw writeError(path) }
            }
        } catch {
            unlink(temporary.path)
            for folder in created.reversed() { rmdir(folder.path) }
            throw error
        }
    }

    /// The file a folder export lists its files in, with each one's size and checksum, so a
    /// reader can tell a folder whose files come from one export from a mixed one.
    public static let manifestName = "netgraph-export.json"

    /// Writes the named `files` as the folder `folder`, whole or not at all: into a new
    /// temporary folder beside it, then renamed into place. An existing export is exchanged
    /// for the new one in one step (`renameat2` with `RENAME_EXCHANGE`, or two renames where
    /// the file system lacks it) and then removed, so a reader sees the old export or the new,
    /// never a mix. The folder also gets ``manifestName``.
    ///
    /// - Throws: ``OutputFile/Refusal`` when `folder` is a file, a link or a folder holding
    ///   files other than an export's; an error when writing fails (nothing is left behind).
    public static func writeFolderAtomically(_ files: [(name: String, contents: String)], to folder: String) throws {
        try writeFolderAtomically(names: files.map(\.name), to: folder) { index, stream in
            stream.bytes.append(contentsOf: files[index].contents.utf8)
        }
    }

    /// Writes the files `names` as the folder `folder`, whole or not at all, as the variant
    /// above does, each file's text streamed to disk a chunk at a time as `make` puts it into
    /// its stream (``TextStream``): `make` is called once per file, with the file's index in
    /// `names`, in order. An error `make` throws is rethrown as it is, and leaves nothing
    /// behind.
    public static func writeFolderAtomically(names files: [String], to folder: String,
                                             _ make: (_ index: Int, _ stream: inout TextStream) throws -> Void) throws {
        let names = Set(files + [ExportManifest.fileName])
        var status = stat()
        let exists = lstat(folder, &status) == 0
        if exists {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw OutputFile.Refusal(description: "'\(folder)' is not a folder; a CSV export is written as a folder (name a new one)")
            }
            let present = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if let stranger = present.sorted().first(where: { !names.contains($0) && !Self.isExportFile($0) }) {
                throw OutputFile.Refusal(description: "'\(folder)' holds '\(stranger)', which is not part of an export; netgraph replaces only a folder it exported (name a new or empty folder)")
            }
        }
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = url.deletingLastPathComponent()
        let created = try createDirectories(parent)
        var random = SystemRandomNumberGenerator()
        let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).\(String(random.next(), radix: 36)).tmp").path
        func removeTemporary() {
            for name in names { unlink(temporary + "/" + name) }
            rmdir(temporary)
        }
        do {
            try InterruptCleanup.protecting(folder: temporary, files: Array(names)) {
                guard mkdir(temporary, 0o700) == 0 else { throw writeError(folder) }
                var entries: [ExportManifest.Entry] = []
                for (index, name) in files.enumerated() {
                    entries.append(try writeNew(name, in: temporary) { stream in try make(index, &stream) })
                }
                _ = try writeNew(ExportManifest.fileName, in: temporary) { stream in
                    stream.bytes.append(contentsOf: ExportManifest(entries: entries).json.utf8)
                }
                guard chmod(temporary, 0o755) == 0 else { throw writeError(folder) }
                if !exists {
                    guard rename(temporary, url.path) == 0 else { throw writeError(folder) }
                    return
                }
                if exchange(temporary, url.path) {
                    // The temporary name now holds the old export.
                    removeOldExport(temporary)
                    return
                }
                let old = temporary + ".old"
                guard rename(url.path, old) == 0 else { throw writeError(folder) }
                guard rename(temporary, url.path) == 0 else {
                    rename(old, url.path)
                    throw writeError(folder)
                }
                removeOldExport(old)
            }
        } catch {
            removeTemporary()
            for folder in created.reversed() { rmdir(folder.path) }
            throw error
        }
    }

    /// Files an export may hold: the CSV files and metadata of either layout.
    private static func isExportFile(_ name: String) -> Bool {
        ["nodes.csv", "relationships.csv", "vertices.csv", "edges.csv", "sources.csv", "graph.json", ExportManifest.fileName].contains(name)
    }

    /// Removes a replaced export: its export files, then the folder if that left it empty.
    private static func removeOldExport(_ folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where isExportFile(name) {
            unlink(folder + "/" + name)
        }
        rmdir(folder)
    }

    /// Creates the file `name` in `folder` (it must not exist), refusing to follow a link, with
    /// the text `make` puts into its stream; returns the file's manifest entry (its size and
    /// checksum).
    private static func writeNew(_ name: String, in folder: String, _ make: (inout TextStream) throws -> Void) throws -> ExportManifest.Entry {
        let path = folder + "/" + name
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw writeError(path) }
        defer { close(descriptor) }
        var stream = TextStream(descriptor: descriptor, checksummed: true)
        try make(&stream)
        stream.finish()
        if stream.failure != 0 {
            errno = stream.failure
            throw writeError(path)
        }
        return ExportManifest.Entry(name: name, bytes: stream.handedOnCount, checksum: stream.checksum!)
    }

    /// Swaps two paths in one step (Linux `renameat2(…, RENAME_EXCHANGE)`); false where the
    /// system or file system cannot.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        return netgraph_renameat2(AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */) == 0
        #else
        return false
        #endif
    }

    private static func writeError(_ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                 NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }

    /// Creates `directory` and its missing parents; returns the folders it created, outermost
    /// first.
    private static func createDirectories(_ directory: URL) throws -> [URL] {
        var missing: [URL] = []
        var current = directory.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path) {
            missing.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return missing.reversed()
    }
}

/// The graph that ships with netgraph: `graphs/mexico-security.yaml`.
public enum BundledGraph {
    public static let fileName = "mexico-security.yaml"

    /// Where the bundled graph is: `NETGRAPH_BUNDLED_GRAPH` when set, else the resource
    /// bundle installed beside the executable, else the source checkout it was built from.
    public static func path() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["NETGRAPH_BUNDLED_GRAPH"], !override.isEmpty { return override }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for bundle in ["netgraph_NetGraph.resources", "netgraph_NetGraph.bundle/Contents/Resources"] {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundle).appendingPathComponent(fileName))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("netgraph_NetGraph.resources").appendingPathComponent(fileName))
        // #filePath is …/Sources/NetGraph/IO/GraphFile.swift in the checkout that built this.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("graphs").appendingPathComponent(fileName))
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }?.path
    }

    /// Reads the bundled graph.
    public static func load() throws(GraphInputError) -> Graph {
        guard let path = path() else {
            throw GraphInputError("the bundled graph \(fileName) was not found beside the executable; name a graph file or set NETGRAPH_BUNDLED_GRAPH")
        }
        return try GraphFile.read(path: path)
    }
}

#if os(Linux)
/// glibc's `renameat2` (since 2.28), which the Glibc module does not export.
@_silgen_name("renameat2")
private func netgraph_renameat2(_ oldDirectory: Int32, _ oldPath: UnsafePointer<CChar>, _ newDirectory: Int32,
                                _ newPath: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
#endif
