/// The list of files a folder export holds, with each one's size and FNV-1a 64-bit checksum,
/// written beside them as `netgraph-export.json`. A reader that finds it refuses a folder
/// whose files are not the ones listed: files of two exports mixed (copied over one another,
/// or a write interrupted by hand) would otherwise read as one graph. The checksum guards
/// against accidents, not forgery.
struct ExportManifest {
    static let fileName = GraphFile.manifestName

    struct Entry: Equatable {
        var name: String
        var bytes: Int
        var checksum: UInt64
    }

    var entries: [Entry]

    init(entries: [Entry]) { self.entries = entries }

    /// The manifest as JSON, files in the order written: the same files give the same bytes.
    var json: String {
        let files = entries.map { entry -> JSONValue in
            .object([("name", .string(entry.name)), ("bytes", .int(entry.bytes)),
                     ("fnv1a64", .string(String(entry.checksum, radix: 16)))])
        }
        return JSONValue.object([("netgraph_export", .int(1)), ("files", .array(files))]).serialized(pretty: true) + "\n"
    }

    /// Reads a manifest; nil when the text is not one.
    init?(parsing text: String) {
        guard case .object(let members)? = try? JSONValue.parse(text),
              case .array(let files)? = members.first(where: { $0.0 == "files" })?.1 else { return nil }
        var entries: [Entry] = []
        for file in files {
            guard case .object(let fields) = file,
                  case .string(let name)? = fields.first(where: { $0.0 == "name" })?.1,
                  case .int(let bytes)? = fields.first(where: { $0.0 == "bytes" })?.1,
                  case .string(let hex)? = fields.first(where: { $0.0 == "fnv1a64" })?.1,
                  let checksum = UInt64(hex, radix: 16) else { return nil }
            entries.append(Entry(name: name, bytes: bytes, checksum: checksum))
        }
        self.entries = entries
    }

    /// Why `contents`, read as the file `name`, is not the file the manifest lists; nil when
    /// it is (or the manifest does not list it).
    func mismatch(_ name: String, contents: String) -> String? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        let bytes = contents.utf8.count
        let checksum = Self.fnv1a64(contents.utf8)
        if bytes == entry.bytes && checksum == entry.checksum { return nil }
        return "\(name) is not the file this export's \(Self.fileName) lists (\(entry.bytes) bytes, checksum \(String(entry.checksum, radix: 16)); found \(bytes) bytes, \(String(checksum, radix: 16))): the folder mixes files of different exports"
    }

    /// FNV-1a's starting value (its offset basis).
    static let fnv1a64Basis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a, 64 bits (Fowler, Noll and Vo), of `bytes`, or of the text before them whose
    /// checksum is `running` followed by them.
    static func fnv1a64(_ bytes: some Sequence<UInt8>, continuing running: UInt64 = fnv1a64Basis) -> UInt64 {
        var hash = running
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
