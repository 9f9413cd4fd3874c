extension JSONValue {
    /// Starts member `key` of a pretty-printed object whose members stand at `indent + 2`, as
    /// ``serialized(pretty:)`` writes it: a comma unless it is the first, a new line, the
    /// key and `: `. The caller writes the value at `indent + 2`.
    static func beginPrettyMember(_ key: String, first: Bool, indent: Int, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent + 2))
        quote(key, into: &out)
        out.append(contentsOf: ": ".utf8)
    }
}

/// A pretty-printed array at `indent` written into a stream item by item, exactly as
/// ``JSONValue/serialized(pretty:)`` writes the same array, so that a document of millions of
/// items is never a tree in memory. For each item, in order: ``beginItem(_:)``, the item's
/// text as ``JSONValue/serialized(pretty:)`` writes it at ``itemIndent`` (a ``JSONValue``'s,
/// or text a writer makes itself), ``endItem(_:)``, which tells the stream an item ended;
/// then ``end(_:)``. A struct of calls, not a function taking closures: a closure per item
/// copied what it captured, and the copies were a third of writing a large graph (perf).
struct JSONPrettyArray {
    let indent: Int
    private var count = 0

    init(indent: Int) { self.indent = indent }

    /// The indentation the items are written at.
    var itemIndent: Int { indent + 2 }

    mutating func beginItem(_ stream: inout TextStream) {
        stream.bytes.append(count == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
        stream.bytes.append(0x0A)
        stream.bytes.append(contentsOf: repeatElement(0x20, count: indent + 2))
    }

    mutating func endItem(_ stream: inout TextStream) {
        count += 1
        stream.itemEnded()
    }

    /// Writes `value` as the next item.
    mutating func item(_ value: JSONValue, into stream: inout TextStream) {
        beginItem(&stream)
        value.write(to: &stream.bytes, pretty: true, indent: itemIndent)
        endItem(&stream)
    }

    func end(_ stream: inout TextStream) {
        if count == 0 {
            stream.bytes.append(contentsOf: "[]".utf8)
            return
        }
        stream.bytes.append(0x0A)
        stream.bytes.append(contentsOf: repeatElement(0x20, count: indent))
        stream.bytes.append(UInt8(ascii: "]"))
    }
}
