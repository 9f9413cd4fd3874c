/// Where a writer puts a file's text as it makes it: kept whole in memory
/// (``init(expectedSize:)``), or handed to an open file a mebibyte at a time
/// (``GraphFile/writeAtomically(to:_:)``), so that writing a large graph to disk holds one
/// chunk of its text in memory, not all of it.
///
/// Writers append to ``bytes`` and call ``itemEnded()`` between entities and relations;
/// the stream decides when to hand the text on. A write that fails is remembered
/// (``failure``) and what follows is dropped, so writers need not stop to check: whoever
/// opened the file reports it when the writer is done.
public struct TextStream {
    /// The text made and not yet handed on: all of it in memory.
    public var bytes: [UInt8] = []
    /// The file the text goes to; nil keeps it in memory.
    private let descriptor: Int32?
    /// `errno` of the first write to the file that failed; 0 while none has.
    public private(set) var failure: Int32 = 0
    /// The most text handed to the file at once: what a writer that calls ``itemEnded()``
    /// after every item keeps near ``chunkSize``.
    private(set) var largestHandedOn = 0
    /// How many bytes went to the file, and their FNV-1a checksum when the stream keeps one
    /// (an export's manifest lists both for each file).
    private(set) var handedOnCount = 0
    private(set) var checksum: UInt64?

    /// How much text gathers before it is handed to the file: large enough that the write
    /// calls cost nothing next to making the text, small enough to stay in a core's cache.
    static let chunkSize = 1 << 20

    /// A stream that keeps the whole text in ``bytes``, with room reserved for about
    /// `expectedSize` bytes.
    public init(expectedSize: Int = 0) {
        descriptor = nil
        bytes.reserveCapacity(expectedSize)
    }

    /// A stream into the open file `descriptor`, which it does not close; with `checksummed`,
    /// it keeps the FNV-1a checksum of what it writes (``checksum``).
    init(descriptor: Int32, checksummed: Bool = false) {
        self.descriptor = descriptor
        checksum = checksummed ? ExportManifest.fnv1a64Basis : nil
        // An item is far smaller than a chunk, so the buffer is not outgrown in practice.
        bytes.reserveCapacity(Self.chunkSize + Self.chunkSize / 4)
    }

    /// Whether the text goes to a file (and ``bytes`` holds only its latest part).
    public var isWritingToFile: Bool { descriptor != nil }

    /// Called by writers between items: hands the text on once a chunk has gathered.
    @inline(__always)
    public mutating func itemEnded() {
        if descriptor != nil && bytes.count >= Self.chunkSize { drain() }
    }

    /// Hands on whatever text is left; the writer has finished.
    mutating func finish() {
        if descriptor != nil { drain() }
    }

    private mutating func drain() {
        guard let descriptor else { return }
        largestHandedOn = max(largestHandedOn, bytes.count)
        handedOnCount += bytes.count
        if let running = checksum { checksum = ExportManifest.fnv1a64(bytes, continuing: running) }
        if failure == 0 { failure = bytes.withUnsafeBytes { GraphFile.writeAll($0, to: descriptor) } }
        bytes.removeAll(keepingCapacity: true)
    }
}
