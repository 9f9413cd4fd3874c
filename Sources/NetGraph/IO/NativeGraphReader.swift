import Yams

/// Reads netgraph's native format — YAML, or JSON, which is YAML too — into a ``Graph``.
///
/// The file is a mapping with `graph` (name, description), `sources`, an optional `schema`
/// extending ``Schema/default``, `entities` and `relations`; `README.md` documents each
/// field. Reading reports every problem in the file, each as `FILE:LINE:COL: error: …`.
public struct NativeGraphReader: Sendable {
    public var limits: ReadLimits

    /// Composes every document with Yams, never with ``YAMLSubsetComposer``: for the tests and
    /// the fuzz target that check both paths read every text alike.
    @_spi(Testing) public var composesWithYamsOnly = false

    public init(limits: ReadLimits = .standard) { self.limits = limits }

    /// Reads a graph from a file's bytes; `file` names it in diagnostics.
    /// - Throws: ``GraphInputError`` listing every problem found.
    /// - Complexity: O(size of the file).
    public func read(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        try limits.checkSize(of: bytes, file: file)
        let text = try TextDecoding.utf8(bytes, file: file)
        if text.allSatisfy(\.isWhitespace) {
            throw GraphInputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        try NestingGuard.check(text, file: file, limit: limits.maxNestingDepth)
        if !composesWithYamsOnly, let root = YAMLSubsetComposer.compose(text, maxDepth: limits.maxNestingDepth) {
            var walker = NativeDocumentWalker<YAMLSubsetNode>(file: file, limits: limits)
            return try walker.graph(from: root)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw NativeGraphReader.diagnostic(for: error, file: file)
        } catch {
            throw GraphInputError("cannot parse the file: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        guard let root else { throw GraphInputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1)) }
        var walker = NativeDocumentWalker<Node>(file: file, limits: limits)
        return try walker.graph(from: root)
    }

    static func diagnostic(for error: YamlError, file: String) -> GraphInputError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return GraphInputError("invalid YAML: \(detail)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks the first occurrence of the key; the second is the mistake.
            let key = duplicates.first ?? ""
            let first = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            let repeated = repeatedKey(key, after: context.mark, in: context.text).map {
                SourceLocation(file: file, line: $0.line, column: $0.column)
            }
            return GraphInputError("field '\(key.prefix(40))' appears twice in the same mapping (first at \(first.line):\(first.column))",
                                   at: repeated ?? first)
        case let .reader(problem, offset, _, yaml):
            let location = offset.map { TextDecoding.location(ofByte: $0, in: Array(yaml.utf8), file: file) }
            return GraphInputError("invalid text: \(problem)", at: location ?? SourceLocation(file: file, line: 1, column: 1))
        default:
            return GraphInputError("invalid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}

extension NativeGraphReader {
    /// Where `key` is written again as a key after its first occurrence at `first`: in a
    /// block mapping, at the same column at the start of a line; in a flow mapping, after
    /// `{` or `,`. Plain, single- and double-quoted spellings count; nil when not found.
    static func repeatedKey(_ key: String, after first: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).unicodeScalars) }
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let firstLine = lines[first.line - 1]
        let isBlock = firstLine.prefix(max(0, first.column - 1)).allSatisfy { $0 == " " || $0 == "-" }
        let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
        for lineIndex in (first.line - 1)..<lines.count {
            let line = lines[lineIndex]
            let from = lineIndex == first.line - 1 ? first.column : 0
            var column = from
            while column < line.count {
                let startsKey: Bool
                if isBlock {
                    startsKey = column == first.column - 1 && line.prefix(column).allSatisfy { $0 == " " || $0 == "-" }
                } else {
                    let before = line[..<column].last { $0 != " " && $0 != "\t" }
                    startsKey = before == "{" || before == ","
                }
                if startsKey, let spelling = spellings.first(where: { column + $0.count <= line.count && Array(line[column..<column + $0.count]) == $0 }) {
                    let rest = line[(column + spelling.count)...].drop { $0 == " " || $0 == "\t" }
                    if rest.first == ":" { return (lineIndex + 1, column + 1) }
                }
                column += 1
            }
        }
        return nil
    }
}

/// Rejects documents nested deeper than a limit before the recursive YAML composer sees them,
/// so a file of a hundred thousand `[` cannot overflow the stack.
enum NestingGuard {
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
        var inComment = false
        // A quote opens a quoted scalar only where a scalar can begin; elsewhere (O'Brien) it is text.
        var scalarMayBegin = true
        var previous = lineFeed
        func tooDeep(at index: Int) -> GraphInputError {
            let column = 1 + bytes[lineStart..<index].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            return GraphInputError("the document nests deeper than \(limit) levels (raise the limit with --max-depth)",
                                   at: SourceLocation(file: file, line: line, column: column))
        }
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == lineFeed {
                line += 1; lineStart = index + 1; atLineStart = true; indent = 0; inComment = false
                scalarMayBegin = true
                previous = byte
                continue
            }
            if inComment { continue }
            if atLineStart {
                if byte == space { indent += 1; previous = byte; continue }
                atLineStart = false
                if byte != hash && flowDepth == 0 {
                    while let top = indentStack.last, top >= indent { indentStack.removeLast() }
                    indentStack.append(indent)
                    // The depth only grows here and at an opening bracket.
                    if flowDepth + indentStack.count > limit { return tooDeep(at: index) }
                }
            }
            if quote != 0 {
                if byte == quote { quote = 0 }
                previous = byte
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): if scalarMayBegin { quote = byte }
            case hash: inComment = previous == space || previous == tab || index == lineStart
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if flowDepth + indentStack.count > limit { return tooDeep(at: index) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1)
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
}
