/// Swift's shortest round-trip spelling of a `Double` (what `description` gives), written
/// into the caller's memory without making a `String`: answers with a score per node write
/// hundreds of thousands of numbers, and a `String` of more than 15 bytes is a heap
/// allocation each.
enum DoubleText {
    /// The most bytes ``write(_:to:)`` writes; the longest spelling, such as
    /// `-2.2250738585072014e-308`, has 24.
    static let maxLength = 32

    /// Writes `value`'s spelling at `out`, which has room for ``maxLength`` bytes, and returns
    /// the number of bytes written.
    static func write(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        // Whole numbers below 2⁵³ — core numbers, degrees and counts given as scores — are
        // spelled `123.0` by `description`. Their digits are written directly, without the
        // search for the shortest digits that round-trip. Negative zero takes the general path,
        // because it is spelled `-0.0`.
        if value.magnitude < 0x1p53, value == value.rounded(.towardZero),
           !(value == 0 && value.sign == .minus) {
            let length = JSONValue.writeDecimal(Int(value), to: out)
            out[length] = UInt8(ascii: ".")
            out[length + 1] = UInt8(ascii: "0")
            return length + 2
        }
        var sink = Sink(base: out)
        value.write(to: &sink)
        return sink.count
    }

    /// The stream `Double.write(to:)` writes into. The standard library hands a float's
    /// digits to `_writeASCII` from a buffer on the stack; `write(_:)` serves any other path.
    /// Both stop at ``maxLength``, so a longer spelling could never write past the room.
    private struct Sink: TextOutputStream {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        mutating func write(_ string: String) {
            for byte in string.utf8 where count < DoubleText.maxLength {
                base[count] = byte
                count += 1
            }
        }

        mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
            guard let source = buffer.baseAddress else { return }
            let length = min(buffer.count, DoubleText.maxLength - count)
            (base + count).update(from: source, count: length)
            count += length
        }
    }
}
