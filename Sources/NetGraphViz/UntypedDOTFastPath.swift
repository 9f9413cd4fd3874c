import NetGraph

/// DOT that netgraph did not write, read without cgraph when it keeps to plain statements, into
/// the untyped graph ``DOTGraphReader`` makes from what cgraph reads (`untypedGraph`).
///
/// Graphviz's parser took most of the time to read a large DOT file another tool wrote (4.3 s
/// for a 100,000-node graph). The plain statements most files are made of have a plain
/// meaning:
///
///     strict graph NAME {
///       rankdir=LR; graph [splines=true]; node [shape=box]; edge [color=grey];
///       a [label="A", kind=person]
///       a -- b -- c [weight=2];
///     }
///
/// - `graph` or `digraph`, `strict` or not, named by a word, a number or a quoted string, or
///   not named;
/// - node statements (`a` or `a [...]`, naming a new node or setting attributes of one named
///   before), edge statements (`a -> b`, or a chain `a -> b -> c`, with `->` in a digraph and
///   `--` in a graph; ends named before or new), and attribute statements of the graph
///   (`graph [...]`, `name=value`) and of later nodes and edges (`node [...]`, `edge [...]`),
///   each ended by `;` or not;
/// - names and values are quoted strings or ASCII words or whole numbers that are no DOT
///   keyword; attribute lists separate their items by `,`, `;` or nothing.
///
/// Nodes are numbered in the order they are first named, as cgraph numbers them, and edges
/// are kept in the order they are written. It declines (nil) anything else, including a
/// `netgraph` graph attribute (netgraph's own files: the typed reading), `node` and `edge`
/// statements that set an attribute netgraph reads (`label`, `kind`, `weight`…: they would
/// change the items after them), an attribute named twice in a list, an edge `key` (cgraph
/// merges the edges that share one), a repeated edge or a loop in a strict graph, ports,
/// subgraphs, HTML strings, `+` concatenation, names that start with `%` or are empty,
/// control characters in a string, and names or labels longer than the text limit in bytes
/// (the reader refuses those in characters).
///
/// `DOTFastPathTests` compares the graph or the error it gives with those of the cgraph path
/// on crafted texts, on other tools' layouts of every repository graph, and on mutations of
/// them.
///
/// - Complexity: O(n) in the length of the text; node names are found by `EntityRowIndex`.
extension DOTLayoutParser {
    /// The attributes of a node, and of an edge, that the untyped reading uses.
    private static let nodeLabel = Array("label".utf8)
    private static let nodeKind = Array("kind".utf8)
    private static let edgeWeight = Array("weight".utf8)
    /// The names a `node` or `edge` statement may not set, and a graph may not carry.
    private static let nodeDefaultsRead = DOTKeys.nodeKeys.map { Array($0.utf8) }
    private static let edgeDefaultsRead = (DOTKeys.edgeKeys + ["key"]).map { Array($0.utf8) }
    private static let marker = [Array(DOTKeys.marker.utf8)]
    private static let edgeKey = [Array("key".utf8)]
    private static let strictKeyword = Array("strict".utf8), digraphKeyword = Array("digraph".utf8)
    private static let graphKeyword = Array("graph".utf8), nodeKeyword = Array("node".utf8), edgeKeyword = Array("edge".utf8)

    /// The untyped graph of a text of plain statements; nil for any other text.
    /// - Throws: ``GraphInputError`` for a weight that is not a finite number, as the cgraph
    ///   path does.
    mutating func untypedGraph(bytes: [UInt8], file: String) throws(GraphInputError) -> Graph? {
        guard var token = take(), case .word = token.kind else { return nil }
        var strict = false
        if Self.isKeyword(tokenizer.text(of: token), Self.strictKeyword) {
            strict = true
            guard let next = take(), case .word = next.kind else { return nil }
            token = next
        }
        let directed: Bool
        if Self.isKeyword(tokenizer.text(of: token), Self.digraphKeyword) {
            directed = true
        } else if Self.isKeyword(tokenizer.text(of: token), Self.graphKeyword) {
            directed = false
        } else {
            return nil
        }
        var name = ""
        if !peekIsPunctuation("{") {
            guard let nameToken = take(), let id = identifier(nameToken) else { return nil }
            name = id
        }
        guard punctuation("{") else { return nil }

        var nodes: [DOTGraphReader.UntypedNode] = []
        var edges: [DOTGraphReader.UntypedEdge] = []
        var rows = EntityRowIndex()
        var pairs: Set<UInt64> = []
        // The nodes of the edge statement being read, reused from statement to statement.
        var chain: [Int32] = []
        /// A statement that starts with a name: a graph attribute, a node or an edge; false
        /// when it is none of those in the plain form.
        func statement(startingWith first: DOTTokenizer.Token) -> Bool {
            if punctuation("=") {
                // `name=value`: an attribute of the graph.
                guard let attribute = identifier(first), attribute != DOTKeys.marker, let value = take(),
                      identifier(value) != nil else { return false }
                return true
            }
            guard let tail = node(first) else { return false }
            guard let operatorToken = peek(), case .edgeOperator = operatorToken.kind else {
                // A node statement: its attributes are set, over any set before.
                guard peekIsPunctuation("[") else { return true }
                guard let values = plainAttributes(keeping: [Self.nodeLabel, Self.nodeKind]) else { return false }
                // An empty value is set too: cgraph then reports none.
                if let label = values[0] {
                    guard label.utf8.count <= maxTextLength else { return false }
                    nodes[Int(tail)].label = label.isEmpty ? nil : label
                }
                if let kind = values[1] { nodes[Int(tail)].kind = kind.isEmpty ? nil : kind }
                return true
            }
            chain.removeAll(keepingCapacity: true)
            chain.append(tail)
            while let next = peek(), case .edgeOperator = next.kind {
                _ = take()
                // `->` belongs to digraphs and `--` to graphs; cgraph refuses the other.
                guard (tokenizer.byte(atOffset: next.range.upperBound - 1) == UInt8(ascii: ">")) == directed,
                      let endToken = take(), let end = node(endToken) else { return false }
                chain.append(end)
            }
            var weight: String?
            if peekIsPunctuation("[") {
                guard let values = plainAttributes(keeping: [Self.edgeWeight], refusing: Self.edgeKey) else { return false }
                weight = values[0].flatMap { $0.isEmpty ? nil : $0 }
            }
            for index in chain.indices.dropLast() {
                let (from, to) = (chain[index], chain[index + 1])
                if strict {
                    // A strict graph merges a repeated edge into the first, and its loops are
                    // cgraph's to settle.
                    let (low, high) = directed ? (from, to) : (min(from, to), max(from, to))
                    guard from != to, pairs.insert(UInt64(UInt32(low)) << 32 | UInt64(UInt32(high))).inserted else { return false }
                }
                edges.append(DOTGraphReader.UntypedEdge(tail: from, head: to, weight: weight))
            }
            return true
        }

        /// The row of the node a name names, added when new; nil for a name not in the plain form.
        func node(_ token: DOTTokenizer.Token) -> Int32? {
            switch token.kind {
            case .quoted:
                if let row = rows.row(ofUTF8: tokenizer.text(of: token)) { return row }
            case .word:
                // A keyword is no name, though a quoted string may spell it.
                guard isNameOrNumber(token) else { return nil }
                if let row = rows.row(ofUTF8: tokenizer.text(of: token)) { return row }
            default:
                return nil
            }
            guard let name = identifier(token), !name.isEmpty, !name.hasPrefix("%"), name.utf8.count <= maxTextLength else {
                return nil
            }
            let row = Int32(nodes.count)
            rows.insert(name, row: row)
            nodes.append(DOTGraphReader.UntypedNode(name: name, kind: nil, label: nil))
            return row
        }

        while true {
            guard let first = take() else { return nil }
            if case .punctuation(UInt8(ascii: "}")) = first.kind { break }
            let word = tokenizer.text(of: first)
            if case .word = first.kind, Self.isKeyword(word, Self.graphKeyword) {
                guard plainAttributes(refusing: Self.marker) != nil else { return nil }
            } else if case .word = first.kind, Self.isKeyword(word, Self.nodeKeyword) {
                guard plainAttributes(refusing: Self.nodeDefaultsRead) != nil else { return nil }
            } else if case .word = first.kind, Self.isKeyword(word, Self.edgeKeyword) {
                guard plainAttributes(refusing: Self.edgeDefaultsRead) != nil else { return nil }
            } else {
                guard statement(startingWith: first) else { return nil }
            }
            // One `;` may end a statement (cgraph refuses an empty one).
            _ = punctuation(";")
        }
        // Nothing but white space and comments may follow the graph.
        guard take() == nil else { return nil }
        return try DOTGraphReader.untypedGraph(name: name, isDirected: directed, nodes: nodes, edges: edges, bytes: bytes, file: file)
    }

    /// A name or value: a quoted string without control characters, an ASCII word that is no
    /// keyword, or a number that runs into no name or other number (cgraph splits `1a` in two,
    /// with a warning); nil for anything else.
    private func identifier(_ token: DOTTokenizer.Token) -> String? {
        switch token.kind {
        case .quoted:
            return text(of: token)
        case .word:
            return isNameOrNumber(token) ? String(decoding: tokenizer.text(of: token), as: UTF8.self) : nil
        default:
            return nil
        }
    }

    /// Whether a word is an ASCII name that is no keyword, or a number that runs into no name
    /// or other number.
    private func isNameOrNumber(_ token: DOTTokenizer.Token) -> Bool {
        let bytes = tokenizer.text(of: token)
        if isPlainWord(bytes) { return true }
        // The scanner's other words are numbers (`-?(D+(.D*)?|.D+)`).
        guard let first = bytes.first, first &- UInt8(ascii: "0") <= 9 || first == UInt8(ascii: "-") || first == UInt8(ascii: "."),
              bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        guard let after = tokenizer.byte(atOffset: token.range.upperBound) else { return true }
        return !(after == UInt8(ascii: "_") || after == UInt8(ascii: ".") || after >= 0x80 || after &- UInt8(ascii: "0") <= 9
                 || (after | 0x20 >= UInt8(ascii: "a") && after | 0x20 <= UInt8(ascii: "z")))
    }

    /// `[name=value ...]`: the values of the names in `kept`, in that order (nil for a name the
    /// list does not set); nil when the list is not plain, names one of `refusing`, or names one
    /// of `kept` twice.
    private mutating func plainAttributes(keeping kept: [[UInt8]] = [], refusing: [[UInt8]] = []) -> [String?]? {
        guard punctuation("[") else { return nil }
        var values = [String?](repeating: nil, count: kept.count)
        while !punctuation("]") {
            guard let nameToken = take(), case .word = nameToken.kind else { return nil }
            let name = tokenizer.text(of: nameToken)
            guard isPlainWord(name), !refusing.contains(where: { Self.equal($0, name) }), punctuation("="),
                  let valueToken = take(), let value = identifier(valueToken) else { return nil }
            if let slot = kept.firstIndex(where: { Self.equal($0, name) }) {
                // An empty value is kept as set, so a name set twice is seen.
                guard values[slot] == nil else { return nil }
                values[slot] = value
            }
            if !punctuation(",") { _ = punctuation(";") }
        }
        return values
    }
}
