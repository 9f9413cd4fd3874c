/// Composes the part of YAML that graph files are written in — block mappings and sequences,
/// one-line flow collections, one-line plain and quoted scalars, folded and literal block
/// scalars, comments — into the tree `Yams.compose(yaml:_, .basic)` gives for the same text:
/// the same nodes, texts, core-schema tags and marks.
///
/// Reading the bundled graph through libyaml and Yams' event objects costs more than laying it
/// out; this composer reads such text in one pass over its bytes. It declines (returns nil) at
/// the first thing outside that part of YAML: anchors, aliases, tags, directives, document
/// markers, complex keys, flow collections or scalars that span lines, empty values, duplicate
/// keys, tabs, carriage returns, characters YAML refuses, and every error. The caller then
/// composes the text with Yams, so what a document means, and what is said about a bad one,
/// never depend on which of the two read it (`YAMLSubsetComposerTests` compares them).
///
/// - Complexity: O(n) in the length of the text, with recursion bounded by `maxDepth`.
enum YAMLSubsetComposer {
    static func compose(_ text: String, maxDepth: Int) -> YAMLSubsetNode? {
        var text = text
        return text.withUTF8 { bytes -> YAMLSubsetNode? in
            guard hasOnlyPlainCharacters(bytes) else { return nil }
            var cursor = Cursor(bytes: bytes, maxDepth: maxDepth)
            do {
                return try cursor.document()
            } catch {
                return nil
            }
        }
    }

    /// False when the text holds a character this composer leaves to Yams: a control character
    /// other than the line feed (tabs and carriage returns included), DEL, a C1 control (NEL
    /// among them), the line and paragraph separators, the byte-order mark, U+FFFE or U+FFFF.
    static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x7F {
                if byte < 0x20 && byte != 0x0A { return false }
                index += 1
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            let third = index + 2 < count ? bytes[index + 2] : 0
            switch byte {
            case 0x7F: return false
            case 0xC2 where next >= 0x80 && next <= 0x9F: return false
            case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): return false
            case 0xEF where (next == 0xBB && third == 0xBF) || (next == 0xBF && (third == 0xBE || third == 0xBF)): return false
            default: break
            }
            index += 1
        }
        return true
    }
}

private typealias Declined = ComposerDeclined

private let lineFeed = UInt8(ascii: "\n"), space = UInt8(ascii: " "), hash = UInt8(ascii: "#"), colon = UInt8(ascii: ":")
private let dash = UInt8(ascii: "-"), comma = UInt8(ascii: ","), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
private let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"), openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
private let backslash = UInt8(ascii: "\\")

/// Longest key, in bytes, this composer reads; libyaml refuses implicit keys over 1024 characters.
private let maxKeyLength = 1000

private struct Cursor {
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

    // MARK: - Document

    mutating func document() throws(Declined) -> YAMLSubsetNode {
        guard let indent = try nextContentIndent() else { throw Declined() }
        let root = try blockCollection(indent: indent, depth: 1)
        guard try nextContentIndent() == nil else { throw Declined() }
        return root
    }

    // MARK: - Block structure

    private mutating func blockCollection(indent: Int, depth: Int) throws(Declined) -> YAMLSubsetNode {
        if isBlockEntry(at: position) { return try blockSequence(indent: indent, depth: depth) }
        if lineHoldsKey(from: position) { return try blockMapping(indent: indent, depth: depth) }
        throw Declined()
    }

    /// A block mapping whose keys start at column `indent`; the cursor is on its first key.
    private mutating func blockMapping(indent: Int, depth: Int) throws(Declined) -> YAMLSubsetNode {
        guard depth <= maxDepth else { throw Declined() }
        let start = mark(at: position)
        var pairs: [YAMLSubsetPair] = []
        while true {
            let key = try blockKey()
            let value = try blockValue(parentIndent: indent, depth: depth + 1, allowsIndentlessSequence: true)
            pairs.append(YAMLSubsetPair(key: key, value: value))
            guard let next = try nextContentIndent(), next >= indent else { break }
            guard next == indent, !isBlockEntry(at: position) else { throw Declined() }
        }
        try ComposerSupport.requireDistinctKeys(pairs)
        return YAMLSubsetNode(content: .mapping(pairs), at: start)
    }

    /// A block sequence whose dashes stand at column `indent`; the cursor is on the first dash.
    private mutating func blockSequence(indent: Int, depth: Int) throws(Declined) -> YAMLSubsetNode {
        guard depth <= maxDepth else { throw Declined() }
        let start = mark(at: position)
        var items: [YAMLSubsetNode] = []
        while true {
            position += 1
            skipSpaces()
            if isLineEnd(at: position) || isComment(at: position) {
                items.append(try blockValue(parentIndent: indent, depth: depth + 1, allowsIndentlessSequence: false))
            } else if isBlockEntry(at: position) {
                throw Declined()
            } else if lineHoldsKey(from: position) {
                items.append(try blockMapping(indent: position - lineStart, depth: depth + 1))
            } else {
                items.append(try inlineNode(parentIndent: indent, depth: depth + 1))
            }
            guard let next = try nextContentIndent(), next >= indent else { break }
            guard next == indent else { throw Declined() }
            guard isBlockEntry(at: position) else { break }
        }
        return YAMLSubsetNode(content: .sequence(items), at: start)
    }

    /// The value after a key's colon or a sequence dash: on the same line, or a collection
    /// on the lines below (indented further, or a dash sequence at the key's own column).
    private mutating func blockValue(parentIndent: Int, depth: Int, allowsIndentlessSequence: Bool) throws(Declined) -> YAMLSubsetNode {
        skipSpaces()
        guard isLineEnd(at: position) || isComment(at: position) else {
            return try inlineNode(parentIndent: parentIndent, depth: depth)
        }
        try finishLine()
        guard let indent = try nextContentIndent() else { throw Declined() }
        if indent > parentIndent { return try blockCollection(indent: indent, depth: depth) }
        if indent == parentIndent && allowsIndentlessSequence && isBlockEntry(at: position) {
            return try blockSequence(indent: indent, depth: depth)
        }
        throw Declined()
    }

    /// A node that starts on the current line after a key or a dash, consumed with the rest
    /// of its line (and, for a block scalar, the lines it holds).
    private mutating func inlineNode(parentIndent: Int, depth: Int) throws(Declined) -> YAMLSubsetNode {
        let node: YAMLSubsetNode
        switch byte(at: position) {
        case UInt8(ascii: ">"), UInt8(ascii: "|"):
            return try blockScalar(parentIndent: parentIndent)
        case openBracket, openBrace, doubleQuote, singleQuote:
            node = try flowNode(depth: depth)
        default:
            node = try blockPlainScalar()
        }
        try finishLine()
        return node
    }

    private mutating func blockKey() throws(Declined) -> YAMLSubsetNode {
        let start = position
        let key: YAMLSubsetNode
        if byte(at: position) == doubleQuote || byte(at: position) == singleQuote {
            key = try quotedScalar()
            skipSpaces()
            guard byte(at: position) == colon else { throw Declined() }
        } else {
            guard startsPlainScalar(at: position, inFlow: false) else { throw Declined() }
            var end = position
            while !(byte(at: end) == colon && (byte(at: end + 1) == space || isLineEnd(at: end + 1))) {
                if isLineEnd(at: end) || (byte(at: end) == hash && byte(at: end - 1) == space) { throw Declined() }
                end += 1
            }
            key = YAMLSubsetNode(content: .scalar(text(from: position, to: trimmingSpaces(before: end)), isPlain: true), at: mark(at: start))
            position = end
        }
        guard position - start <= maxKeyLength else { throw Declined() }
        position += 1
        return key
    }

    /// A plain scalar running to the end of the line or a comment; a `: ` inside it would
    /// make it a key, which YAML refuses there.
    private mutating func blockPlainScalar() throws(Declined) -> YAMLSubsetNode {
        guard startsPlainScalar(at: position, inFlow: false) else { throw Declined() }
        let start = position
        var end = position
        while !isLineEnd(at: end) && !(byte(at: end) == hash && byte(at: end - 1) == space) {
            if byte(at: end) == colon && (byte(at: end + 1) == space || isLineEnd(at: end + 1)) { throw Declined() }
            end += 1
        }
        position = end
        return YAMLSubsetNode(content: .scalar(text(from: start, to: trimmingSpaces(before: end)), isPlain: true), at: mark(at: start))
    }

    // MARK: - Block scalars

    /// A folded (`>`) or literal (`|`) scalar, clipped or stripped (`-`), whose lines share
    /// one indentation: the common case. Keeping (`+`), indentation indicators, leading empty
    /// lines and more-indented lines are declined.
    private mutating func blockScalar(parentIndent: Int) throws(Declined) -> YAMLSubsetNode {
        let start = mark(at: position)
        let folded = byte(at: position) == UInt8(ascii: ">")
        position += 1
        let strips = byte(at: position) == dash
        if strips { position += 1 }
        guard byte(at: position) == space || isLineEnd(at: position) else { throw Declined() }
        try finishLine()
        var contentIndent = -1
        var value: [UInt8] = []
        var pendingEmptyLines = 0
        var hasContent = false
        while position < bytes.count {
            var first = position
            while byte(at: first) == space { first += 1 }
            let indent = first - position
            if isLineEnd(at: first) {
                guard hasContent, indent <= contentIndent, first < bytes.count else { throw Declined() }
                pendingEmptyLines += 1
                advanceLine(from: first)
                continue
            }
            if contentIndent < 0 {
                guard indent > parentIndent else { throw Declined() }
                contentIndent = indent
            }
            if indent < contentIndent { break }
            guard indent == contentIndent else { throw Declined() }
            var end = first
            while byte(at: end) != lineFeed && end < bytes.count { end += 1 }
            guard end < bytes.count else { throw Declined() }
            if hasContent {
                if pendingEmptyLines == 0 {
                    value.append(folded ? space : lineFeed)
                } else {
                    value.append(contentsOf: repeatElement(lineFeed, count: folded ? pendingEmptyLines : pendingEmptyLines + 1))
                }
            }
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first..<end]))
            hasContent = true
            pendingEmptyLines = 0
            advanceLine(from: end)
        }
        guard hasContent else { throw Declined() }
        if !strips { value.append(lineFeed) }
        return YAMLSubsetNode(content: .scalar(String(decoding: value, as: UTF8.self), isPlain: false), at: start)
    }

    // MARK: - Flow nodes (one line)

    private mutating func flowNode(depth: Int) throws(Declined) -> YAMLSubsetNode {
        switch byte(at: position) {
        case openBracket: return try flowSequence(depth: depth)
        case openBrace: return try flowMapping(depth: depth)
        case doubleQuote, singleQuote: return try quotedScalar()
        default: return try flowPlainScalar(isKey: false)
        }
    }

    private mutating func flowSequence(depth: Int) throws(Declined) -> YAMLSubsetNode {
        var items: [YAMLSubsetNode] = []
        let start = try flowEntries(closing: closeBracket, depth: depth) { cursor throws(Declined) in
            items.append(try cursor.flowNode(depth: depth + 1))
        }
        return YAMLSubsetNode(content: .sequence(items), at: start)
    }

    private mutating func flowMapping(depth: Int) throws(Declined) -> YAMLSubsetNode {
        var pairs: [YAMLSubsetPair] = []
        let start = try flowEntries(closing: closeBrace, depth: depth) { cursor throws(Declined) in
            let keyStart = cursor.position
            let key: YAMLSubsetNode
            switch cursor.byte(at: cursor.position) {
            case doubleQuote, singleQuote: key = try cursor.quotedScalar()
            case openBracket, openBrace: throw Declined()
            default: key = try cursor.flowPlainScalar(isKey: true)
            }
            cursor.skipSpaces()
            guard cursor.position - keyStart <= maxKeyLength, cursor.byte(at: cursor.position) == colon,
                  cursor.byte(at: cursor.position + 1) == space else { throw Declined() }
            cursor.position += 2
            cursor.skipSpaces()
            switch cursor.byte(at: cursor.position) {
            case comma, closeBrace: throw Declined()
            default: pairs.append(YAMLSubsetPair(key: key, value: try cursor.flowNode(depth: depth + 1)))
            }
        }
        try ComposerSupport.requireDistinctKeys(pairs)
        return YAMLSubsetNode(content: .mapping(pairs), at: start)
    }

    /// Reads a one-line flow collection from its opening bracket to `closing`, calling `entry`
    /// for each item; returns where it starts.
    private mutating func flowEntries(closing: UInt8, depth: Int,
                                      entry: (inout Cursor) throws(Declined) -> Void) throws(Declined) -> (line: Int, column: Int) {
        guard depth <= maxDepth else { throw Declined() }
        let start = mark(at: position)
        position += 1
        skipSpaces()
        if byte(at: position) == closing {
            position += 1
            return start
        }
        while true {
            try entry(&self)
            skipSpaces()
            if try flowCollectionEnds(closing: closing) { return start }
        }
    }

    /// After an item: true past the closing bracket, false past a comma with another item
    /// to come; a trailing comma, a line end or anything else is declined.
    private mutating func flowCollectionEnds(closing: UInt8) throws(Declined) -> Bool {
        if byte(at: position) == closing {
            position += 1
            return true
        }
        guard byte(at: position) == comma else { throw Declined() }
        position += 1
        skipSpaces()
        switch byte(at: position) {
        case closeBracket, closeBrace, comma: throw Declined()
        default:
            guard !isLineEnd(at: position) else { throw Declined() }
            return false
        }
    }

    /// A plain scalar inside a flow collection: it ends at a flow indicator, a comment or,
    /// for a key, at `: `. Any other colon is declined (libyaml versions differ on it).
    private mutating func flowPlainScalar(isKey: Bool) throws(Declined) -> YAMLSubsetNode {
        guard startsPlainScalar(at: position, inFlow: true) else { throw Declined() }
        let start = position
        var end = position
        scan: while true {
            switch byte(at: end) {
            case comma, openBracket, closeBracket, openBrace, closeBrace: break scan
            case colon:
                if isKey && byte(at: end + 1) == space { break scan }
                throw Declined()
            case hash where byte(at: end - 1) == space: throw Declined()
            default:
                if isLineEnd(at: end) { throw Declined() }
                end += 1
            }
        }
        position = end
        return YAMLSubsetNode(content: .scalar(text(from: start, to: trimmingSpaces(before: end)), isPlain: true), at: mark(at: start))
    }

    // MARK: - Quoted scalars (one line)

    private mutating func quotedScalar() throws(Declined) -> YAMLSubsetNode {
        let start = mark(at: position)
        let quote = byte(at: position)
        position += 1
        var value: [UInt8] = []
        while true {
            // Copy the run up to the next quote, backslash or line end whole.
            var runEnd = position
            while runEnd < bytes.count {
                let current = bytes[runEnd]
                if current == quote || current == lineFeed || (current == backslash && quote == doubleQuote) { break }
                runEnd += 1
            }
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<runEnd]))
            position = runEnd
            guard !isLineEnd(at: position) else { throw Declined() }
            let current = byte(at: position)
            if current == quote {
                if quote == singleQuote && byte(at: position + 1) == singleQuote {
                    value.append(singleQuote)
                    position += 2
                    continue
                }
                position += 1
                break
            }
            if quote == doubleQuote && current == backslash {
                try appendEscape(to: &value)
                continue
            }
            value.append(current)
            position += 1
        }
        return YAMLSubsetNode(content: .scalar(String(decoding: value, as: UTF8.self), isPlain: false), at: start)
    }

    /// One escape sequence of a double-quoted scalar (``ComposerSupport/escape(in:at:)``).
    private mutating func appendEscape(to value: inout [UInt8]) throws(Declined) {
        guard let (scalar, length) = ComposerSupport.escape(in: bytes, at: position) else { throw Declined() }
        value.append(contentsOf: UTF8.encode(scalar)!)
        position += length
    }

    // MARK: - Lines and characters

    /// Moves to the first character of the next line that holds more than spaces and a
    /// comment and returns its indentation, or nil at the end of the text. Idempotent when
    /// the cursor is already there. Document markers and directives are declined.
    private mutating func nextContentIndent() throws(Declined) -> Int? {
        guard position < bytes.count else { return nil }
        if position > lineStart { return position - lineStart }
        while position < bytes.count {
            var first = position
            while byte(at: first) == space { first += 1 }
            if isLineEnd(at: first) || byte(at: first) == hash {
                var end = first
                while end < bytes.count && bytes[end] != lineFeed { end += 1 }
                advanceLine(from: end)
                continue
            }
            if first == lineStart && startsDocumentMarker(at: first) { throw Declined() }
            position = first
            return first - lineStart
        }
        return nil
    }

    /// `---` or `...` at the start of a line, followed by a space or the line's end.
    private func startsDocumentMarker(at index: Int) -> Bool {
        let marker = byte(at: index)
        guard marker == dash || marker == UInt8(ascii: ".") else { return false }
        return byte(at: index + 1) == marker && byte(at: index + 2) == marker
            && (byte(at: index + 3) == space || isLineEnd(at: index + 3))
    }

    /// After a node: spaces, then maybe a comment, then the end of the line, which is passed.
    private mutating func finishLine() throws(Declined) {
        skipSpaces()
        if isComment(at: position) {
            while !isLineEnd(at: position) { position += 1 }
        }
        guard isLineEnd(at: position) else { throw Declined() }
        advanceLine(from: position)
    }

    private mutating func advanceLine(from lineEnd: Int) {
        if lineEnd < bytes.count {
            position = lineEnd + 1
            line += 1
            lineStart = position
        } else {
            position = bytes.count
        }
    }

    private mutating func skipSpaces() {
        while byte(at: position) == space { position += 1 }
    }

    /// The byte at `index`, or 0 past the end (the text holds no NUL).
    private func byte(at index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : 0
    }

    private func isLineEnd(at index: Int) -> Bool {
        index >= bytes.count || bytes[index] == lineFeed
    }

    private func isComment(at index: Int) -> Bool {
        byte(at: index) == hash && (index == lineStart || byte(at: index - 1) == space)
    }

    private func isBlockEntry(at index: Int) -> Bool {
        byte(at: index) == dash && (byte(at: index + 1) == space || isLineEnd(at: index + 1))
    }

    /// Whether the line, from `index`, starts with a key: a quoted scalar or plain text
    /// followed by `: ` or a colon at the end of the line, before any comment. A flow
    /// collection is never taken for a key (as a key it would be declined anyway).
    private func lineHoldsKey(from index: Int) -> Bool {
        var scan = index
        let first = byte(at: scan)
        if first == openBracket || first == openBrace { return false }
        if first == doubleQuote || first == singleQuote {
            scan += 1
            while !isLineEnd(at: scan) {
                let current = byte(at: scan)
                if current == first {
                    if first == singleQuote && byte(at: scan + 1) == singleQuote { scan += 2; continue }
                    break
                }
                scan += current == backslash && first == doubleQuote ? 2 : 1
            }
            guard !isLineEnd(at: scan) else { return false }
            scan += 1
            while byte(at: scan) == space { scan += 1 }
            return byte(at: scan) == colon && (byte(at: scan + 1) == space || isLineEnd(at: scan + 1))
        }
        while !isLineEnd(at: scan) {
            let current = byte(at: scan)
            if current == colon && (byte(at: scan + 1) == space || isLineEnd(at: scan + 1)) { return true }
            if current == hash && scan > index && byte(at: scan - 1) == space { return false }
            scan += 1
        }
        return false
    }

    /// Whether a plain scalar may start here: not at an indicator, except a dash followed by
    /// a character that continues the scalar (`-5`).
    private func startsPlainScalar(at index: Int, inFlow: Bool) -> Bool {
        switch byte(at: index) {
        case dash:
            let next = byte(at: index + 1)
            if next == space || isLineEnd(at: index + 1) { return false }
            return !(inFlow && (next == comma || next == openBracket || next == closeBracket || next == openBrace || next == closeBrace))
        case UInt8(ascii: "?"), colon, comma, openBracket, closeBracket, openBrace, closeBrace, hash, UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), singleQuote, doubleQuote,
             UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), space:
            return false
        default:
            return !isLineEnd(at: index)
        }
    }

    private func trimmingSpaces(before end: Int) -> Int {
        var end = end
        while end > 0 && bytes[end - 1] == space { end -= 1 }
        return end
    }

    private func text(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Where `index` (on the current line) is, as libyaml counts: lines from 1, columns in
    /// characters from 1. Counting resumes from the previous mark on the same line, since a
    /// line of flow mapping holds many nodes.
    private mutating func mark(at index: Int) -> (line: Int, column: Int) {
        columns.mark(at: index, line: line, lineStart: lineStart, in: bytes)
    }
}
