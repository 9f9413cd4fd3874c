import Yams

/// Reads netgraph's native format — YAML, or JSON, which is YAML too — into a ``Graph``.
///
/// The file is a mapping with `graph` (name, description), `sources`, an optional `schema`
/// extending ``Schema/default``, `entities` and `relations`; `README.md` documents each
/// field. Reading reports every problem in the file, each as `FILE:LINE:COL: error: …`.
public struct NativeGraphReader: Sendable {
    public var limits: ReadLimits

    /// Composes every document with Yams, never with `YAMLSubsetComposer` nor the fast path
    /// (`NativeYAMLFastPath`): for the tests and the fuzz target that check every path reads
    /// every text alike.
    @_spi(Testing) public var composesWithYamsOnly = false

    /// Skips the fast paths for the writer's own YAML and JSON layouts, so that the general path reads
    /// everything: for the tests and the fuzz target that compare the two.
    @_spi(Testing) public var skipsFastPath = false

    /// Whether the document must be JSON (RFC 8259), as a `.json` file must: checked before it
    /// is read as YAML, with "invalid JSON" errors (`JSONSyntax`).
    public var requiresJSON = false

    public init(limits: ReadLimits = .standard, requiresJSON: Bool = false) {
        self.limits = limits
        self.requiresJSON = requiresJSON
    }

    /// Reads a graph from a file's bytes; `file` names it in diagnostics.
    ///
    /// A YAML or JSON file in the layout ``NativeGraphWriter`` writes is read by a fast path
    /// straight from its bytes into the graph's columns (`NativeYAMLFastPath`, and
    /// `NativeJSONFastPath` once `JSONSyntax` has checked the text). Anything else —
    /// hand-written layouts, comments, anchors, every file with a mistake — declines it, and
    /// the general path reads the file: `YAMLSubsetComposer` (or `JSONComposer`) for the
    /// common part of YAML, Yams for the rest, then one walker that reports every problem.
    /// Both paths give the same graph wherever the fast path accepts a file.
    /// - Throws: ``GraphInputError`` listing every problem found.
    /// - Complexity: O(size of the file).
    public func read(_ bytes: [UInt8], file: String) throws(GraphInputError) -> Graph {
        try limits.checkSize(of: bytes, file: file)
        if !requiresJSON && !composesWithYamsOnly && !skipsFastPath,
           let graph = NativeYAMLFastPath.graph(from: bytes, file: file, limits: limits) {
            return graph
        }
        // Checked on the bytes: a string of the whole text is made only for the general path.
        try TextDecoding.checkNotEmpty(bytes, file: file)
        let text: String
        if requiresJSON {
            let checked = try JSONSyntax.validated(bytes, file: file)
            if !composesWithYamsOnly && !skipsFastPath,
               let graph = NativeJSONFastPath.graph(fromValidated: checked, file: file, limits: limits) {
                return graph
            }
            // The check drops a byte-order mark, as decoding does.
            text = String(decoding: checked, as: UTF8.self)
        } else {
            text = try TextDecoding.utf8(bytes, file: file)
        }
        try YAMLPreflight.check(text, file: file, limit: limits.maxNestingDepth)
        if !composesWithYamsOnly,
           let root = requiresJSON ? JSONComposer.compose(text, maxDepth: limits.maxNestingDepth)
                                   : YAMLSubsetComposer.compose(text, maxDepth: limits.maxNestingDepth) {
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
