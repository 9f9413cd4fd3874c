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
    /// The escape sequence of a double-quoted YAML scalar at `index` (its backslash), as YAML
    /// 1.1 defines them: the character it stands for and its length in bytes; nil for an
    /// unknown escape, a bad hexadecimal code, a surrogate, or an escaped line break (a
    /// continued line, which the one-line readers leave to Yams).
    static func escape(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard index + 1 < bytes.count else { return nil }
        let simple: UInt32?
        switch bytes[index + 1] {
        case UInt8(ascii: "0"): simple = 0x00
        case UInt8(ascii: "a"): simple = 0x07
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "v"): simple = 0x0B
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "e"): simple = 0x1B
        case UInt8(ascii: " "): simple = 0x20
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "N"): simple = 0x85
        case UInt8(ascii: "_"): simple = 0xA0
        case UInt8(ascii: "L"): simple = 0x2028
        case UInt8(ascii: "P"): simple = 0x2029
        default: simple = nil
        }
        if let simple { return Unicode.Scalar(simple).map { ($0, 2) } }
        let digits: Int
        switch bytes[index + 1] {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: return nil
        }
        var number: UInt32 = 0
        for offset in 0..<digits {
            guard index + 2 + offset < bytes.count, let digit = hexValue(bytes[index + 2 + offset]) else { return nil }
            number = number << 4 | digit
        }
        return Unicode.Scalar(number).map { ($0, 2 + digits) }
    }

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
