/// Checks a YAML text before any composer sees it: documents nested deeper than a limit are
/// refused, so a file of a hundred thousand `[` cannot overflow the stack of a recursive
/// composer, and so are anchors (`&name`) and keys that are not names (`? `, `[a]: x`,
/// `!!int 1: x`), the only keys whose repeats Yams may report in an order that changes
/// from run to run.
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
        /// For each open flow collection, innermost last: whether it is a mapping (`{`), where
        /// every entry starts with a key, written with `:` or not (`{a, b}`).
        var flowIsMapping: [Bool] = []
        /// The last byte that is not a space or tab, whatever line it was on.
        var lastSignificant = lineFeed
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
            // Only a node starting with one of these four bytes can be a key that is not a name:
            // the rest of the test stays out of the loop over every other byte.
            if byte == UInt8(ascii: "?") || isCollectionOrTag(byte), scalarMayBegin,
               previous == space || previous == tab || previous == lineFeed
                || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ","),
               startsKeyThatIsNotAName(bytes, at: index)
                || (flowIsMapping.last == true && isCollectionOrTag(byte)
                    && (lastSignificant == UInt8(ascii: "{") || lastSignificant == UInt8(ascii: ","))) {
                return GraphInputError("a mapping key must be a name, not a list, a mapping, a tagged value or an explicit '?' key (netgraph's formats have none)",
                                       at: location(index))
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): if scalarMayBegin { quote = byte }
            case hash: skipsLine = previous == space || previous == tab || index == lineStart
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                flowIsMapping.append(byte == UInt8(ascii: "{"))
                if flowDepth + indentStack.count > limit { return tooDeep(at: index) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
                if !flowIsMapping.isEmpty { flowIsMapping.removeLast() }
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
                lastSignificant = byte
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

    /// Whether the node starting at `index` is, by what follows it, a key that is not a plain or quoted name: an
    /// explicit key (`? `), a flow sequence or mapping followed by `:` (`[a]: x`), or a tagged
    /// scalar followed by `:` (`!!int 1: x`). Such keys are the only way two repeated keys of a
    /// mapping can be incomparable in Yams' duplicate check, which then reports whichever its
    /// hash order gives first; refusing them keeps every diagnostic the same from run to run.
    /// An implicit key fits on one line of at most 1024 characters (YAML 1.2, 7.4.1), so the
    /// look-ahead stops there and the scan stays O(n).
    private static func startsKeyThatIsNotAName(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let end = min(bytes.count, index + 1024)
        func isBreakOrEnd(_ at: Int) -> Bool {
            at >= bytes.count || bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\t")
                || bytes[at] == UInt8(ascii: "\n") || bytes[at] == UInt8(ascii: "\r")
        }
        /// Past the quoted scalar opening at `at`, or nil when it does not close on this line.
        func pastQuoted(_ at: Int) -> Int? {
            let quote = bytes[at]
            var scan = at + 1
            while scan < end && bytes[scan] != UInt8(ascii: "\n") {
                if quote == UInt8(ascii: "\"") && bytes[scan] == UInt8(ascii: "\\") { scan += 2; continue }
                if bytes[scan] == quote {
                    if quote == UInt8(ascii: "'") && scan + 1 < end && bytes[scan + 1] == quote { scan += 2; continue }
                    return scan + 1
                }
                scan += 1
            }
            return nil
        }
        /// Past the flow collection opening at `at`, or nil when it does not close on this line.
        func pastFlowCollection(_ at: Int) -> Int? {
            var depth = 0
            var scan = at
            while scan < end && bytes[scan] != UInt8(ascii: "\n") {
                switch bytes[scan] {
                case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth -= 1
                    if depth == 0 { return scan + 1 }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    guard let past = pastQuoted(scan) else { return nil }
                    scan = past
                    continue
                default: break
                }
                scan += 1
            }
            return nil
        }
        func followedByColon(_ at: Int) -> Bool {
            var scan = at
            while scan < end && (bytes[scan] == UInt8(ascii: " ") || bytes[scan] == UInt8(ascii: "\t")) { scan += 1 }
            return scan < end && bytes[scan] == UInt8(ascii: ":") && isBreakOrEnd(scan + 1)
        }
        switch bytes[index] {
        case UInt8(ascii: "?"):
            return isBreakOrEnd(index + 1)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return pastFlowCollection(index).map(followedByColon) ?? false
        case UInt8(ascii: "!"):
            var scan = index
            while !isBreakOrEnd(scan) && scan < end { scan += 1 }
            while scan < end && (bytes[scan] == UInt8(ascii: " ") || bytes[scan] == UInt8(ascii: "\t")) { scan += 1 }
            guard scan < end else { return false }
            switch bytes[scan] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): return pastQuoted(scan).map(followedByColon) ?? false
            case UInt8(ascii: "["), UInt8(ascii: "{"): return pastFlowCollection(scan).map(followedByColon) ?? false
            default:
                // A plain scalar: a key when `: ` comes before the end of the line or a comment.
                while scan < end && bytes[scan] != UInt8(ascii: "\n") {
                    if bytes[scan] == UInt8(ascii: "#") && (bytes[scan - 1] == UInt8(ascii: " ") || bytes[scan - 1] == UInt8(ascii: "\t")) { return false }
                    if bytes[scan] == UInt8(ascii: ":") && isBreakOrEnd(scan + 1) { return true }
                    scan += 1
                }
                return false
            }
        default:
            return false
        }
    }

    /// Whether a node starting with `byte` is a flow sequence, a flow mapping or tagged.
    private static func isCollectionOrTag(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "!")
    }

    /// libyaml's anchor-name characters: ASCII letters, digits, `-` and `_`.
    private static func isAnchorCharacter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
