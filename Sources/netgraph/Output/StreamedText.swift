import Foundation

/// Text written to standard output as it is produced, a megabyte at a time, for answers too
/// long to hold whole (every shortest path of a graph that has millions). The bytes are those
/// `Emit.text` would write for the whole text at once.
struct StreamedText {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 20) }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Writes what is left.
    mutating func finish() { flush() }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
