/// Composes a JSON document that ``JSONSyntax`` has already checked into the tree
/// `Yams.compose(yaml:_, .basic)` gives for the same text — the same nodes, texts, core-schema
/// tags and marks — in one pass over its bytes.
///
/// JSON is YAML, so the native reader could hand every `.json` file to libyaml; but netgraph's
/// own JSON spreads its objects over many lines, which ``YAMLSubsetComposer`` leaves to Yams,
/// and Yams' event objects made a 46 MB graph take 9 s to read. Since the text is known to be
/// JSON, this composer needs none of YAML's rules for plain scalars, indentation or keys: strings
/// are quoted scalars (always text), numbers, `true`, `false` and `null` plain scalars whose
/// tag the core schema resolves. It declines (returns nil) whatever it does not take on, so
/// Yams reads the text and says what is wrong: a repeated key, nesting deeper than
/// `maxDepth`, a key over 1,000 bytes, a root that is not an object or an array, an escape
/// YAML does not read (a lone surrogate), and the characters ``YAMLSubsetComposer`` declines
/// (tabs, carriage returns, controls, a byte-order mark). `YAMLSubsetComposerTests` compares
/// both on every JSON file of the repository.
///
/// - Complexity: O(n) in the length of the text, with recursion bounded by `maxDepth`.
enum JSONComposer {
    static func compose(_ text: String, maxDepth: Int) -> YAMLSubsetNode? {
        var text = text
        return text.withUTF8 { bytes -> YAMLSubsetNode? in
            guard YAMLSubsetComposer.hasOnlyPlainCharacters(bytes) else { return nil }
            var cursor = JSONCursor(bytes: bytes, maxDepth: maxDepth)
            do {
                return try cursor.document()
            } catch {
                return nil
            }
        }
    }
}

private typealias Declined = ComposerDeclined

private struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var position = 0
    var line = 1
    var lineStart = 0
    var columns = ColumnCounter()

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func document() throws(Declined) -> YAMLSubsetNode {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "{") || bytes[position] == UInt8(ascii: "[") else { throw Declined() }
        let root = try value(depth: 1)
        skipSpace()
        guard position == bytes.count else { throw Declined() }
        return root
    }

    private mutating func value(depth: Int) throws(Declined) -> YAMLSubsetNode {
        switch byte(at: position) {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return try string()
        default: return literal()
        }
    }

    private mutating func object(depth: Int) throws(Declined) -> YAMLSubsetNode {
        guard depth <= maxDepth else { throw Declined() }
        let start = mark(at: position)
        position += 1
        var pairs: [YAMLSubsetPair] = []
        skipSpace()
        if byte(at: position) == UInt8(ascii: "}") {
            position += 1
            return YAMLSubsetNode(content: .mapping(pairs), at: start)
        }
        while true {
            skipSpace()
            let keyStart = position
            let key = try string()
            guard position - keyStart <= 1000 else { throw Declined() }
            skipSpace()
            position += 1 // the colon, which the syntax check found here
            skipSpace()
            pairs.append(YAMLSubsetPair(key: key, value: try value(depth: depth + 1)))
            skipSpace()
            let separator = byte(at: position)
            position += 1
            if separator == UInt8(ascii: "}") { break }
        }
        try ComposerSupport.requireDistinctKeys(pairs)
        return YAMLSubsetNode(content: .mapping(pairs), at: start)
    }

    private mutating func array(depth: Int) throws(Declined) -> YAMLSubsetNode {
        guard depth <= maxDepth else { throw Declined() }
        let start = mark(at: position)
        position += 1
        var items: [YAMLSubsetNode] = []
        skipSpace()
        if byte(at: position) == UInt8(ascii: "]") {
            position += 1
            return YAMLSubsetNode(content: .sequence(items), at: start)
        }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            let separator = byte(at: position)
            position += 1
            if separator == UInt8(ascii: "]") { break }
        }
        return YAMLSubsetNode(content: .sequence(items), at: start)
    }

    /// A number, `true`, `false` or `null`: a plain scalar, its text as written.
    private mutating func literal() -> YAMLSubsetNode {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: " "), UInt8(ascii: "\n"): break
            default:
                position += 1
                continue
            }
            break
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return YAMLSubsetNode(content: .scalar(text, isPlain: true), at: mark(at: start))
    }

    private mutating func string() throws(Declined) -> YAMLSubsetNode {
        let start = mark(at: position)
        position += 1
        var value: [UInt8] = []
        while true {
            // Copy the run up to the closing quote or the next escape whole.
            var runEnd = position
            while runEnd < bytes.count, bytes[runEnd] != UInt8(ascii: "\""), bytes[runEnd] != UInt8(ascii: "\\") { runEnd += 1 }
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<runEnd]))
            position = runEnd
            guard position < bytes.count else { throw Declined() }
            if bytes[position] == UInt8(ascii: "\"") {
                position += 1
                break
            }
            try appendEscape(to: &value)
        }
        return YAMLSubsetNode(content: .scalar(String(decoding: value, as: UTF8.self), isPlain: false), at: start)
    }

    /// JSON's escapes, and the `\U` escape ``JSONSyntax`` writes for a surrogate pair.
    private mutating func appendEscape(to value: inout [UInt8]) throws(Declined) {
        let code = byte(at: position + 1)
        position += 2
        let scalarValue: UInt32
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalarValue = UInt32(code)
        case UInt8(ascii: "b"): scalarValue = 0x08
        case UInt8(ascii: "f"): scalarValue = 0x0C
        case UInt8(ascii: "n"): scalarValue = 0x0A
        case UInt8(ascii: "r"): scalarValue = 0x0D
        case UInt8(ascii: "t"): scalarValue = 0x09
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            var number: UInt32 = 0
            for _ in 0..<(code == UInt8(ascii: "u") ? 4 : 8) {
                guard let digit = ComposerSupport.hexValue(byte(at: position)) else { throw Declined() }
                number = number << 4 | digit
                position += 1
            }
            scalarValue = number
        default: throw Declined()
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { throw Declined() }
        value.append(contentsOf: UTF8.encode(scalar)!)
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "): position += 1
            case UInt8(ascii: "\n"):
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    private func byte(at index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

    /// Where `index` (on the current line) is, as libyaml counts: lines from 1, columns in
    /// characters from 1, counting on from the previous mark on the same line.
    private mutating func mark(at index: Int) -> (line: Int, column: Int) {
        columns.mark(at: index, line: line, lineStart: lineStart, in: bytes)
    }
}
