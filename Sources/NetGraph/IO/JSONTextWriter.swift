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
    /// The text written so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next key or value follows another in the same container.
    private var followsSibling = false

    public init() {}

    /// Drops the text written so far (after it has been flushed), keeping the capacity and
    /// the place in the structure.
    public mutating func removeWritten() { bytes.removeAll(keepingCapacity: true) }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A member's name; its value comes next.
    @_disfavoredOverload
    public mutating func key(_ name: String) {
        separate()
        JSONValue.quote(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        followsSibling = false
    }

    /// A member's name written in the source: quoted from its bytes, without making a
    /// `String` (an answer listing a relation per entry writes a dozen names per relation).
    public mutating func key(_ name: StaticString) {
        separate()
        name.withUTF8Buffer { JSONValue.quote(utf8: $0, into: &bytes) }
        bytes.append(UInt8(ascii: ":"))
        followsSibling = false
    }

    /// A string, or `null` for nil.
    public mutating func string(_ text: String?) {
        separate()
        if let text { JSONValue.quote(text, into: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
        followsSibling = true
    }

    public mutating func int(_ value: Int) {
        separate()
        JSONValue.appendDecimal(value, to: &bytes)
        followsSibling = true
    }

    /// A number, or `null` for nil or a value JSON cannot hold (infinite, NaN).
    public mutating func number(_ value: Double?) {
        separate()
        JSONValue.appendNumber(value ?? .nan, to: &bytes)
        followsSibling = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        followsSibling = true
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
        followsSibling = true
    }

    /// A whole value, as ``JSONValue`` writes it.
    public mutating func value(_ value: JSONValue) {
        separate()
        value.append(to: &bytes)
        followsSibling = true
    }

    /// A value encoded once and written many times (a relation type's name on every relation).
    public mutating func value(_ fragment: Fragment) {
        separate()
        bytes.append(contentsOf: fragment.bytes)
        followsSibling = true
    }

    /// Members encoded once and written many times, after any members already written in
    /// the current object (a relation without dates, status, source or quote ends with the
    /// same ten members every time).
    public mutating func members(_ run: Members) {
        guard !run.bytes.isEmpty else { return }
        separate()
        bytes.append(contentsOf: run.bytes)
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

    private mutating func separate() {
        if followsSibling { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        followsSibling = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        followsSibling = true
    }
}
