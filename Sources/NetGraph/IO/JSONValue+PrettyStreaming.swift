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

    /// Writes a pretty-printed array at `indent` into `stream` item by item, exactly as
    /// ``serialized(pretty:)`` writes the same array, so that a document of millions of items
    /// is never a tree in memory: `items` hands each item to the function it is given, in
    /// order, and the stream is told each time an item ends.
    static func writePrettyArray(indent: Int, into stream: inout TextStream, _ items: ((JSONValue) -> Void) -> Void) {
        var count = 0
        items { item in
            stream.bytes.append(count == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
            stream.bytes.append(0x0A)
            stream.bytes.append(contentsOf: repeatElement(0x20, count: indent + 2))
            item.write(to: &stream.bytes, pretty: true, indent: indent + 2)
            count += 1
            stream.itemEnded()
        }
        if count == 0 {
            stream.bytes.append(contentsOf: "[]".utf8)
            return
        }
        stream.bytes.append(0x0A)
        stream.bytes.append(contentsOf: repeatElement(0x20, count: indent))
        stream.bytes.append(UInt8(ascii: "]"))
    }
}
