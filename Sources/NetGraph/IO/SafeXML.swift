import Foundation

/// The one XML policy of every XML reader (GraphML, GEXF): what is refused before the parser
/// sees the document, how it is parsed, and how nesting and long values are bounded.
///
/// - Before parsing: the file must be UTF-8 text and not empty; a `<!DOCTYPE` that declares
///   entities (`<!ENTITY`: the billion-laughs and external-file attacks), any other DTD
///   markup (`<!ATTLIST`, `<!NOTATION`, `<!ELEMENT`) or names an external DTD is refused, and
///   so is an empty processing instruction (``refuseBeforeParsing(_:file:format:limits:)``).
/// - Parsing (``parse(_:file:into:)``): ``XMLScanner``, netgraph's own XML parser, reads the
///   document straight into the reader's ``XMLEventHandler``, with no dictionary or string per
///   element unless the reader asks for it. It never resolves an entity beyond XML's five and
///   character references, reads no file, and does not process namespaces (a Gephi file's
///   `viz:color` is an element named so). Every malformed document is an error at its line
///   and column.
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

    /// Parses `bytes` with ``XMLScanner`` into `handler`, then throws what the handler
    /// recorded (its `failure`) or what is malformed, with its line and column.
    static func parse<Handler: XMLEventHandler>(_ bytes: [UInt8], file: String, into handler: Handler) throws(GraphInputError) {
        switch XMLScanner.scan(bytes, file: file, into: handler) {
        case .complete:
            return
        case .stopped(let failure):
            throw GraphInputError([failure])
        case .malformed(let reason, let location):
            throw GraphInputError("malformed XML: \(reason)", at: location)
        }
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
        // Neither format needs DTD declarations, and the parser applies none: an `<!ATTLIST`
        // default would silently change what a document says if it were skipped, so they are
        // refused, not ignored.
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

    /// Refuses a processing instruction with a target and no data (`<?x?>`, `<?x ?>`): XML
    /// allows one, but neither format has a use for it, and libxml2-based readers (Foundation's
    /// `XMLParser` on Linux) crash on it, so a file with one would not travel. A `<?` inside a
    /// comment or CDATA section is matched too, which can only refuse a document, never let one
    /// by.
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
