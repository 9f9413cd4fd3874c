/// Checks a YAML text before any composer sees it: documents nested deeper than a limit are
/// refused, so a file of a hundred thousand `[` cannot overflow the stack of a recursive
/// composer, and so are anchors (`&name`).
///
/// Without anchors there is nothing an alias can repeat. With them, a few hundred bytes can
/// describe a tree of millions of nodes, and Yams' composer hashes every mapping key whole
/// to find duplicates: a key that is an alias of such a tree (`*big : x`, which YAML allows)
/// costs seconds to minutes. netgraph's formats have no use for anchors, and like Ruby's
/// `safe_load` the reader does not accept them. An alias without an anchor is left to the
/// composer, which reports it as undefined.
///
/// The scan is a byte-level approximation of YAML's tokens that errs toward refusing:
/// quoted scalars (with their escaped `\"` and doubled `''` quotes), comments and the lines
/// of block scalars (`|`, `>`) are skipped, and `&` is taken for an anchor where a node may
/// start or after a space, followed by a character of an anchor name, so plain text such as
/// `Smith &Co` is refused too (the message says to quote it).
///
/// - Complexity: O(n) in the length of the text.
enum YAMLPreflight {
    static func check(_ text: String, file: String, limit: Int) throws(GraphInputError) {
        var text = text
        if let problem = text.withUTF8({ firstProblem(in: $0, file: file, limit: limit) }) { throw problem }
    }

    /// Works on UTF-8 bytes, since every character it looks at is ASCII (the bytes of a
    /// multi-byte character never equal one); the column of a problem, in characters, is
    /// counted only when there is one.
    private static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>, file: String, limit: Int) -> GraphInputError? {
        let lineFeed = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#")
        var flowDepth = 0
        var indentStack: [Int] = []
        var line = 1
        var lineStart = 0
        var atLineStart = true
        var indent = 0
        var quote: UInt8 = 0
        /// Inside a quoted scalar: the next byte is escaped (`\"`) or the second of a doubled
        /// single quote (`''`), and does not close it.
        var skipsNextQuoted = false
        var skipsLine = false
        /// While inside a block scalar: the indentation of the line that introduced it; its
        /// content is every following line indented further.
        var blockScalarParent = -1
        /// Where the current line's node starts past any `- ` indicators, and the last dash.
        var keyColumn = 0
        var dashColumn = -1
        // A quote opens a quoted scalar only where a scalar can begin; elsewhere (O'Brien) it is text.
        var scalarMayBegin = true
        var previous = lineFeed
        func location(_ index: Int) -> SourceLocation {
            let column = 1 + bytes[lineStart..<index].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            return SourceLocation(file: file, line: line, column: column)
        }
        func tooDeep(at index: Int) -> GraphInputError {
            GraphInputError("the document nests deeper than \(limit) levels", at: location(index), limit: .nestingDepth)
        }
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == lineFeed {
                line += 1; lineStart = index + 1; atLineStart = true; indent = 0; skipsLine = false
                skipsNextQuoted = false
                scalarMayBegin = true
                previous = byte
                continue
            }
            if skipsLine { continue }
            if atLineStart {
                if byte == space { indent += 1; previous = byte; continue }
                atLineStart = false
                if blockScalarParent >= 0 {
                    if indent > blockScalarParent { skipsLine = true; continue }
                    blockScalarParent = -1
                }
                var scan = index
                dashColumn = -1
                while scan + 1 < bytes.count && bytes[scan] == UInt8(ascii: "-") && bytes[scan + 1] == space {
                    dashColumn = scan - lineStart
                    scan += 2
                    while scan < bytes.count && bytes[scan] == space { scan += 1 }
                }
                keyColumn = scan - lineStart
                if byte != hash && flowDepth == 0 {
                    while let top = indentStack.last, top >= indent { indentStack.removeLast() }
                    indentStack.append(indent)
                    // The depth only grows here and at an opening bracket.
                    if flowDepth + indentStack.count > limit { return tooDeep(at: index) }
                }
            }
            if quote != 0 {
                if skipsNextQuoted {
                    skipsNextQuoted = false
                } else if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                    skipsNextQuoted = true
                } else if byte == quote {
                    if quote == UInt8(ascii: "'") && index + 1 < bytes.count && bytes[index + 1] == quote {
                        skipsNextQuoted = true
                    } else {
                        quote = 0
                    }
                }
                previous = byte
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): if scalarMayBegin { quote = byte }
            case hash: skipsLine = previous == space || previous == tab || index == lineStart
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if flowDepth + indentStack.count > limit { return tooDeep(at: index) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1)
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                if scalarMayBegin && flowDepth == 0 && startsBlockScalar(bytes, after: index) {
                    // Its content is indented past the key that holds it (`key: |`), or past
                    // the dash of the sequence item it is (`- |`).
                    let afterKey = index > lineStart + keyColumn
                    blockScalarParent = afterKey ? keyColumn : (dashColumn >= 0 ? dashColumn : indent)
                    skipsLine = true
                }
            case UInt8(ascii: "&"):
                let startsToken = scalarMayBegin || previous == space || previous == tab
                if startsToken && index + 1 < bytes.count && isAnchorCharacter(bytes[index + 1]) {
                    return GraphInputError("YAML anchors (&name) and aliases are not read: netgraph's formats have no use for them, and an alias can stand for a very large tree (put text that starts with '&' in quotes)",
                                           at: location(index))
                }
            default: break
            }
            if byte != space && byte != tab {
                scalarMayBegin = byte == UInt8(ascii: ":") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
                    || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-")
            }
            previous = byte
        }
        return nil
    }

    /// Whether the `|` or `>` at `index` is a block scalar's header: chomping and indentation
    /// indicators, then only spaces and maybe a comment to the end of the line.
    private static func startsBlockScalar(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        var scan = index + 1
        while scan < bytes.count, bytes[scan] == UInt8(ascii: "-") || bytes[scan] == UInt8(ascii: "+")
                || (bytes[scan] >= UInt8(ascii: "0") && bytes[scan] <= UInt8(ascii: "9")) { scan += 1 }
        guard scan == bytes.count || bytes[scan] == UInt8(ascii: " ") || bytes[scan] == UInt8(ascii: "\n") else { return false }
        while scan < bytes.count, bytes[scan] == UInt8(ascii: " ") { scan += 1 }
        return scan == bytes.count || bytes[scan] == UInt8(ascii: "\n") || bytes[scan] == UInt8(ascii: "#")
    }

    /// libyaml's anchor-name characters: ASCII letters, digits, `-` and `_`.
    private static func isAnchorCharacter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
