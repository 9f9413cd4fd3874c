import NetGraph

/// Where the first graph of DOT text ends and what follows it, found before cgraph reads the
/// text.
///
/// cgraph's scanner keeps its state in static variables from one `agmemread` to the next:
/// text after the graph's closing `}` stays in its buffer and is read as the start of the
/// next call's text, and a parse that fails before the text ends inside a quoted string,
/// HTML string or comment leaves the scanner inside it, so that every later read in the
/// process swallows its text into that string. netgraph therefore hands cgraph only the
/// text up to the `}` that closes the first graph, refuses a text that ends inside one of
/// those three constructs before cgraph sees it, and reports anything after the first
/// graph itself: cgraph never stops in the middle of a construct and never keeps text back.
///
/// - Complexity: O(n) time in the length of the text, O(1) extra space.
struct DOTTextOutline {
    /// Byte offset just past the `}` that closes the first graph; nil when no `}` does.
    var firstGraphEnd: Int?
    /// The first token after ``firstGraphEnd``, if any.
    var trailing: DOTTokenizer.Token?
    /// A quoted string, HTML string or comment the text ends inside, before the first
    /// graph's end.
    var unterminated: DOTTokenizer.Token?
    /// Whether a `#` line directive makes the line numbers in cgraph's messages unreliable.
    var sawLineDirective = false

    init(_ bytes: [UInt8]) {
        var tokenizer = DOTTokenizer(bytes)
        var depth = 0
        while let token = tokenizer.next() {
            switch token.kind {
            case .unterminated:
                unterminated = token
            case .punctuation(UInt8(ascii: "{")):
                depth += 1
            case .punctuation(UInt8(ascii: "}")) where depth > 0:
                depth -= 1
                if depth == 0 { firstGraphEnd = token.range.upperBound }
            default:
                break
            }
            if unterminated != nil || firstGraphEnd != nil { break }
        }
        sawLineDirective = tokenizer.sawLineDirective
        if firstGraphEnd != nil { trailing = tokenizer.next() }
    }

    /// Whether `token` is a keyword that starts a graph (`graph`, `digraph`, `strict`;
    /// cgraph reads keywords in any case).
    static func startsGraph(_ token: DOTTokenizer.Token, in bytes: [UInt8]) -> Bool {
        guard token.kind == .word else { return false }
        let word = String(decoding: bytes[token.range], as: UTF8.self).lowercased()
        return word == "graph" || word == "digraph" || word == "strict"
    }

    /// The place of the only `name=value` assignment inside an attribute list (`[…]`) whose
    /// value is `value` as cgraph keeps it; nil when there is none or more than one, or when
    /// the value is a concatenation (`"a" + "b"`), so that a location is given only when it
    /// is certain.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func uniqueAssignment(of name: String, value: String, in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var tokenizer = DOTTokenizer(bytes)
        let name = Array(name.utf8), value = Array(value.utf8)
        var bracketDepth = 0
        var previous: [DOTTokenizer.Token] = []
        var pending: DOTTokenizer.Token?
        var found: [DOTTokenizer.Token] = []
        while let token = tokenizer.next() {
            if let candidate = pending {
                if token.kind != .punctuation(UInt8(ascii: "+")) { found.append(candidate) }
                pending = nil
            }
            switch token.kind {
            case .punctuation(UInt8(ascii: "[")): bracketDepth += 1
            case .punctuation(UInt8(ascii: "]")): bracketDepth = max(0, bracketDepth - 1)
            case .word, .quoted, .html:
                if bracketDepth > 0, previous.count == 2, previous[1].kind == .punctuation(UInt8(ascii: "=")),
                   [.word, .quoted].contains(previous[0].kind), tokenizer.text(of: previous[0]).elementsEqual(name), tokenizer.text(of: token).elementsEqual(value) {
                    pending = token
                }
            default: break
            }
            previous.append(token)
            if previous.count > 2 { previous.removeFirst() }
        }
        if let candidate = pending { found.append(candidate) }
        guard found.count == 1, let only = found.first else { return nil }
        return (only.line, only.column)
    }

    /// The place of the first name that starts with `%` and is not an attribute's value
    /// (after `=`): where a node that cgraph renamed was most likely written. nil when there
    /// is none.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func firstPercentName(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var tokenizer = DOTTokenizer(bytes)
        var previous: DOTTokenizer.Token?
        while let token = tokenizer.next() {
            if token.kind == .word || token.kind == .quoted || token.kind == .html, tokenizer.text(of: token).first == UInt8(ascii: "%"),
               previous?.kind != .punctuation(UInt8(ascii: "=")) {
                return (token.line, token.column)
            }
            previous = token
        }
        return nil
    }
}
