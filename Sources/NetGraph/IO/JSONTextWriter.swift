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
    /// The text is the first `count` bytes of `storage`; the rest is room. Each write makes
    /// room for its longest text once and writes through a pointer, rather than appending
    /// byte by byte with a check of an array's uniqueness and capacity for every byte: this
    /// writer produces the tens of megabytes a breadth-first search of a large graph answers.
    private var storage = Storage(capacity: 0)
    /// The number of bytes written.
    public private(set) var count = 0
    /// Whether the next key or value follows another in the same container.
    private var followsSibling = false

    public init() {}

    /// A writer whose first key or value follows one written elsewhere, so it starts with the
    /// separating comma: for a list whose items are written in parts, each part by a writer
    /// of its own.
    public init(followingSibling: Bool) { followsSibling = followingSibling }

    /// The text written so far (a copy; ``withBytes(_:)`` reads it in place).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: count)) }

    /// Calls `body` with the text written so far, in place.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: storage.base, count: count)) }
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
        let out = room(for: 20)
        count += JSONValue.writeDecimal(value, to: out)
        followsSibling = true
    }

    /// A number, or `null` for nil or a value JSON cannot hold (infinite, NaN).
    public mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        let out = room(for: DoubleText.maxLength)
        count += DoubleText.write(value, to: out)
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

    /// A member's name encoded once, quotes and colon included, for the names a long answer
    /// writes in every entry.
    public struct Name: Hashable, Sendable {
        let bytes: [UInt8]

        public init(_ name: String) {
            var bytes: [UInt8] = []
            JSONValue.quote(name, into: &bytes)
            bytes.append(UInt8(ascii: ":"))
            self.bytes = bytes
        }
    }

    /// A member's name encoded once (see ``JSONTextWriter/Name``); its value comes next.
    public mutating func key(_ name: Name) {
        name.bytes.withUnsafeBufferPointer { verbatim($0) }
        followsSibling = false
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
        let out = room(for: text.count + 3)
        out[0] = 0x22
        Self.copy(text, to: out + 1)
        out[text.count + 1] = 0x22
        if let suffix {
            out[text.count + 2] = suffix
            count += text.count + 3
        } else {
            count += text.count + 2
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
        let out = room(for: text.count)
        Self.copy(text, to: out)
        count += text.count
    }

    private mutating func verbatim(_ text: StaticString) {
        text.withUTF8Buffer { verbatim($0) }
    }

    /// Copies `text` to `out`: the short texts an answer is mostly made of (ids, names,
    /// kinds, member names) byte by byte, which costs less than a call to `memmove` for each.
    @inline(__always)
    private static func copy(_ text: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        if text.count <= 16 {
            for index in 0..<text.count { out[index] = base[index] }
        } else {
            out.update(from: base, count: text.count)
        }
    }

    /// Makes room for the separating comma and `maxLength` more bytes, writes the comma if
    /// one is due, and returns where the next byte goes; the caller writes at most
    /// `maxLength` bytes there and adds what it wrote to `count`.
    ///
    /// A writer's bytes are its own: a copy of a writer takes a copy of them here, before
    /// its first write.
    @inline(__always)
    private mutating func room(for maxLength: Int) -> UnsafeMutablePointer<UInt8> {
        let needed = count + maxLength + 1
        if needed > storage.capacity || !isKnownUniquelyReferenced(&storage) { reserve(needed) }
        let out = storage.base + count
        guard followsSibling else { return out }
        out[0] = UInt8(ascii: ",")
        count += 1
        return out + 1
    }

    /// Storage of its own, of at least `needed` bytes (twice as much as before when it grows),
    /// holding the text written so far.
    @inline(never)
    private mutating func reserve(_ needed: Int) {
        let grown = Storage(capacity: Swift.max(needed, needed > storage.capacity ? 2 * storage.capacity : storage.capacity))
        grown.base.update(from: storage.base, count: count)
        storage = grown
    }

    /// The writer's bytes: one allocation, reached through a pointer without the checks an
    /// array makes on every access.
    private final class Storage: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: Swift.max(1, capacity))
        }

        deinit { base.deallocate() }
    }

    private mutating func open(_ bracket: UInt8) {
        room(for: 1)[0] = bracket
        count += 1
        followsSibling = false
    }

    private mutating func close(_ bracket: UInt8) {
        followsSibling = false
        room(for: 1)[0] = bracket
        count += 1
        followsSibling = true
    }
}
