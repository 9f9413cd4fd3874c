import NetGraph

/// Reads DOT text in the layout ``DOTGraphWriter`` writes without cgraph, handing each node
/// and edge to ``TypedDOTAssembly`` as it reads it, with the attributes cgraph would report
/// for it; other tools' DOT of plain statements is read into the untyped graph (see
/// `UntypedDOTFastPath.swift`); nil for any other text, which cgraph then reads.
///
/// Graphviz's parser (bison, cdt dictionaries, string interning, `strcmp` at every lookup)
/// took three quarters of the time to read a large DOT file netgraph wrote (perf). The
/// writer's layout is a small part of DOT whose meaning is plain:
///
///     digraph "NAME" {
///       graph [netgraph="1", ...];
///       "ID" [label="...", kind="...", ...];
///       "ID" -> "ID" [type="...", ...];
///     }
///
/// - the graph is a `digraph` with a quoted name, and its first statement is one `graph`
///   attribute list that holds `netgraph`;
/// - then node statements, each naming a new node, then edge statements between nodes
///   already named, each ending with `;`;
/// - attribute names are plain ASCII words; values are quoted strings or plain ASCII words
///   (`dir=none`); the words are not DOT keywords;
/// - comments and white space go between tokens, as cgraph's scanner allows them
///   (``DOTTokenizer`` cuts the text as that scanner does, and gives each quoted string's
///   value as cgraph keeps it).
///
/// Each node and edge keeps the attributes named in `DOTKeys` that it sets to a non-empty
/// value, as ``GraphvizAdapter/readDOT(_:keeping:)`` keeps those cgraph reports. It declines
/// (nil) at anything else, including: a node named twice or after the first edge, an edge
/// to a node not named before, an edge `key` (cgraph merges edges that share one), an
/// attribute set twice in one list, a name that starts with `%` or is empty, control
/// characters in a string, HTML strings, `+` concatenation, subgraphs, default attribute
/// statements, and node names or labels longer than the text limit in bytes (the reader
/// refuses those in characters).
///
/// `DOTFastPathTests` compares the graph or the error it gives with those of the cgraph path
/// on the writer's output for every graph file of the repository, crafted texts and
/// mutations of them.
///
/// - Complexity: O(n) in the length of the text, O(number of nodes) extra space; node names
///   are found by `EntityRowIndex`, as the builder finds ids.
enum DOTFastPath {
    /// The typed graph of a file in the writer's layout, checked as ``TypedDOTAssembly``
    /// checks what cgraph reads; nil when the text is anything else, or carries no
    /// `netgraph` graph attribute.
    /// - Parameter bytes: the file's bytes, known to be UTF-8 without NUL bytes.
    /// - Throws: ``GraphInputError`` for a file in the layout whose values are wrong, with the
    ///   messages the cgraph path gives.
    static func read(_ bytes: [UInt8], file: String, limits: ReadLimits) throws(GraphInputError) -> Graph? {
        var parser = DOTLayoutParser(tokenizer: DOTTokenizer(bytes), maxTextLength: limits.maxTextLength)
        if let graph = try parser.graph(bytes: bytes, file: file, limits: limits) { return graph }
        var plain = DOTLayoutParser(tokenizer: DOTTokenizer(bytes), maxTextLength: limits.maxTextLength)
        return try plain.untypedGraph(bytes: bytes, file: file)
    }
}

/// The parser of ``DOTFastPath``'s layout: one token of lookahead over ``DOTTokenizer``.
struct DOTLayoutParser {
    var tokenizer: DOTTokenizer
    let maxTextLength: Int
    private var peeked: DOTTokenizer.Token?
    /// The names set so far in the attribute list being read (a handful), kept between lists
    /// so that a list allocates nothing.
    private var seenNames: [DOTTokenizer.Token] = []

    init(tokenizer: DOTTokenizer, maxTextLength: Int) {
        self.tokenizer = tokenizer
        self.maxTextLength = maxTextLength
    }

    /// The names in `DOTKeys`, as bytes.
    private static let graphKeys = DOTKeys.graphKeys.map { Array($0.utf8) }
    private static let nodeKeys = DOTKeys.nodeKeys.map { Array($0.utf8) }
    private static let edgeKeys = DOTKeys.edgeKeys.map { Array($0.utf8) }

    private static let key = Array("key".utf8)

    /// DOT's keywords, which cgraph reads in any case and which no plain word here may be.
    static let keywords = ["node", "edge", "graph", "digraph", "subgraph", "strict"].map { Array($0.utf8) }

    mutating func graph(bytes: [UInt8], file: String, limits: ReadLimits) throws(GraphInputError) -> Graph? {
        var graphValues = GraphvizAdapter.ParsedDOT.Values(names: DOTKeys.graphKeys)
        guard keyword("digraph"), let name = quoted(), !name.isEmpty, !name.hasPrefix("%"),
              punctuation("{"), keyword("graph"), attributeList(into: &graphValues, names: Self.graphKeys), punctuation(";"),
              graphValues[DOTKeys.marker] != nil else {
            return nil
        }
        // cgraph's path reports a header it cannot read only once the whole text has parsed:
        // so does this one.
        var assembly: TypedDOTAssembly?
        var failure: GraphInputError?
        do {
            assembly = try TypedDOTAssembly(name: name, attributes: graphValues, bytes: bytes, file: file, limits: limits)
        } catch {
            failure = error
        }
        // The attributes of the item being read; reused, so that an item allocates none.
        var nodeValues = GraphvizAdapter.ParsedDOT.Values(names: DOTKeys.nodeKeys)
        var edgeValues = GraphvizAdapter.ParsedDOT.Values(names: DOTKeys.edgeKeys)
        var nodes = EntityRowIndex()
        var sawEdge = false
        while true {
            guard let token = take() else { return nil }
            if case .punctuation(UInt8(ascii: "}")) = token.kind { break }
            guard case .quoted = token.kind else { return nil }
            if peekIsEdgeOperator() {
                _ = take()
                // The ends are found by their bytes: a name holding a control character, which
                // `text(of:)` refuses, was never added.
                guard let second = take(), case .quoted = second.kind,
                      let tail = nodes.row(ofUTF8: tokenizer.text(of: token)), let head = nodes.row(ofUTF8: tokenizer.text(of: second)),
                      attributeList(into: &edgeValues, names: Self.edgeKeys, refusingKey: true), punctuation(";") else { return nil }
                sawEdge = true
                assembly?.addEdge(tail: Int(tail), head: Int(head), values: edgeValues)
            } else {
                // A node statement: a new node, before any edge (cgraph would otherwise merge
                // it with the node named before, or number it after an edge made it).
                guard !sawEdge, let first = text(of: token), !first.isEmpty, !first.hasPrefix("%"), first.utf8.count <= maxTextLength,
                      nodes.insert(first, row: Int32(nodes.count)),
                      attributeList(into: &nodeValues, names: Self.nodeKeys), punctuation(";") else { return nil }
                if let label = nodeValues["label"], label.utf8.count > maxTextLength { return nil }
                assembly?.addNode(name: first, values: nodeValues)
            }
        }
        // Nothing but white space and comments may follow the graph.
        guard take() == nil else { return nil }
        if let failure { throw failure }
        return try assembly?.build()
    }

    /// `[name=value, ...]`: the values of the attributes `values` names that are not empty,
    /// into `values`; false when the list is not in the layout.
    private mutating func attributeList(into values: inout GraphvizAdapter.ParsedDOT.Values, names nameBytes: [[UInt8]],
                                        refusingKey: Bool = false) -> Bool {
        guard punctuation("[") else { return false }
        for slot in values.values.indices { values.values[slot] = nil }
        seenNames.removeAll(keepingCapacity: true)
        if punctuation("]") { return true }
        repeat {
            guard let token = take(), case .word = token.kind else { return false }
            let name = tokenizer.text(of: token)
            guard isPlainWord(name), !seenNames.contains(where: { tokenizer.text(of: $0).elementsEqual(name) }),
                  !(refusingKey && Self.equal(Self.key, name)), punctuation("=") else { return false }
            seenNames.append(token)
            guard let valueToken = take() else { return false }
            let value = tokenizer.text(of: valueToken)
            switch valueToken.kind {
            case .quoted: guard value.allSatisfy({ $0 >= 0x20 }) else { return false }
            case .word: guard isPlainWord(value) else { return false }
            default: return false
            }
            // Only the values kept are made strings.
            if !value.isEmpty, let slot = nameBytes.firstIndex(where: { Self.equal($0, name) }) {
                values.values[slot] = String(decoding: value, as: UTF8.self)
            }
        } while punctuation(",")
        return punctuation("]")
    }

    // MARK: - Tokens

    mutating func take() -> DOTTokenizer.Token? {
        if let token = peeked {
            peeked = nil
            return token
        }
        return tokenizer.next()
    }

    mutating func peek() -> DOTTokenizer.Token? {
        if peeked == nil { peeked = tokenizer.next() }
        return peeked
    }

    private mutating func peekIsEdgeOperator() -> Bool {
        guard let token = peek(), case .edgeOperator = token.kind else { return false }
        // `->` only: `--` belongs to undirected graphs, which cgraph refuses in a digraph.
        return tokenizer.byte(atOffset: token.range.upperBound - 1) == UInt8(ascii: ">")
    }

    mutating func peekIsPunctuation(_ character: Unicode.Scalar) -> Bool {
        guard let token = peek(), case .punctuation(let byte) = token.kind else { return false }
        return byte == UInt8(ascii: character)
    }

    /// Consumes the punctuation `character` if it comes next.
    mutating func punctuation(_ character: Unicode.Scalar) -> Bool {
        guard peekIsPunctuation(character) else { return false }
        _ = take()
        return true
    }

    /// Consumes the keyword `spelled` as the writer spells it.
    private mutating func keyword(_ spelled: String) -> Bool {
        guard let token = take(), case .word = token.kind else { return false }
        return tokenizer.text(of: token).elementsEqual(spelled.utf8)
    }

    static func equal(_ name: [UInt8], _ bytes: ArraySlice<UInt8>) -> Bool {
        name.count == bytes.count && name.withUnsafeBufferPointer { name in
            bytes.withUnsafeBufferPointer { name.elementsEqual($0) }
        }
    }

    /// Whether a word's bytes are a plain word: an ASCII name (not a number) that is no keyword.
    func isPlainWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }), let first = bytes.first,
              first == UInt8(ascii: "_") || (first | 0x20 >= UInt8(ascii: "a") && first | 0x20 <= UInt8(ascii: "z")) else { return false }
        return !Self.keywords.contains { Self.isKeyword(bytes, $0) }
    }

    /// Whether a word's bytes spell `keyword` (lower case), in any case, as cgraph reads
    /// keywords.
    static func isKeyword(_ bytes: ArraySlice<UInt8>, _ keyword: [UInt8]) -> Bool {
        keyword.count == bytes.count && zip(keyword, bytes).allSatisfy { $0 == $1 | 0x20 }
    }

    private mutating func quoted() -> String? {
        guard let token = take(), case .quoted = token.kind else { return nil }
        return text(of: token)
    }

    /// A quoted string's value as cgraph keeps it; nil when it holds a control character.
    func text(of token: DOTTokenizer.Token) -> String? {
        let value = tokenizer.text(of: token)
        guard value.allSatisfy({ $0 >= 0x20 }) else { return nil }
        return String(decoding: value, as: UTF8.self)
    }
}
