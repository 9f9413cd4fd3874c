/// Reads a `.json` native file straight from its bytes into a ``GraphBuilder``, with no string
/// of the whole text, no composed tree and no `Entity` or `Relation` marks per item; nil
/// whenever the file is anything else, and the general path (``JSONComposer`` or Yams, then
/// `NativeDocumentWalker`) reads it as before.
///
/// It runs on the bytes ``JSONSyntax/validated(_:file:)`` returns, so the text is RFC 8259 JSON
/// already (surrogate-pair escapes joined into `\U`), and the marks it records are those the
/// general path records on the same bytes.
///
/// The layout it takes is the one `NativeGraphWriter` writes, with any spacing of spaces and
/// line feeds between tokens:
/// - the root an object whose keys come in the writer's order, `graph`, `sources`, `schema`,
///   `entities` (required) and `relations`, each at most once;
/// - `graph` a non-empty object, `schema` an object of `kinds` and `relations`, `sources`,
///   `entities`, `relations` and the schema's `relations` arrays of objects;
/// - field values: strings, numbers, `true`, `false`, `null`, arrays of those and objects of
///   those (attributes), keys of the parts unescaped and known.
///
/// It declines at the first thing outside that layout: a byte-order mark, tabs or carriage
/// returns between tokens, control or C1 characters, the line and paragraph separators, U+FFFE, U+FFFF or a
/// byte-order mark in a string (``JSONComposer`` leaves those to Yams), a lone surrogate,
/// duplicate or unknown keys, keys out of order, attribute keys over 1,000 bytes, limits under
/// 8 levels of nesting, texts over ``ReadLimits/maxTextLength`` bytes, and every problem the
/// walker would report. A graph the builder refuses is declined too, so that the general path
/// reports it with every mark. What it accepts it reads by the walker's rules
/// (`FastNativeReader`): strings are always text, and numbers, `true`, `false` and `null` are
/// resolved as the plain scalars ``JSONComposer`` makes of them.
/// `NativeJSONFastPathTests` compares both paths on every native file of the repository
/// written as JSON, crafted texts and mutations of them.
///
/// - Complexity: O(n) in the size of the file; one pass over its bytes.
enum NativeJSONFastPath {
    /// - Parameter bytes: the file's bytes as ``JSONSyntax/validated(_:file:)`` returned them.
    static func graph(fromValidated bytes: [UInt8], file: String, limits: ReadLimits) -> Graph? {
        guard limits.maxNestingDepth >= 8 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Graph? in
            var reader = FastNativeReader(bytes: buffer, file: file, limits: limits)
            return try? reader.jsonGraph()
        }
    }
}


private let lineFeed = UInt8(ascii: "\n"), space = UInt8(ascii: " "), colon = UInt8(ascii: ":"), comma = UInt8(ascii: ",")
private let doubleQuote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
private let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"), openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

extension FastNativeReader {

    // MARK: - Document

    mutating func jsonGraph() throws(ComposerDeclined) -> Graph {
        var document = FastDocument()
        var nextSection = 0
        try expectJSON(openBrace)
        repeat {
            let key = try jsonPartKey()
            guard let section = Self.index(of: key, in: FieldNames.topLevel), section >= nextSection else { throw ComposerDeclined() }
            nextSection = section + 1
            switch section {
            case 0:
                guard try jsonPart(allowed: FieldNames.graph) > 0 else { throw ComposerDeclined() }
                document.name = try text(fields[0]) ?? document.name
                document.summary = try text(fields[1])
            case 1:
                try jsonArray { reader throws(ComposerDeclined) in
                    try reader.jsonPart(allowed: FieldNames.source)
                    document.sources.append(try reader.source())
                }
            case 2:
                try jsonSchema(into: &document.schema)
            case 3:
                var made = document.entityBuilder()
                try jsonArray { reader throws(ComposerDeclined) in
                    try reader.jsonPart(allowed: FieldNames.entity)
                    made.add(try reader.entity())
                }
                document.builder = made
            default:
                guard var made = document.builder else { throw ComposerDeclined() }
                document.builder = nil
                try jsonArray { reader throws(ComposerDeclined) in
                    try reader.jsonPart(allowed: FieldNames.relation)
                    let (relation, marks) = try reader.relation()
                    made.add(relation, marks: marks)
                }
                document.builder = made
            }
        } while try jsonContinues(closing: closeBrace)
        skipJSONSpace()
        guard position == bytes.count else { throw ComposerDeclined() }
        return try document.graph()
    }

    mutating func jsonSchema(into schema: inout Schema) throws(ComposerDeclined) {
        var kinds: [FastScalar] = []
        var hasKinds = false
        var declarations: [FastDeclaration] = []
        var next = 0
        try expectJSON(openBrace)
        repeat {
            let key = try jsonPartKey()
            guard let field = Self.index(of: key, in: FieldNames.schema), field >= next else { throw ComposerDeclined() }
            next = field + 1
            if field == 0 {
                pool.removeAll(keepingCapacity: true)
                guard case .list(let listed) = try jsonValue() else { throw ComposerDeclined() }
                kinds = Array(pool[listed])
                hasKinds = true
            } else {
                try jsonArray { reader throws(ComposerDeclined) in
                    try reader.jsonPart(allowed: FieldNames.declaration)
                    declarations.append(try reader.declaration())
                }
            }
        } while try jsonContinues(closing: closeBrace)
        guard hasKinds || !declarations.isEmpty else { throw ComposerDeclined() }
        try extend(&schema, kinds: kinds, declarations: declarations)
    }

    // MARK: - Structure

    /// An array whose items `item` reads (`[]` calls it never).
    mutating func jsonArray(item: (inout FastNativeReader) throws(ComposerDeclined) -> Void) throws(ComposerDeclined) {
        try expectJSON(openBracket)
        skipJSONSpace()
        if byte(at: position) == closeBracket {
            position += 1
            return
        }
        repeat {
            try item(&self)
        } while try jsonContinues(closing: closeBracket)
    }

    /// An object of fields named in `allowed`, each at most once, into ``fields``; returns
    /// how many it holds.
    @discardableResult
    mutating func jsonPart(allowed: [[UInt8]]) throws(ComposerDeclined) -> Int {
        var none: [FastScalar] = []
        return try jsonPart(allowed: allowed, attributes: &none, besides: nil)
    }

    /// As ``jsonPart(allowed:)``; and when `declined` is given, a member named neither there
    /// nor in `allowed`, whose value must be a scalar, is an attribute: its name (of at most
    /// 1,000 bytes, as the native fast path takes names) and value are appended to
    /// `attributes`, in turn.
    @discardableResult
    mutating func jsonPart(allowed: [[UInt8]], attributes: inout [FastScalar], besides declined: [[UInt8]]?) throws(ComposerDeclined) -> Int {
        for index in allowed.indices { fields[index] = nil }
        pool.removeAll(keepingCapacity: true)
        try expectJSON(openBrace)
        skipJSONSpace()
        if byte(at: position) == closeBrace {
            position += 1
            return 0
        }
        var count = 0
        repeat {
            let key = try jsonPartKey()
            if let field = Self.index(of: key, in: allowed) {
                guard fields[field] == nil else { throw ComposerDeclined() }
                fields[field] = try jsonValue()
                count += 1
                continue
            }
            guard let declined, Self.index(of: key, in: declined) == nil, key.count <= 1000, let base = bytes.baseAddress,
                  let keyStart = key.baseAddress else { throw ComposerDeclined() }
            let start = keyStart - base
            let name = FastScalar(style: .jsonString, start: start, end: start + key.count, needsDecoding: false,
                                  nodeStart: start - 1, line: line, lineStart: lineStart)
            guard case .scalar(let value) = try jsonValue() else { throw ComposerDeclined() }
            attributes.append(name)
            attributes.append(value)
        } while try jsonContinues(closing: closeBrace)
        return count
    }

    /// A field's name, unescaped, and its colon.
    mutating func jsonPartKey() throws(ComposerDeclined) -> UnsafeBufferPointer<UInt8> {
        skipJSONSpace()
        guard byte(at: position) == doubleQuote else { throw ComposerDeclined() }
        let key = try jsonString()
        guard !key.needsDecoding else { throw ComposerDeclined() }
        try expectJSON(colon)
        return UnsafeBufferPointer(rebasing: bytes[key.start..<key.end])
    }

    /// A field's value: a scalar, an array of scalars or an object of scalars.
    mutating func jsonValue() throws(ComposerDeclined) -> FastValue {
        skipJSONSpace()
        switch byte(at: position) {
        case openBracket:
            position += 1
            let first = pool.count
            skipJSONSpace()
            if byte(at: position) == closeBracket {
                position += 1
                return .list(first..<first)
            }
            repeat {
                pool.append(try jsonScalar())
            } while try jsonContinues(closing: closeBracket)
            return .list(first..<pool.count)
        case openBrace:
            position += 1
            let first = pool.count
            skipJSONSpace()
            if byte(at: position) == closeBrace {
                position += 1
                return .map(first..<first)
            }
            var keys: [String] = []
            repeat {
                skipJSONSpace()
                guard byte(at: position) == doubleQuote else { throw ComposerDeclined() }
                let key = try jsonString()
                guard position - key.nodeStart <= 1000 else { throw ComposerDeclined() }
                // Attribute keys are few: a linear look for a repeat is cheaper than hashing.
                let text = string(key)
                guard !keys.contains(text) else { throw ComposerDeclined() }
                keys.append(text)
                try expectJSON(colon)
                let value = try jsonScalar()
                pool.append(key)
                pool.append(value)
            } while try jsonContinues(closing: closeBrace)
            return .map(first..<pool.count)
        default:
            return .scalar(try jsonScalar())
        }
    }

    /// After a member or an item: true past `,`, false past `closing`.
    mutating func jsonContinues(closing: UInt8) throws(ComposerDeclined) -> Bool {
        skipJSONSpace()
        let next = byte(at: position)
        position += 1
        if next == comma { return true }
        guard next == closing else { throw ComposerDeclined() }
        return false
    }

    mutating func expectJSON(_ expected: UInt8) throws(ComposerDeclined) {
        skipJSONSpace()
        guard byte(at: position) == expected else { throw ComposerDeclined() }
        position += 1
    }

    /// Spaces and line feeds; a tab or a carriage return is left to the general path.
    mutating func skipJSONSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case space: position += 1
            case lineFeed:
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    // MARK: - Scalars

    /// A string, or a number, `true`, `false` or `null` as a plain scalar.
    private mutating func jsonScalar() throws(ComposerDeclined) -> FastScalar {
        skipJSONSpace()
        let start = position
        switch byte(at: position) {
        case doubleQuote:
            return try jsonString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            while Self.isLowercaseLetter(byte(at: position)) { position += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<position])
            guard "true".utf8.elementsEqual(word) || "false".utf8.elementsEqual(word) || "null".utf8.elementsEqual(word) else {
                throw ComposerDeclined()
            }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            // The syntax check has found a number here; it ends at the first other byte.
            while Self.isNumberByte(byte(at: position)) { position += 1 }
        default:
            throw ComposerDeclined()
        }
        return FastScalar(style: .plain, start: start, end: position, needsDecoding: false,
                          nodeStart: start, line: line, lineStart: lineStart)
    }

    /// A string at the cursor (its opening quote); its escapes are checked, not decoded.
    private mutating func jsonString() throws(ComposerDeclined) -> FastScalar {
        let start = position
        position += 1
        var needsDecoding = false
        while true {
            guard position < bytes.count else { throw ComposerDeclined() }
            let current = bytes[position]
            if current == doubleQuote { break }
            if current == backslash {
                guard let (_, length) = JSONEscape.scalar(in: bytes, at: position) else { throw ComposerDeclined() }
                needsDecoding = true
                position += length
                continue
            }
            try checkJSONCharacter(current)
            position += 1
        }
        position += 1
        return FastScalar(style: .jsonString, start: start + 1, end: position - 1, needsDecoding: needsDecoding,
                          nodeStart: start, line: line, lineStart: lineStart)
    }

    /// Refuses what ``JSONComposer`` leaves to Yams: controls, DEL, C1 controls, the line and
    /// paragraph separators, the byte-order mark, U+FFFE and U+FFFF.
    private func checkJSONCharacter(_ current: UInt8) throws(ComposerDeclined) {
        if current < 0x20 || current == 0x7F { throw ComposerDeclined() }
        guard current >= 0x80 else { return }
        let next = byte(at: position + 1), third = byte(at: position + 2)
        switch current {
        case 0xC2 where next >= 0x80 && next <= 0x9F: throw ComposerDeclined()
        case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): throw ComposerDeclined()
        case 0xEF where (next == 0xBB && third == 0xBF) || (next == 0xBF && (third == 0xBE || third == 0xBF)): throw ComposerDeclined()
        default: break
        }
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }
}
