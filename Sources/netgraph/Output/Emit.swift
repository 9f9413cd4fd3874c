import Foundation
import NetGraph

/// Writes a command's answer to standard output (standard error is ``Diagnostics``').
enum Emit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var appliedTimeFilter: JSONValue?

    /// The time filter the command applied (set by ``FilterOptions``); when set, every JSON
    /// answer that is an object names it first, as its `"time_filter"` member.
    static var timeFilter: JSONValue? {
        get { lock.withLock { appliedTimeFilter } }
        set { lock.withLock { appliedTimeFilter = newValue } }
    }

    static func json(_ value: JSONValue) {
        var value = value
        if case let .object(members) = value, let timeFilter { value = .object([("time_filter", timeFilter)] + members) }
        var bytes = value.utf8()
        bytes.append(0x0A)
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes the object `{head…, key: [items…]}`, exactly as `json(_:)` writes it, without
    /// holding the whole document: each item is written as it comes and the text is flushed a
    /// megabyte at a time. A command whose answer lists every entity of a large graph spends
    /// its memory on the graph, not on the answer.
    static func json(_ head: [(String, JSONValue)], streaming key: String, _ items: some Sequence<JSONValue>) {
        listing(head, key) { json in
            for item in items {
                json.value(item)
                ParallelJSONList.handOnWhenFull(&json, to: bytes)
            }
        }
    }

    /// The same object, each of the `count` items written by `item` straight into the text,
    /// blocks of them at once on every core (``ParallelJSONList``): the same bytes.
    static func json(_ head: [(String, JSONValue)], writing key: String, count: Int, _ item: @Sendable (Int, inout JSONTextWriter) -> Void) {
        listing(head, key) { json in
            ParallelJSONList.write(count: count, into: &json, item: item, emit: bytes)
        }
    }

    /// `{time_filter?, head…, key: [` + what `items` writes + `]}` and a line feed.
    private static func listing(_ head: [(String, JSONValue)], _ key: String, _ items: (inout JSONTextWriter) -> Void) {
        var json = JSONTextWriter()
        json.beginObject()
        for (name, value) in (timeFilter.map { [("time_filter", $0)] } ?? []) + head {
            json.key(name)
            json.value(value)
        }
        json.key(key)
        json.beginArray()
        items(&json)
        json.endArray()
        json.endObject()
        json.withBytes(bytes)
        bytes([0x0A])
    }

    /// Writes `bytes` as they are, without copying them (a whole graph written to standard
    /// output by `convert`).
    static func bytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer(Self.bytes)
    }

    /// Writes the bytes in place.
    static func bytes(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count,
                                             deallocator: .none))
    }

    static func text(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

extension Double {
    /// A score for a table: six significant digits, no exponent for ordinary magnitudes.
    var tableDescription: String {
        if self == 0 { return "0" }
        if abs(self) >= 1e-4 && abs(self) < 1e9 {
            var text = String(format: "%.6g", self)
            if text.contains("e") { text = String(format: "%.6f", self) }
            return text
        }
        return String(format: "%.6g", self)
    }
}
