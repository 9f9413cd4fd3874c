/// Reads the YAML layout ``NativeGraphWriter`` writes straight from the file's bytes into a
/// ``GraphBuilder``, with no string of the whole text, no composed tree and no `Entity` or
/// `Relation` marks per item; nil whenever the file is anything else, and the general path
/// (``YAMLSubsetComposer`` or Yams, then `NativeDocumentWalker`) reads it as before.
///
/// The layout it takes:
/// - the top level a block mapping at column 0 whose keys come in the writer's order,
///   `graph`, `sources`, `schema`, `entities` (required) and `relations`, each at most once;
/// - `graph` and `schema` block mappings indented two spaces; `sources`, `entities`,
///   `relations` and the schema's `relations` block sequences (or `[]`) indented two (four)
///   spaces, whose items are block mappings (`- id: a` then one field a line) or one-line flow
///   mappings (`- {from: a, to: b, type: t}`);
/// - field values on the key's line: one-line scalars (plain, double-quoted with YAML's
///   escapes, single-quoted), flow sequences of scalars (`[a, b]`) and flow mappings of
///   scalars (`{k: v}`), spaced exactly as the writer spaces them (`: ` and `, `);
/// - plain scalars of letters, digits, non-ASCII characters, inner spaces and `-_.()/+`,
///   which is every plain scalar the writer emits.
///
/// Lines that hold nothing for YAML — empty ones, spaces, comments on lines of their own —
/// are stepped over, so a file the writer wrote and someone annotated still takes this path.
///
/// It declines at the first thing outside that layout: comments after a value, tabs, carriage
/// returns, a byte-order mark, control or C1 characters, the line and paragraph separators,
/// anchors, aliases, tags, block scalars, multi-line scalars, other spacing, duplicate or
/// unknown keys, keys out of order, `null`/`~` values, numbers that `Double(_:)` does not
/// read as written (`1_000`, `0o17`), invalid UTF-8, limits under 8 levels of nesting or any
/// text over ``ReadLimits/maxTextLength`` bytes, and every problem the walker would report
/// (a missing field, an unknown status, a bad date). A graph the builder refuses is declined
/// too, so that the general path reports it with every mark.
///
/// What it accepts, it reads as the general path does: each field by the walker's rule
/// (texts whatever their core-schema tag unless null; weights only from int or float plain
/// scalars; attribute values by ``CoreSchemaTag`` and ``NumberText``; dates by
/// ``PartialDate``), parts added to the builder in the same order, and each quote's line and
/// column (in Unicode scalars, as libyaml counts) recorded as its mark. ``YAMLPreflight``
/// needs no run: in this layout every quote opens where a scalar begins, no `&`, `|` or `>`
/// stands outside quotes, a `#` outside them only opens a comment line, and the nesting is
/// at most five levels.
/// `NativeYAMLFastPathTests` compares both paths on every native file of the repository, the
/// writer's output and mutations of them.
///
/// - Complexity: O(n) in the size of the file; one pass over its bytes after the UTF-8 check.
enum NativeYAMLFastPath {
    static func graph(from bytes: [UInt8], file: String, limits: ReadLimits) -> Graph? {
        guard limits.maxNestingDepth >= 8, !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
              (try? TextDecoding.validateUTF8(bytes, file: file)) != nil else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Graph? in
            var reader = FastNativeReader(bytes: buffer, file: file, limits: limits)
            return try? reader.yamlGraph()
        }
    }
}

private let lineFeed = UInt8(ascii: "\n"), space = UInt8(ascii: " "), colon = UInt8(ascii: ":"), comma = UInt8(ascii: ",")
private let dash = UInt8(ascii: "-"), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
private let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"), openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

extension FastNativeReader {

    // MARK: - Document

    mutating func yamlGraph() throws(ComposerDeclined) -> Graph {
        var document = FastDocument()
        var nextSection = 0
        try skipCommentsAndBlankLines()
        while position < bytes.count {
            guard let section = try topLevelKey(), section >= nextSection else { throw ComposerDeclined() }
            nextSection = section + 1
            switch section {
            case 0:
                try endOfLine()
                let count = try blockMapping(indent: 2, allowed: FieldNames.graph)
                guard count > 0 else { throw ComposerDeclined() }
                document.name = try text(fields[0]) ?? document.name
                document.summary = try text(fields[1])
            case 1:
                try list(indent: 2) { reader throws(ComposerDeclined) in
                    try reader.item(indent: 2, allowed: FieldNames.source)
                    document.sources.append(try reader.source())
                }
            case 2:
                try endOfLine()
                try readSchema(into: &document.schema)
            case 3:
                var made = document.entityBuilder()
                try list(indent: 2) { reader throws(ComposerDeclined) in
                    try reader.item(indent: 2, allowed: FieldNames.entity)
                    made.add(try reader.entity())
                }
                document.builder = made
            default:
                guard var made = document.builder else { throw ComposerDeclined() }
                document.builder = nil
                try list(indent: 2) { reader throws(ComposerDeclined) in
                    try reader.item(indent: 2, allowed: FieldNames.relation)
                    let (relation, marks) = try reader.relation()
                    made.add(relation, marks: marks)
                }
                document.builder = made
            }
        }
        return try document.graph()
    }

    /// A top-level key at the start of a line, as its index in `topLevel`; the cursor is left
    /// after its colon.
    private mutating func topLevelKey() throws(ComposerDeclined) -> Int? {
        guard position == lineStart else { throw ComposerDeclined() }
        let key = try plainKey()
        return Self.index(of: key, in: FieldNames.topLevel)
    }

    // MARK: - Sections

    private mutating func readSchema(into schema: inout Schema) throws(ComposerDeclined) {
        var kinds: [FastScalar] = []
        var hasKinds = false
        var declarations: [FastDeclaration] = []
        var next = 0
        while atIndent(2) {
            position += 2
            let key = try plainKey()
            guard let field = Self.index(of: key, in: FieldNames.schema), field >= next else { throw ComposerDeclined() }
            next = field + 1
            if field == 0 {
                guard byte(at: position) == space else { throw ComposerDeclined() }
                position += 1
                guard case .list(let listed) = try value(inFlow: false) else { throw ComposerDeclined() }
                kinds = Array(pool[listed])
                hasKinds = true
                try endOfLine()
            } else {
                try list(indent: 4) { reader throws(ComposerDeclined) in
                    try reader.item(indent: 4, allowed: FieldNames.declaration)
                    declarations.append(try reader.declaration())
                }
            }
        }
        guard hasKinds || !declarations.isEmpty else { throw ComposerDeclined() }
        try extend(&schema, kinds: kinds, declarations: declarations)
    }

    // MARK: - Block structure

    /// After a section key: ` []` and the line's end, or the line's end and a block sequence
    /// whose dashes stand at `indent`, calling `item` on each dash.
    private mutating func list(indent: Int, item: (inout FastNativeReader) throws(ComposerDeclined) -> Void) throws(ComposerDeclined) {
        if byte(at: position) == space {
            guard byte(at: position + 1) == openBracket, byte(at: position + 2) == closeBracket else { throw ComposerDeclined() }
            position += 3
            try endOfLine()
            return
        }
        try endOfLine()
        guard atIndent(indent) else { throw ComposerDeclined() }
        while atIndent(indent) {
            try item(&self)
        }
    }

    /// One item of a block sequence at `indent`: its fields into ``fields``.
    private mutating func item(indent: Int, allowed: [[UInt8]]) throws(ComposerDeclined) {
        position += indent
        guard byte(at: position) == dash, byte(at: position + 1) == space else { throw ComposerDeclined() }
        position += 2
        pool.removeAll(keepingCapacity: true)
        if byte(at: position) == openBrace {
            for index in allowed.indices { fields[index] = nil }
            position += 1
            while true {
                let key = try flowKey()
                guard key.style == .plain,
                      let field = Self.index(of: UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), in: allowed),
                      fields[field] == nil else { throw ComposerDeclined() }
                fields[field] = try value(inFlow: true)
                if try flowEnds(closing: closeBrace) { break }
            }
            try endOfLine()
            return
        }
        // A block mapping whose first key follows the dash.
        position -= indent + 2
        _ = try blockMapping(indent: indent + 2, allowed: allowed, firstAfterDash: true)
    }

    /// A block mapping of one-line values whose keys stand at `indent`; returns its size.
    @discardableResult
    private mutating func blockMapping(indent: Int, allowed: [[UInt8]], firstAfterDash: Bool = false) throws(ComposerDeclined) -> Int {
        for index in allowed.indices { fields[index] = nil }
        if !firstAfterDash { pool.removeAll(keepingCapacity: true) }
        var count = 0
        var first = firstAfterDash
        while first || atIndent(indent) {
            position += indent
            first = false
            let key = try plainKey()
            guard let field = Self.index(of: key, in: allowed), fields[field] == nil,
                  byte(at: position) == space else { throw ComposerDeclined() }
            position += 1
            fields[field] = try value(inFlow: false)
            try endOfLine()
            count += 1
        }
        return count
    }

    /// Whether the cursor is at a line's start followed by exactly `indent` spaces and then
    /// something that is not a space.
    private func atIndent(_ indent: Int) -> Bool {
        guard position == lineStart, position + indent < bytes.count else { return false }
        for offset in 0..<indent where bytes[position + offset] != space { return false }
        return bytes[position + indent] != space
    }

    /// A plain key of ASCII letters followed by a colon; the cursor is left after the colon.
    private mutating func plainKey() throws(ComposerDeclined) -> UnsafeBufferPointer<UInt8> {
        let start = position
        while position < bytes.count, Self.isLetter(bytes[position]) { position += 1 }
        guard position > start, byte(at: position) == colon else { throw ComposerDeclined() }
        defer { position += 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<position])
    }

    private mutating func endOfLine() throws(ComposerDeclined) {
        if position == bytes.count { return }
        guard bytes[position] == lineFeed else { throw ComposerDeclined() }
        position += 1
        line += 1
        lineStart = position
        // A line that starts with a space where a key or dash should be is left to the
        // general path (``atIndent(_:)`` checks the rest).
        try skipCommentsAndBlankLines()
    }

    /// Steps over the lines that hold nothing for YAML: empty ones, ones of spaces, and
    /// comments (spaces, then `#`), which people add to a file the writer wrote. The cursor
    /// is at a line's start and is left at the start of the next line that holds something.
    /// A comment may hold any printable text; a control character, a C1 character, a line
    /// or paragraph separator, a tab or a carriage return in one is left to the general path
    /// (libyaml refuses the first three anywhere, and this path declines the others
    /// everywhere).
    private mutating func skipCommentsAndBlankLines() throws(ComposerDeclined) {
        while position < bytes.count {
            var cursor = position
            while cursor < bytes.count, bytes[cursor] == space { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "#") {
                while cursor < bytes.count, bytes[cursor] != lineFeed {
                    let byte = bytes[cursor]
                    guard byte >= 0x20, byte != 0x7F else { throw ComposerDeclined() }
                    // C1 (U+0080–U+009F) and U+2028, U+2029 in UTF-8 (already valid here).
                    if byte == 0xC2, cursor + 1 < bytes.count, bytes[cursor + 1] < 0xA0 { throw ComposerDeclined() }
                    if byte == 0xE2, cursor + 2 < bytes.count, bytes[cursor + 1] == 0x80,
                       bytes[cursor + 2] == 0xA8 || bytes[cursor + 2] == 0xA9 { throw ComposerDeclined() }
                    cursor += 1
                }
            } else if cursor < bytes.count, bytes[cursor] != lineFeed {
                return
            }
            // The line holds nothing: go past its line feed.
            position = cursor < bytes.count ? cursor + 1 : cursor
            if cursor < bytes.count { line += 1 }
            lineStart = position
        }
    }

    // MARK: - Flow values (one line)

    /// A field's value starting at the cursor: a scalar, `[scalars]` or `{scalar: scalar}`.
    private mutating func value(inFlow: Bool) throws(ComposerDeclined) -> FastValue {
        switch byte(at: position) {
        case openBracket:
            position += 1
            let first = pool.count
            if byte(at: position) == closeBracket {
                position += 1
                return .list(first..<first)
            }
            while true {
                pool.append(try scalar(inFlow: true))
                if try flowEnds(closing: closeBracket) { return .list(first..<pool.count) }
            }
        case openBrace:
            position += 1
            let first = pool.count
            var keys: [String] = []
            if byte(at: position) == closeBrace {
                position += 1
                return .map(first..<first)
            }
            while true {
                let key = try flowKey()
                let value = try scalar(inFlow: true)
                // Attribute keys are few: a linear look for a repeat is cheaper than hashing.
                let text = string(key)
                guard !keys.contains(text) else { throw ComposerDeclined() }
                keys.append(text)
                pool.append(key)
                pool.append(value)
                if try flowEnds(closing: closeBrace) { return .map(first..<pool.count) }
            }
        default:
            return .scalar(try scalar(inFlow: inFlow))
        }
    }

    /// A key of a flow mapping and its `: `; keys longer than the subset composer reads
    /// (1,000 bytes) are declined.
    private mutating func flowKey() throws(ComposerDeclined) -> FastScalar {
        let key = try scalar(inFlow: true)
        guard byte(at: position) == colon, byte(at: position + 1) == space, position - key.nodeStart <= 1000 else { throw ComposerDeclined() }
        position += 2
        return key
    }

    /// After a flow item: true past `closing`, false past `, ` with another item to come.
    private mutating func flowEnds(closing: UInt8) throws(ComposerDeclined) -> Bool {
        if byte(at: position) == closing {
            position += 1
            return true
        }
        guard byte(at: position) == comma, byte(at: position + 1) == space else { throw ComposerDeclined() }
        position += 2
        return false
    }

    // MARK: - Scalars

    private mutating func scalar(inFlow: Bool) throws(ComposerDeclined) -> FastScalar {
        let start = position
        switch byte(at: position) {
        case doubleQuote, singleQuote:
            let quote = bytes[position]
            position += 1
            var needsDecoding = false
            while true {
                guard position < bytes.count else { throw ComposerDeclined() }
                let current = bytes[position]
                if current == quote {
                    if quote == singleQuote && byte(at: position + 1) == singleQuote {
                        needsDecoding = true
                        position += 2
                        continue
                    }
                    break
                }
                if current == backslash && quote == doubleQuote {
                    guard let (_, length) = ComposerSupport.escape(in: bytes, at: position) else { throw ComposerDeclined() }
                    needsDecoding = true
                    position += length
                    continue
                }
                try checkCharacter(current)
                position += 1
            }
            position += 1
            let content = FastScalar(style: quote == doubleQuote ? .doubleQuoted : .singleQuoted, start: start + 1, end: position - 1,
                                     needsDecoding: needsDecoding, nodeStart: start, line: line, lineStart: lineStart)
            try checkScalarEnd(inFlow: inFlow, isPlain: false)
            return content
        default:
            guard Self.startsPlain(byte(at: position), next: byte(at: position + 1)) else { throw ComposerDeclined() }
            while position < bytes.count {
                let current = bytes[position]
                if current < 0x80 {
                    guard Self.isPlainByte(current) else { break }
                } else {
                    try checkCharacter(current)
                }
                position += 1
            }
            guard bytes[position - 1] != space else { throw ComposerDeclined() }
            let content = FastScalar(style: .plain, start: start, end: position, needsDecoding: false,
                                     nodeStart: start, line: line, lineStart: lineStart)
            try checkScalarEnd(inFlow: inFlow, isPlain: true)
            return content
        }
    }

    /// What may follow a scalar: the line's end in block context; `,`, `]`, `}` or a key's
    /// colon in flow context.
    private func checkScalarEnd(inFlow: Bool, isPlain: Bool) throws(ComposerDeclined) {
        let next = byte(at: position)
        if inFlow {
            guard next == comma || next == closeBracket || next == closeBrace || next == colon else { throw ComposerDeclined() }
        } else {
            guard position == bytes.count || next == lineFeed else { throw ComposerDeclined() }
        }
    }

    /// Refuses a character the general path treats specially: controls, DEL, C1 controls,
    /// the line and paragraph separators, the byte-order mark, U+FFFE and U+FFFF.
    private func checkCharacter(_ current: UInt8) throws(ComposerDeclined) {
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

    /// Bytes a plain scalar of this layout may hold: ASCII letters, digits, space and
    /// `-_.()/+` (non-ASCII characters are checked apart). None opens a quote, a comment, an
    /// anchor, a block scalar or a flow collection, or ends a key.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == space || byte == dash
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+")
    }

    /// Whether a plain scalar may start with `first` (then `next`): not with a space or an
    /// indicator, and a dash only before a character that continues the scalar.
    private static func startsPlain(_ first: UInt8, next: UInt8) -> Bool {
        if first >= 0x80 { return true }
        guard isPlainByte(first), first != space, first != UInt8(ascii: ")") else { return false }
        return first != dash || (isPlainByte(next) && next != space)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
