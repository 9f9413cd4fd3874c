/// Thrown inside the one-pass composers (``YAMLSubsetComposer``, ``JSONComposer``) when a
/// text needs Yams; never escapes them.
struct ComposerDeclined: Error {}

/// Where a byte stands as libyaml counts it: lines from 1, columns in characters (Unicode
/// scalars) from 1. A line of flow mapping holds many nodes, so counting resumes from the
/// previous mark when it is on the same line and not past the byte asked for.
struct ColumnCounter {
    private var counted = (offset: 0, column: 1)

    mutating func mark(at index: Int, line: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        if counted.offset < lineStart || counted.offset > index { counted = (lineStart, 1) }
        var column = counted.column
        var scan = counted.offset
        while scan < index {
            if bytes[scan] & 0xC0 != 0x80 { column += 1 }
            scan += 1
        }
        counted = (index, column)
        return (line, column)
    }
}

enum ComposerSupport {
    /// The value of a hexadecimal digit, nil for any other byte.
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// Yams refuses a mapping that repeats a key (and says where); so do the composers, by
    /// leaving such a mapping to Yams.
    static func requireDistinctKeys(_ pairs: [YAMLSubsetPair]) throws(ComposerDeclined) {
        if pairs.count <= 16 {
            for index in pairs.indices {
                let key = pairs[index].key.scalarText
                for other in pairs.indices.prefix(index) where pairs[other].key.scalarText == key { throw ComposerDeclined() }
            }
            return
        }
        var seen = Set<String>(minimumCapacity: pairs.count)
        for pair in pairs where !seen.insert(pair.key.scalarText ?? "").inserted { throw ComposerDeclined() }
    }
}
