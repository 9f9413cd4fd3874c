import NetGraph

/// DOT text cut into tokens the way cgraph's scanner cuts it (Graphviz 2.42,
/// `lib/cgraph/scan.l`), so that netgraph can look at a file before cgraph does.
///
/// What matters is where cgraph's scanner changes state: `/*` opens a comment that the first
/// `*/` closes; `//` and `#` comment out the rest of the line; `"` opens a quoted string that
/// the next `"` not escaped by a backslash closes (`\"`, `\\` and a backslash before a line
/// feed are pairs); `<` opens an HTML string closed by the `>` that balances it. Names and
/// numbers (`[A-Za-z_\x80-\xff][A-Za-z_\x80-\xff0-9]*`, `-?(D+(.D*)?|.D+)`) and the edge
/// operators `->` and `--` are atoms; every other byte outside white space is a punctuation
/// token of its own.
///
/// Lines count line feeds; columns count Unicode scalars, as ``SourceLocation`` does.
///
/// - Complexity: O(n) over the whole text, O(1) extra space.
struct DOTTokenizer {
    /// The three constructs that span characters cgraph's scanner otherwise reads as tokens.
    enum Construct: Equatable {
        case quotedString, htmlString, comment
    }

    enum Kind: Equatable {
        /// A name or number (its bytes: ``DOTTokenizer/text(of:)``; a word keeps no copy, since
        /// allocating one per word was a cost of reading a large file).
        case word
        /// A quoted string: ``DOTTokenizer/text(of:)`` gives what cgraph keeps (`\"` becomes
        /// `"`, a backslash before a line feed and the line feed go; everything else stays as
        /// written).
        case quoted
        /// An HTML string: ``DOTTokenizer/text(of:)`` gives the text between the outer `<`
        /// and `>`.
        case html
        /// `->` or `--`.
        case edgeOperator
        /// One byte of punctuation: `{`, `}`, `[`, `]`, `=`, `;`, `,`, `:`, `+`, `@`…
        case punctuation(UInt8)
        /// A quoted string, HTML string or comment the text ends inside.
        case unterminated(Construct)
    }

    struct Token {
        var kind: Kind
        /// Byte offsets of the token in the text.
        var range: Range<Int>
        var line: Int
        var column: Int
        /// Where the tokenizer copied the value of a quoted string with an escape; nil for
        /// any other token (a quoted string without one, nearly all, is read where it lies in
        /// the text). A token holds no buffer of its own, so copying one costs no reference
        /// counting: a copy per string, and the counting, were costs of reading a large file.
        fileprivate var copied: Range<Int>?
    }

    private let bytes: [UInt8]
    /// The values of the quoted strings with an escape (see ``Token``), one after another: at
    /// most the text's length.
    private var copies: [UInt8] = []
    private var index = 0
    private var line = 1
    private var column = 1
    /// Set when a line starts with a `#` directive that makes cgraph renumber its lines
    /// (`# 12`, `#line 12 "name"`), after which the line numbers in cgraph's messages are
    /// not the file's.
    private(set) var sawLineDirective = false

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The byte offset the next token search starts from.
    var offset: Int { index }

    private func byte(at position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// The byte at `offset` in the text, or nil past its end.
    func byte(atOffset offset: Int) -> UInt8? { byte(at: offset) }

    /// A token's text: a word's bytes, or the value of a quoted or HTML string.
    func text(of token: Token) -> ArraySlice<UInt8> {
        if let copied = token.copied { return copies[copied] }
        switch token.kind {
        case .quoted, .html: return bytes[token.range.lowerBound + 1 ..< token.range.upperBound - 1]
        default: return bytes[token.range]
        }
    }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// A byte inside a quoted string that changes nothing but the column.
    private static func isPlainInString(_ byte: UInt8) -> Bool {
        byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "\n")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The next token, or nil at the end of the text. After an `unterminated` token the text
    /// is used up.
    mutating func next() -> Token? {
        while let current = byte(at: index) {
            let start = index, startLine = line, startColumn = column
            func token(_ kind: Kind, copiedFrom copyStart: Int? = nil) -> Token {
                Token(kind: kind, range: start..<index, line: startLine, column: startColumn,
                      copied: copyStart.map { $0..<copies.count })
            }
            switch current {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                advance()
            case UInt8(ascii: "/") where byte(at: index + 1) == UInt8(ascii: "/"):
                skipRestOfLine()
            case UInt8(ascii: "/") where byte(at: index + 1) == UInt8(ascii: "*"):
                advance(); advance()
                while true {
                    guard let inside = byte(at: index) else { return token(.unterminated(.comment)) }
                    if inside == UInt8(ascii: "*"), byte(at: index + 1) == UInt8(ascii: "/") {
                        advance(); advance()
                        break
                    }
                    advance()
                }
            case UInt8(ascii: "#"):
                if startColumn == 1 { noteLineDirective() }
                skipRestOfLine()
            case UInt8(ascii: "\""):
                advance()
                // Where the value starts in `copies`, from the string's first escape on.
                var copyStart: Int?
                while true {
                    guard let inside = byte(at: index) else { return token(.unterminated(.quotedString)) }
                    if inside == UInt8(ascii: "\"") {
                        advance()
                        return token(.quoted, copiedFrom: copyStart)
                    }
                    if inside == UInt8(ascii: "\\"), let escaped = byte(at: index + 1),
                       escaped == UInt8(ascii: "\"") || escaped == UInt8(ascii: "\\") || escaped == UInt8(ascii: "\n") {
                        if copyStart == nil {
                            copyStart = copies.count
                            copies.append(contentsOf: bytes[start + 1 ..< index])
                        }
                        advance(); advance()
                        if escaped == UInt8(ascii: "\"") { copies.append(escaped) }
                        if escaped == UInt8(ascii: "\\") { copies.append(inside); copies.append(escaped) }
                        continue
                    }
                    let run = index
                    advance()
                    // The run of plain bytes that follows is passed over at once: byte by byte,
                    // the strings of a large file were most of the tokenizer's time (perf).
                    while index < bytes.count, Self.isPlainInString(bytes[index]) {
                        if bytes[index] & 0xC0 != 0x80 { column += 1 }
                        index += 1
                    }
                    if copyStart != nil { copies.append(contentsOf: bytes[run..<index]) }
                }
            case UInt8(ascii: "<"):
                advance()
                var depth = 1
                while true {
                    guard let inside = byte(at: index) else { return token(.unterminated(.htmlString)) }
                    if inside == UInt8(ascii: ">") { depth -= 1 } else if inside == UInt8(ascii: "<") { depth += 1 }
                    advance()
                    if depth == 0 { return token(.html) }
                }
            case UInt8(ascii: "-") where byte(at: index + 1) == UInt8(ascii: ">") || byte(at: index + 1) == UInt8(ascii: "-"):
                advance(); advance()
                return token(.edgeOperator)
            default:
                if Self.isLetter(current) {
                    while let next = byte(at: index), Self.isLetter(next) || Self.isDigit(next) { advance() }
                    return token(.word)
                }
                if scanNumber() { return token(.word) }
                advance()
                return token(.punctuation(current))
            }
        }
        return nil
    }

    /// Consumes `-?(D+(.D*)?|.D+)` at the current position if it is there.
    private mutating func scanNumber() -> Bool {
        var probe = index
        if byte(at: probe) == UInt8(ascii: "-") { probe += 1 }
        let digitsStart = probe
        while let b = byte(at: probe), Self.isDigit(b) { probe += 1 }
        if probe > digitsStart {
            if byte(at: probe) == UInt8(ascii: ".") {
                probe += 1
                while let b = byte(at: probe), Self.isDigit(b) { probe += 1 }
            }
        } else {
            guard byte(at: probe) == UInt8(ascii: "."), let b = byte(at: probe + 1), Self.isDigit(b) else { return false }
            probe += 1
            while let b = byte(at: probe), Self.isDigit(b) { probe += 1 }
        }
        while index < probe { advance() }
        return true
    }

    private mutating func skipRestOfLine() {
        while let b = byte(at: index), b != UInt8(ascii: "\n") { advance() }
    }

    /// cgraph reads `#[line] N ["file"]` at the start of a line as a C preprocessor line
    /// mark and numbers the following lines from N.
    private mutating func noteLineDirective() {
        var probe = index + 1
        if bytes[probe..<min(probe + 4, bytes.count)].elementsEqual("line".utf8) { probe += 4 }
        while let b = byte(at: probe), b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") { probe += 1 }
        if let b = byte(at: probe), b == UInt8(ascii: "-") || b == UInt8(ascii: "+") { probe += 1 }
        if let b = byte(at: probe), Self.isDigit(b) { sawLineDirective = true }
    }
}
