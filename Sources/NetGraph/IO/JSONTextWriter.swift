/// Compact JSON written straight to UTF-8 bytes, member by member: for answers with one entry
/// per node or relation of a large graph, which would otherwise be built as a ``JSONValue``
/// tree only to be written and dropped. What it writes for a value is the text
/// ``JSONValue/serialized(pretty:)`` writes for the same value (`null` for a non-finite
/// number), so a command may switch between the two without changing its output.
///
/// The caller keeps the structure balanced; the writer places the commas:
/// ```swift
/// var json = JSONTextWriter()
/// json.beginObject()
/// json.key("id"); json.string("a")
/// json.key("score"); json.number(0.5)
/// json.endObject()                       // {"id":"a","score":0.5}
/// ```
public struct JSONTextWriter: Sendable {
    /// The text is `storage[0..<count]`; the rest is room. Each write makes room for its
    /// longest text once and copies through a pointer, rather than appending byte by byte
    /// with a check of the array's uniqueness and capacity for every byte: this writer
    /// produces the tens of megabytes a breadth-first search of a large graph answers.
    private var storage: [UInt8] = []
    /// The number of bytes written.
    public private(set) var count = 0
    /// Whether the next key or value follows another in the same container.
    private var followsSibling = false

    public init() {}

    /// The text written so far (a copy; ``withBytes(_:)`` reads it in place).
    public var bytes: [UInt8] { Array(storage[0..<count]) }

    /// Calls `body` with the text written so far, in place.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    /// Drops the text written so far (after it has been flushed), keeping the capacity and
    /// the place in the structure.
    public mutating func removeWritten() { count = 0 }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A member's name; its value comes next.
    @_disfavoredOverload
    public mutating func key(_ name: String) {
        var name = name
        name.withUTF8 { key(utf8: $0) }
    }

    /// A member's name written in the source: quoted from its bytes, without making a
    /// `String` (an answer listing a relation per entry writes a dozen names per relation).
    public mutating func key(_ name: StaticString) {
        name.withUTF8Buffer { key(utf8: $0) }
    }

    /// A string, or `null` for nil.
    public mutating func string(_ text: String?) {
        guard var text else { return null() }
        text.withUTF8 { quoted($0, then: nil) }
        followsSibling = true
    }

    public mutating func int(_ value: Int) {
        write(maxLength: 20) { JSONValue.writeDecimal(value, to: $0) }
        followsSibling = true
    }

    /// A number, or `null` for nil or a value JSON cannot hold (infinite, NaN).
    public mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        write(maxLength: DoubleText.maxLength) { DoubleText.write(value, to: $0) }
        followsSibling = true
    }

    public mutating func bool(_ value: Bool) {
        verbatim(value ? "true" : "false")
        followsSibling = true
    }

    public mutating func null() {
        verbatim("null")
        followsSibling = true
    }

    /// A whole value, as ``JSONValue`` writes it.
    public mutating func value(_ value: JSONValue) {
        var text: [UInt8] = []
        value.append(to: &text)
        text.withUnsafeBufferPointer { verbatim($0) }
        followsSibling = true
    }

    /// A value encoded once and written many times (a relation type's name on every relation).
    public mutating func value(_ fragment: Fragment) {
        fragment.bytes.withUnsafeBufferPointer { verbatim($0) }
        followsSibling = true
    }

    /// Members encoded once and written many times, after any members already written in
    /// the current object (a relation without dates, status, source or quote ends with the
    /// same ten members every time).
    public mutating func members(_ run: Members) {
        guard !run.bytes.isEmpty else { return }
        run.bytes.withUnsafeBufferPointer { verbatim($0) }
        followsSibling = true
    }

    /// Object members already written as text, `"name":value` separated by commas: made
    /// from names and ``JSONValue``s, so it is always a well-formed run of members.
    public struct Members: Hashable, Sendable {
        let bytes: [UInt8]

        public init(_ members: [(String, JSONValue)]) {
            var bytes: [UInt8] = []
            for (index, (name, value)) in members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONValue.quote(name, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                value.append(to: &bytes)
            }
            self.bytes = bytes
        }
    }

    /// A JSON value already written as text, for values a long answer repeats: made from a
    /// ``JSONValue`` (or a string), so it is always one well-formed value.
    public struct Fragment: Hashable, Sendable {
        let bytes: [UInt8]

        public init(_ value: JSONValue) {
            var bytes: [UInt8] = []
            value.append(to: &bytes)
            self.bytes = bytes
        }

        /// The string, or `null` for nil.
        public init(string: String?) { self.init(string.map(JSONValue.string) ?? .null) }
    }

    private mutating func key(utf8 name: UnsafeBufferPointer<UInt8>) {
        quoted(name, then: UInt8(ascii: ":"))
        followsSibling = false
    }

    /// `text` quoted as a JSON string, then `suffix`, after the separating comma if one is due.
    ///
    /// Text of printable ASCII without `"` or `\` — ids, names and kinds, almost always — is
    /// copied whole; any other goes through ``JSONValue/quote(utf8:into:)``, the one
    /// definition of what is escaped.
    private mutating func quoted(_ text: UnsafeBufferPointer<UInt8>, then suffix: UInt8?) {
        guard Self.isPlain(text) else {
            var escaped: [UInt8] = []
            JSONValue.quote(utf8: text, into: &escaped)
            if let suffix { escaped.append(suffix) }
            return escaped.withUnsafeBufferPointer { verbatim($0) }
        }
        write(maxLength: text.count + 3) { out in
            out[0] = 0x22
            if let base = text.baseAddress { (out + 1).update(from: base, count: text.count) }
            out[text.count + 1] = 0x22
            guard let suffix else { return text.count + 2 }
            out[text.count + 2] = suffix
            return text.count + 3
        }
    }

    /// Whether `text` is printable ASCII without `"` or `\`, so that it is its own JSON
    /// string's body. Eight bytes are tested at a time, as one word: a byte below 0x20 or
    /// from 0x7F up, or equal to `"` or `\`, leaves a high bit set in one of the masks
    /// below (the classic tests for a zero byte and for a byte below a bound, exact when
    /// only asked whether any byte matches). Ids and values in a long answer are mostly
    /// longer than a word, and the byte-by-byte loop was most of the quoting's time.
    @inline(__always)
    static func isPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func anyZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        let count = text.count
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // High bits: bytes from 0x80. Below 0x20: `word - 0x20…` borrows into a clear
            // high bit. 0x7F, `"` and `\`: a zero byte after xor with the repeated byte.
            let flagged = (word & highs != 0) || ((word &- ones &* 0x20) & ~word & highs != 0)
                || anyZeroByte(word ^ (ones &* 0x7F)) || anyZeroByte(word ^ (ones &* 0x22)) || anyZeroByte(word ^ (ones &* 0x5C))
            if flagged { return false }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C { return false }
            index += 1
        }
        return true
    }

    /// The separating comma if one is due, then `text` as it is.
    private mutating func verbatim(_ text: UnsafeBufferPointer<UInt8>) {
        write(maxLength: text.count) { out in
            if let base = text.baseAddress { out.update(from: base, count: text.count) }
            return text.count
        }
    }

    private mutating func verbatim(_ text: StaticString) {
        text.withUTF8Buffer { verbatim($0) }
    }

    /// Makes room for the separating comma and `maxLength` more bytes, writes the comma if
    /// one is due, and lets `body` write at most `maxLength` bytes after it; `body` returns
    /// how many it wrote.
    @inline(__always)
    private mutating func write(maxLength: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let start = count
        let room = maxLength + 1
        if storage.count - start < room {
            storage.append(contentsOf: repeatElement(0, count: Swift.max(room, storage.count)))
        }
        let comma = followsSibling
        let written = storage.withUnsafeMutableBufferPointer { buffer in
            let out = buffer.baseAddress! + start
            if comma { out[0] = UInt8(ascii: ","); return 1 + body(out + 1) }
            return body(out)
        }
        count = start + written
    }

    private mutating func open(_ bracket: UInt8) {
        write(maxLength: 1) { $0[0] = bracket; return 1 }
        followsSibling = false
    }

    private mutating func close(_ bracket: UInt8) {
        followsSibling = false
        write(maxLength: 1) { $0[0] = bracket; return 1 }
        followsSibling = true
    }
}
