import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The one XML policy of every XML reader (GraphML, GEXF): what is refused before a parser
/// sees the document, how it is parsed, and how nesting and long values are bounded.
///
/// - Before parsing: the file must be UTF-8 text and not empty; a `<!DOCTYPE` that declares
///   entities (`<!ENTITY`: the billion-laughs and external-file attacks), any other DTD
///   markup (`<!ATTLIST`, `<!NOTATION`, `<!ELEMENT`) or names an external DTD is refused, and
///   so is an empty processing instruction (``refuseBeforeParsing(_:file:format:limits:)``).
/// - Parsing, fast path (``scan(_:file:into:)``, GraphML and GEXF): ``XMLScanner``, netgraph's
///   own byte-level scanner, reads the well-formed subset of XML that GraphML and GEXF files
///   use (an XML declaration, comments, processing instructions, elements, attributes, text,
///   predefined entity and character references) straight into the reader's
///   ``XMLEventHandler``, with no dictionary or string per element unless the reader asks for
///   it. It accepts no DTD or CDATA, and declines anything outside its subset and every error.
/// - Parsing, XMLParser (``parse(_:file:handler:)``): a document the scanner declines, or one
///   the reader finds a problem in, is read again from the start by Foundation's `XMLParser`,
///   so every message and mark is `XMLParser`'s. `XMLParser` never
///   resolves external entities and does not process namespaces (a Gephi file's `viz:color`
///   is an element named so); a document over 10,000,000 bytes is fed as a stream. The
///   scanner never accepts a document `XMLParser` rejects, and the reader builds the same
///   graph from either (`XMLScannerTests` check both on every XML file in the repository and
///   on thousands of mutations).
/// - While parsing, each element passes ``ElementGuard``: no deeper than
///   ``ReadLimits/maxNestingDepth``, no attribute value longer than
///   ``ReadLimits/maxTextLength``.
///
/// Errors carry `FILE:LINE:COL`.
enum SafeXML {
    /// The checks made on the bytes before any parser sees them; returns the text.
    /// - Parameter format: the format's name for messages (`GraphML`, `GEXF`).
    /// - Throws: ``GraphInputError`` for a file too large, not UTF-8, empty, with refused
    ///   declarations or an empty processing instruction.
    /// - Complexity: O(size of the file).
    static func refuseBeforeParsing(_ bytes: [UInt8], file: String, format: String, limits: ReadLimits) throws(GraphInputError) {
        try limits.checkSize(of: bytes, file: file)
        try TextDecoding.validateUTF8(bytes, file: file)
        // An ASCII byte that is not a space starts a character that is not one, so only a file
        // without such a byte needs its characters looked at.
        let hasASCIIMark = bytes.withUnsafeBufferPointer { $0.contains { $0 < 0x80 && !($0 == 0x20 || (0x09...0x0D).contains($0)) } }
        if !hasASCIIMark, try TextDecoding.utf8(bytes, file: file).allSatisfy(\.isWhitespace) {
            throw GraphInputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        try refuseEmptyProcessingInstructions(bytes, file: file)
        try refuseDeclarations(bytes, file: file, format: format)
    }

    /// Reads `bytes` into `handler` on the fast path, ``XMLScanner``; returns whether the whole
    /// document was read and the handler did not fail. When not, what the handler holds
    /// counts for nothing: read the document again with a new handler through
    /// ``parse(_:file:handler:)``.
    static func scan<Handler: XMLEventHandler>(_ bytes: [UInt8], file: String, into handler: Handler) -> Bool {
        XMLScanner.scan(bytes, file: file, into: handler) == .complete
    }

    /// Parses `bytes` with Foundation's `XMLParser` into `handler`, then throws what the
    /// handler recorded (its `failure`) or what the parser reported.
    static func parse(_ bytes: [UInt8], file: String, handler: any XMLEventHandler) throws(GraphInputError) {
        let bridge = XMLParserBridge(handler: handler, file: file)
        try parse(bytes, file: file, delegate: bridge, failure: { handler.failure })
    }

    /// Parses `bytes` with `delegate`, then throws what the delegate recorded (`failure`) or
    /// what the parser reported.
    static func parse(_ bytes: [UInt8], file: String, delegate: XMLParserDelegate, failure: () -> Diagnostic?) throws(GraphInputError) {
        // libxml2 refuses a document of over 10,000,000 bytes handed to it whole (its "huge"
        // limit, which Foundation gives no way to lift); fed as a stream it reads any size,
        // with the same entity and depth guards. Smaller files keep the whole-document parse,
        // whose error codes and marks the messages are written for.
        let parser = bytes.count > 10_000_000
            ? XMLParser(stream: InputStream(data: Data(bytes)))
            : XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let parsed = parser.parse()
        if let failure = failure() { throw GraphInputError([failure]) }
        // libxml2 recovers from some errors (an unclosed element) and reports success, so the
        // recorded error counts as much as the return value.
        if !parsed || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? -1
            throw GraphInputError("malformed XML: \(explain(code))", at: location(of: parser, file: file))
        }
    }

    /// Where `parser` is, as a diagnostic names it.
    static func location(of parser: XMLParser, file: String) -> SourceLocation {
        SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    }

    /// The bounds every element is held to while parsing: its depth and the length of its
    /// attribute values.
    struct ElementGuard {
        let limits: ReadLimits
        private(set) var depth = 0

        init(limits: ReadLimits) { self.limits = limits }

        /// Enters an element; returns the problem, if any, with the limit it ran into.
        mutating func enter(_ attributes: some XMLAttributeSource) -> (message: String, limit: ReadLimits.Limit)? {
            depth += 1
            if depth > limits.maxNestingDepth {
                return ("the document nests deeper than \(limits.maxNestingDepth) levels", .nestingDepth)
            }
            let long = attributes.values(longerThan: limits.maxTextLength)
            if long.isEmpty { return nil }
            for (name, value) in long.sorted(by: { $0.name < $1.name }) {
                if let problem = limits.textLengthProblem("attribute '\(name.prefix(40))'", length: value.count) { return (problem, .textLength) }
            }
            return nil
        }

        mutating func enter(_ attributes: [String: String]) -> (message: String, limit: ReadLimits.Limit)? {
            enter(DictionaryAttributes(dictionary: attributes))
        }

        mutating func leave() { depth -= 1 }
    }

    /// Refuses `<!ENTITY` declarations and external DTDs in a `<!DOCTYPE` before any XML
    /// parser sees the document, so neither entity expansion nor a file or network read can
    /// happen.
    static func refuseDeclarations(_ bytes: [UInt8], file: String, format: String) throws(GraphInputError) {
        let doctype = Array("<!DOCTYPE".utf8)
        guard let start = find(doctype, in: bytes, from: 0) else { return }
        // An entity declaration can only sit in the DOCTYPE, but finding where that ends
        // means parsing quoted literals and comments (`"]>"` may hide in either); searching
        // the rest of the document instead cannot be fooled, at the price of refusing a
        // document with a DOCTYPE that merely mentions `<!ENTITY` in a comment.
        if let entity = find(Array("<!ENTITY".utf8), in: bytes, from: start) {
            throw GraphInputError("the document declares XML entities (<!ENTITY); netgraph refuses them, as they can expand without bound or read local files",
                                  at: TextDecoding.location(ofByte: entity, in: bytes, file: file))
        }
        // Neither format needs DTD declarations, and Foundation's XMLParser (Swift 6.3,
        // Linux) crashes on two of them: an `#IMPLIED` attribute's absent default and a
        // notation's absent public id reach `strlen` as null pointers. Found by the fuzzer.
        for keyword in ["<!ATTLIST", "<!NOTATION", "<!ELEMENT"] {
            if let declaration = find(Array(keyword.utf8), in: bytes, from: start) {
                throw GraphInputError("the document declares DTD markup (\(keyword)); \(format) needs none and netgraph refuses it",
                                      at: TextDecoding.location(ofByte: declaration, in: bytes, file: file))
            }
        }
        // The declaration ends at the first '>' outside its internal subset `[...]` and
        // outside quoted literals; only its part before the subset can name an external DTD.
        var depth = 0
        var quote: UInt8? = nil
        var end = start + doctype.count
        var subsetStart: Int? = nil
        while end < bytes.count {
            let byte = bytes[end]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                if subsetStart == nil { subsetStart = end }
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
            } else if byte == UInt8(ascii: ">") && depth <= 0 {
                break
            }
            end += 1
        }
        let external = Array(bytes[start..<min(subsetStart ?? end, bytes.count)])
        for word in ["SYSTEM", "PUBLIC"] where find(Array(word.utf8), in: external, from: 0) != nil {
            throw GraphInputError("the document names an external DTD (\(word)); netgraph does not load external files",
                                  at: TextDecoding.location(ofByte: start, in: bytes, file: file))
        }
    }

    /// Refuses a processing instruction with a target and no data (`<?x?>`, `<?x ?>`):
    /// libxml2 reports it with a null data pointer, which Foundation's XMLParser (Swift 6.3,
    /// Linux) passes to `strlen` and crashes on. Found by the fuzzer. A `<?` inside a comment
    /// or CDATA section is matched too, which can only refuse a document, never let one by.
    static func refuseEmptyProcessingInstructions(_ bytes: [UInt8], file: String) throws(GraphInputError) {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var start = 0
        while let open = find(Array("<?".utf8), in: bytes, from: start) {
            var index = open + 2
            while index < bytes.count && !isSpace(bytes[index]) && bytes[index] != UInt8(ascii: "?") { index += 1 }
            let target = index
            while index < bytes.count && isSpace(bytes[index]) { index += 1 }
            if index + 1 < bytes.count && bytes[index] == UInt8(ascii: "?") && bytes[index + 1] == UInt8(ascii: ">") {
                let name = String(decoding: bytes[(open + 2)..<target].prefix(40), as: UTF8.self)
                throw GraphInputError("the processing instruction '<?\(name)?>' is empty; netgraph refuses empty processing instructions",
                                      at: TextDecoding.location(ofByte: open, in: bytes, file: file))
            }
            start = open + 2
        }
    }

    /// Words for the libxml2 error codes a broken XML file most often produces.
    static func explain(_ code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document ends early (an element is not closed, or an end tag does not match)"
        case 23: return "an attribute value is not quoted"
        case 26: return "an undefined entity is used"
        case 38, 39, 40, 41: return "an attribute is malformed"
        case 64, 65: return "a name is missing or malformed"
        case 68, 73: return "a '>' is missing"
        case 76: return "an end tag does not match its start tag"
        default: return "parser error \(code)"
        }
    }

    /// The first place `needle` occurs in `haystack` at or after `from`. The checks scan
    /// whole documents (62 MB for a 100,000-node graph), so the search jumps from one
    /// occurrence of the needle's second byte to the next over the raw buffer: the needles
    /// start with '<', which every tag has, and go on with a rarer byte ('!', '?').
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        let anchor = needle.count > 1 ? 1 : 0
        let probe = needle[anchor]
        return haystack.withUnsafeBufferPointer { bytes -> Int? in
            var i = from + anchor
            let last = bytes.count - needle.count + anchor
            while i <= last {
                // memchr: the generic search over a slice was 7% of reading a 62 MB file (perf).
                guard let found = memchr(bytes.baseAddress! + i, Int32(probe), last - i + 1) else { return nil }
                let hit = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let start = hit - anchor
                if bytes[start..<start + needle.count].elementsEqual(needle) { return start }
                i = hit + 1
            }
            return nil
        }
    }
}
