import Foundation

/// netgraph's fast XML path: a byte-level scanner for the well-formed subset of XML that
/// GraphML and GEXF files use, driving an ``XMLEventHandler`` without Foundation's `XMLParser`.
///
/// `XMLParser` hands its delegate a new `[String: String]` per element and Strings for every
/// name and text, through Objective-C-style callbacks: on a 62 MB GraphML file that bridging,
/// not libxml2, was most of the reading time. The scanner reads the bytes in place: a start
/// tag's attributes are byte ranges (``ScannedAttributes``), a String is made only for a value
/// the handler asks for, and text only while the handler collects it.
///
/// What it takes on, checking well-formedness as it goes: an XML declaration at the very start
/// (version 1.0; encoding UTF-8, if given; standalone, if given), comments, processing
/// instructions (netgraph's GEXF header is one) whose target does not start with `xml` and has
/// no colon, one root element,
/// elements and attributes with ASCII names (quoted with `"` or `'`), namespace prefixes declared
/// on the root element, character data, the five predefined entity references and numeric
/// character references to characters XML allows, literal tabs and line feeds in attribute values
/// (read as spaces, as XML normalises them).
///
/// What it declines, leaving the document to `XMLParser`: anything else (a byte-order mark,
/// a carriage return, a DOCTYPE, CDATA, other processing instructions, non-ASCII or namespaced names it
/// cannot check, an `xml:` attribute, nesting deeper than 200 elements) and every error (a
/// mismatched or missing end tag, a repeated attribute, `<` in an attribute value, a bare `&`,
/// an undefined entity, a reference to a character XML forbids, a control character,
/// U+FFFE/U+FFFF, `]]>` or text outside the root, `--` in a comment, an attribute value or
/// comment over 1,000,000 bytes). A document it declines is read again by `XMLParser` from
/// the start, so every error message and mark stays as `XMLParser` gives it. It never accepts a document `XMLParser` rejects; the differential
/// tests (`XMLScannerTests`) hold the two paths to that and to the same graph.
///
/// The bytes must already be valid UTF-8 (``SafeXML/refuseBeforeParsing(_:file:format:limits:)``).
/// Locations are the end of an element's start tag, lines counted at line feeds and columns in
/// Unicode scalars; a reader that fails on this path falls back to `XMLParser`, so only that
/// path's locations reach a message.
///
/// - Complexity: O(size of the document).
struct XMLScanner {
    /// How a scan ended.
    enum Outcome: Equatable {
        /// The whole document was read and the handler did not fail.
        case complete
        /// The document is outside the subset, or not well-formed; nothing it told the
        /// handler counts.
        case declined
        /// The handler failed (its ``XMLEventHandler/failure``).
        case stopped
    }

    /// Nesting beyond which the scanner declines: libxml2 refuses documents deeper than 256
    /// elements unless told otherwise, so the scanner stays well inside that.
    static let deepestNesting = 200

    /// The longest attribute value or comment the scanner reads, in bytes: libxml2 refuses
    /// those over 10,000,000 bytes unless told otherwise, so the scanner stays well inside.
    static let longestValue = 1_000_000

    /// Scans `bytes` (valid UTF-8) into `handler`.
    static func scan<Handler: XMLEventHandler>(_ bytes: [UInt8], file: String, into handler: Handler) -> Outcome {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(buffer: buffer, file: file)
            do {
                try cursor.document(handler)
                return handler.failure == nil ? .complete : .stopped
            } catch Stop.declined {
                return .declined
            } catch {
                return .stopped
            }
        }
    }

    enum Stop: Error {
        case declined
        case handlerFailed
    }

    /// The scanning state over one buffer.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        var position = 0
        /// Open elements: the byte ranges of their names.
        var open: [Range<Int>] = []
        /// Their names as Strings, made once at the start tag and handed on again at the end.
        var openNames: [String] = []
        /// Attributes of the tag being read, reused from tag to tag.
        var spans: [ScannedAttributes.Span] = []
        /// Namespace prefixes the root element declares (`xmlns:p`), as byte arrays.
        var prefixes: [[UInt8]] = []
        /// Where line counting has got to: lines before `countedTo`, and where the last of
        /// them starts.
        var countedTo = 0
        var line = 1
        var lineStart = 0

        init(buffer: UnsafeBufferPointer<UInt8>, file: String) {
            self.bytes = buffer
            self.file = file
        }

        // MARK: Bytes

        @inline(__always) func byte(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

        @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }

        @inline(__always) static func isNameStart(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || byte == 0x3A
        }

        @inline(__always) static func isNameByte(_ byte: UInt8) -> Bool {
            isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
        }

        func hasPrefix(_ literal: StaticString, at index: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let text = literal.utf8Start
            for offset in 0..<count where bytes[index + offset] != text[offset] { return false }
            return true
        }

        /// Checks the byte at `index` inside text, a value or a comment: control characters
        /// other than tab and line feed, and U+FFFE and U+FFFF, are not XML characters; a
        /// carriage return is left to XMLParser, whose line-end handling the scanner does not
        /// copy.
        @inline(__always) func checkCharacter(at index: Int) throws(Stop) {
            let value = bytes[index]
            if value < 0x20 {
                if value != 0x0A && value != 0x09 { throw .declined }
            } else if value == 0xEF && byte(index + 1) == 0xBF && (byte(index + 2) == 0xBE || byte(index + 2) == 0xBF) {
                throw .declined
            }
        }

        mutating func skipSpaces() {
            while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
        }

        /// Where `offset` is: its line, and its column in Unicode scalars.
        mutating func location(at offset: Int) -> SourceLocation {
            while countedTo < offset {
                if bytes[countedTo] == 0x0A { line += 1; lineStart = countedTo + 1 }
                countedTo += 1
            }
            var column = 1
            for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
            return SourceLocation(file: file, line: line, column: column)
        }

        // MARK: Document

        mutating func document<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            if hasPrefix("<?xml", at: 0) { try declaration() }
            // Prolog: spaces and comments, then the root.
            while true {
                skipSpaces()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "<") else { throw .declined }
                if hasPrefix("<!--", at: position) { try comment(handler); continue }
                if hasPrefix("<?", at: position) { try processingInstruction(handler); continue }
                break
            }
            try element(handler, isRoot: true)
            while !open.isEmpty { try content(handler) }
            // Epilog: spaces and comments only.
            while true {
                skipSpaces()
                if position == bytes.count { return }
                if hasPrefix("<?", at: position) { try processingInstruction(handler); continue }
                guard hasPrefix("<!--", at: position) else { throw .declined }
                try comment(handler)
            }
        }

        /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, each part as XML allows
        /// it and nothing more.
        mutating func declaration() throws(Stop) {
            position = 5
            var parts: [(String, String)] = []
            while true {
                let before = position
                skipSpaces()
                if hasPrefix("?>", at: position) { position += 2; break }
                guard position > before else { throw .declined }
                let nameStart = position
                while position < bytes.count && Self.isNameByte(bytes[position]) { position += 1 }
                let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
                skipSpaces()
                guard byte(position) == UInt8(ascii: "=") else { throw .declined }
                position += 1
                skipSpaces()
                let quote = byte(position)
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw .declined }
                position += 1
                let valueStart = position
                while position < bytes.count && bytes[position] != quote {
                    guard bytes[position] < 0x80 && bytes[position] >= 0x20 else { throw .declined }
                    position += 1
                }
                guard position < bytes.count else { throw .declined }
                parts.append((name, String(decoding: bytes[valueStart..<position], as: UTF8.self)))
                position += 1
            }
            var expected = ["version", "encoding", "standalone"]
            guard parts.first?.0 == "version", parts.first?.1 == "1.0" else { throw .declined }
            for (name, value) in parts {
                guard let index = expected.firstIndex(of: name) else { throw .declined }
                expected.removeFirst(index + 1)
                switch name {
                case "encoding": guard value.lowercased() == "utf-8" else { throw .declined }
                case "standalone": guard value == "yes" || value == "no" else { throw .declined }
                default: break
                }
            }
        }

        /// `<!-- … -->` at `position`.
        mutating func comment<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            let start = position + 4
            var index = start
            while true {
                guard index + 2 < bytes.count else { throw .declined }
                if bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-") {
                    guard bytes[index + 2] == UInt8(ascii: ">") else { throw .declined }
                    break
                }
                try checkCharacter(at: index)
                index += 1
            }
            // `<!--->` ends with a comment whose text would end in '-'.
            guard index == start || bytes[index - 1] != UInt8(ascii: "-") else { throw .declined }
            guard index - start <= XMLScanner.longestValue else { throw .declined }
            handler.comment(String(decoding: bytes[start..<index], as: UTF8.self))
            position = index + 3
            if handler.failure != nil { throw .handlerFailed }
        }

        /// `<?target data?>` at `position` (not the XML declaration, which only the document's
        /// first bytes can hold). Declined: a target that starts with `xml` in any case (XML
        /// reserves those, and libxml2 errs or warns), a target with a colon (a namespace
        /// error), a target not followed by a space, an instruction without data (refused
        /// before parsing anyway), and data over 1,000,000 bytes. The data is what follows the
        /// spaces after the target, up to `?>`, as libxml2 hands it on.
        mutating func processingInstruction<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            position += 2
            let target = try name()
            let written = bytes[target]
            guard written.count < 3 || !written.prefix(3).map({ $0 | 0x20 }).elementsEqual("xml".utf8),
                  !written.contains(UInt8(ascii: ":")), Self.isSpace(byte(position)) else { throw .declined }
            skipSpaces()
            let dataStart = position
            while true {
                guard position + 1 < bytes.count else { throw .declined }
                if bytes[position] == UInt8(ascii: "?") && bytes[position + 1] == UInt8(ascii: ">") { break }
                try checkCharacter(at: position)
                position += 1
            }
            guard position > dataStart, position - dataStart <= XMLScanner.longestValue else { throw .declined }
            let data = String(decoding: bytes[dataStart..<position], as: UTF8.self)
            position += 2
            let end = position
            handler.processingInstruction(target: String(decoding: written, as: UTF8.self), data: data, at: { location(at: end) })
            if handler.failure != nil { throw .handlerFailed }
        }

        /// A Name at `position` (ASCII only); returns its range.
        mutating func name() throws(Stop) -> Range<Int> {
            let start = position
            guard position < bytes.count, Self.isNameStart(bytes[position]) else { throw .declined }
            position += 1
            while position < bytes.count && Self.isNameByte(bytes[position]) { position += 1 }
            // Names over libxml2's own limit are its to refuse.
            guard position - start <= 1_000 else { throw .declined }
            return start..<position
        }

        /// The prefix of a qualified name, checked: nil for a name without a colon; a name with
        /// an empty part or two colons is declined.
        func prefix(of range: Range<Int>) throws(Stop) -> Range<Int>? {
            // Plain loops over the buffer: the slice's generic `firstIndex(of:)` was a cost per
            // element and attribute of its own (callgrind).
            var colon = range.lowerBound
            while colon < range.upperBound && bytes[colon] != UInt8(ascii: ":") { colon += 1 }
            guard colon < range.upperBound else { return nil }
            guard colon > range.lowerBound, colon + 1 < range.upperBound else { throw .declined }
            for index in (colon + 1)..<range.upperBound where bytes[index] == UInt8(ascii: ":") { throw .declined }
            return range.lowerBound..<colon
        }

        /// Whether two ranges hold the same bytes (an end tag's name and its start tag's, two
        /// attributes' names): compared in place, where the slices' generic `elementsEqual`
        /// was a cost per end tag of its own (callgrind).
        func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard a.count == b.count else { return false }
            guard let base = bytes.baseAddress, !a.isEmpty else { return true }
            return memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
        }

        /// A start tag at `position` (which holds '<'), its attributes, and for an
        /// empty-element tag its end.
        mutating func element<Handler: XMLEventHandler>(_ handler: Handler, isRoot: Bool = false) throws(Stop) {
            position += 1
            let elementName = try name()
            // One by one: `removeAll(keepingCapacity:)` goes through a generic range
            // replacement, a cost per element; a tag has a handful of attributes.
            while !spans.isEmpty { spans.removeLast() }
            var empty = false
            while true {
                let before = position
                skipSpaces()
                let next = byte(position)
                if next == UInt8(ascii: ">") { position += 1; break }
                if next == UInt8(ascii: "/") {
                    guard byte(position + 1) == UInt8(ascii: ">") else { throw .declined }
                    position += 2
                    empty = true
                    break
                }
                // Attributes are separated from the name and from each other by spaces.
                guard position > before else { throw .declined }
                try attribute()
            }
            try checkNames(elementName, isRoot: isRoot)
            guard open.count < XMLScanner.deepestNesting else { throw .declined }
            let name = String(decoding: bytes[elementName], as: UTF8.self)
            let end = position
            handler.startElement(name, attributes: ScannedAttributes(bytes: bytes, spans: spans),
                                 at: { location(at: end) })
            if handler.failure != nil { throw .handlerFailed }
            if empty {
                handler.endElement(name)
                if handler.failure != nil { throw .handlerFailed }
            } else {
                open.append(elementName)
                openNames.append(name)
            }
        }

        /// One `name = "value"` at `position`, recorded in `spans`.
        mutating func attribute() throws(Stop) {
            let attributeName = try name()
            skipSpaces()
            guard byte(position) == UInt8(ascii: "=") else { throw .declined }
            position += 1
            skipSpaces()
            let quote = byte(position)
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw .declined }
            position += 1
            let valueStart = position
            var plain = true
            while true {
                guard position < bytes.count else { throw .declined }
                let value = bytes[position]
                if value == quote { break }
                if value == UInt8(ascii: "<") { throw .declined }
                if value == UInt8(ascii: "&") {
                    position = try reference(at: position).end
                    plain = false
                    continue
                }
                if value < 0x20 { plain = false }
                try checkCharacter(at: position)
                position += 1
            }
            // libxml2 refuses attribute values over 10,000,000 bytes unless told otherwise.
            guard position - valueStart <= XMLScanner.longestValue else { throw .declined }
            spans.append(ScannedAttributes.Span(name: attributeName, value: valueStart..<position, plain: plain))
            position += 1
            let after = byte(position)
            guard Self.isSpace(after) || after == UInt8(ascii: ">") || after == UInt8(ascii: "/") else { throw .declined }
        }

        /// Unique attributes, and the namespace rules the scanner can check: prefixes only as
        /// the root declares them, no `xml` prefix, no two prefixed attributes with one local
        /// name (they could name one attribute through two prefixes).
        mutating func checkNames(_ elementName: Range<Int>, isRoot: Bool) throws(Stop) {
            for (index, span) in spans.enumerated() {
                for other in spans[(index + 1)...] where equal(span.name, other.name) { throw .declined }
            }
            if isRoot {
                for span in spans {
                    let name = bytes[span.name]
                    let isDefault = name.elementsEqual("xmlns".utf8)
                    let isPrefixed = name.starts(with: "xmlns:".utf8)
                    guard isDefault || isPrefixed else { continue }
                    try checkNamespaceName(span.value, plain: span.plain)
                    if isPrefixed {
                        let declared = Array(bytes[(span.name.lowerBound + 6)..<span.name.upperBound])
                        guard !declared.isEmpty, !declared.contains(UInt8(ascii: ":")),
                              !declared.prefix(3).map({ $0 | 0x20 }).elementsEqual("xml".utf8) else { throw .declined }
                        prefixes.append(declared)
                    }
                }
            }
            func isDeclared(_ prefix: Range<Int>) -> Bool { prefixes.contains { $0.elementsEqual(bytes[prefix]) } }
            if let prefix = try prefix(of: elementName), !isDeclared(prefix) { throw .declined }
            for (index, span) in spans.enumerated() {
                guard let prefix = try prefix(of: span.name) else { continue }
                let isDeclaration = bytes[prefix].elementsEqual("xmlns".utf8)
                if isDeclaration && !isRoot { throw .declined }
                if !isDeclaration && !isDeclared(prefix) { throw .declined }
                let local = (prefix.upperBound + 1)..<span.name.upperBound
                for other in spans[(index + 1)...] {
                    guard let otherPrefix = try self.prefix(of: other.name) else { continue }
                    if equal(local, (otherPrefix.upperBound + 1)..<other.name.upperBound) { throw .declined }
                }
            }
            if !isRoot {
                for span in spans where span.name.count == 5 && bytes[span.name].elementsEqual("xmlns".utf8) { throw .declined }
            }
        }

        /// A namespace name the scanner passes on: an absolute URI of plain characters
        /// (`http://graphml.graphdrawing.org/xmlns`), not one of XML's reserved names;
        /// libxml2 warns of any other, and a warning fails XMLParser.
        func checkNamespaceName(_ range: Range<Int>, plain: Bool) throws(Stop) {
            guard plain, let first = range.first, Self.isNameStart(bytes[first]), bytes[first] != UInt8(ascii: ":"),
                  bytes[first] != UInt8(ascii: "_") else { throw .declined }
            var index = first
            while index < range.upperBound, bytes[index] != UInt8(ascii: ":") {
                let value = bytes[index]
                let schemeByte = (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39)
                    || value == UInt8(ascii: "+") || value == UInt8(ascii: "-") || value == UInt8(ascii: ".")
                guard schemeByte else { throw .declined }
                index += 1
            }
            guard index < range.upperBound else { throw .declined }
            let allowed = Array("-._~:/?#@!$()*+,;=".utf8)
            for value in bytes[range] {
                let plainByte = (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39) || allowed.contains(value)
                guard plainByte else { throw .declined }
            }
            let text = String(decoding: bytes[range], as: UTF8.self)
            guard !text.contains("w3.org/2000/xmlns"), !text.contains("w3.org/XML/1998/namespace") else { throw .declined }
        }

        /// What follows a start tag up to and including the next tag: text, a comment, an end
        /// tag, or a child element.
        mutating func content<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            let start = position
            var plain = true
            while position < bytes.count {
                let value = bytes[position]
                if value == UInt8(ascii: "<") { break }
                if value == UInt8(ascii: "&") {
                    position = try reference(at: position).end
                    plain = false
                    continue
                }
                if value == UInt8(ascii: "]") && byte(position + 1) == UInt8(ascii: "]") && byte(position + 2) == UInt8(ascii: ">") {
                    throw .declined
                }
                try checkCharacter(at: position)
                position += 1
            }
            guard position < bytes.count else { throw .declined }
            if position > start && handler.collectsText {
                let text = plain ? String(decoding: bytes[start..<position], as: UTF8.self) : decodeText(start..<position, attribute: false)
                let end = position
                handler.characters(text, at: { location(at: end) })
                if handler.failure != nil { throw .handlerFailed }
            }
            // `position` holds '<'.
            switch byte(position + 1) {
            case UInt8(ascii: "/"):
                position += 2
                let closing = try name()
                skipSpaces()
                guard byte(position) == UInt8(ascii: ">"), let opened = open.popLast(), equal(opened, closing) else { throw .declined }
                position += 1
                handler.endElement(openNames.removeLast())
                if handler.failure != nil { throw .handlerFailed }
            case UInt8(ascii: "!"):
                guard hasPrefix("<!--", at: position) else { throw .declined }
                try comment(handler)
            case UInt8(ascii: "?"):
                try processingInstruction(handler)
            default:
                try element(handler)
            }
        }

        /// The reference (`&amp;`, `&#10;`, `&#x41;`) at `index`: the scalar it stands for and
        /// the index after its ';'. Declines undefined entities and characters XML forbids.
        func reference(at index: Int) throws(Stop) -> (scalar: Unicode.Scalar, end: Int) {
            var cursor = index + 1
            if byte(cursor) == UInt8(ascii: "#") {
                cursor += 1
                let hex = byte(cursor) == UInt8(ascii: "x")
                if hex { cursor += 1 }
                var value: UInt32 = 0
                let digitsStart = cursor
                while true {
                    let digit = byte(cursor)
                    var amount: UInt32
                    switch digit {
                    case 0x30...0x39: amount = UInt32(digit - 0x30)
                    case 0x61...0x66 where hex: amount = UInt32(digit - 0x61 + 10)
                    case 0x41...0x46 where hex: amount = UInt32(digit - 0x41 + 10)
                    default: amount = 99
                    }
                    if amount == 99 { break }
                    value = value * (hex ? 16 : 10) + amount
                    guard value <= 0x10FFFF else { throw .declined }
                    cursor += 1
                }
                guard cursor > digitsStart, byte(cursor) == UInt8(ascii: ";") else { throw .declined }
                let allowed = value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value <= 0xD7FF)
                    || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF)
                guard allowed, let scalar = Unicode.Scalar(value) else { throw .declined }
                return (scalar, cursor + 1)
            }
            let names: [(StaticString, Unicode.Scalar)] = [("lt;", "<"), ("gt;", ">"), ("amp;", "&"), ("apos;", "'"), ("quot;", "\"")]
            for (name, scalar) in names where hasPrefix(name, at: cursor) {
                return (scalar, cursor + name.utf8CodeUnitCount)
            }
            throw .declined
        }

        /// The text or attribute value in `range` (already checked) with references replaced;
        /// in an attribute value a literal tab or line feed is a space.
        func decodeText(_ range: Range<Int>, attribute: Bool) -> String {
            XMLScanner.decode(bytes, range, attribute: attribute)
        }
    }

    /// See ``Cursor/decodeText(_:attribute:)``; the range was checked when scanned.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, attribute: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        let cursor = Cursor(buffer: bytes, file: "")
        var index = range.lowerBound
        while index < range.upperBound {
            let value = bytes[index]
            if value == UInt8(ascii: "&"), let reference = try? cursor.reference(at: index) {
                out.append(contentsOf: UTF8.encode(reference.scalar)!)
                index = reference.end
                continue
            }
            out.append(attribute && (value == 0x09 || value == 0x0A) ? 0x20 : value)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The attributes of a start tag as the scanner found them: byte ranges into the document,
/// made into Strings only when asked for.
struct ScannedAttributes: XMLAttributeSource {
    struct Span {
        var name: Range<Int>
        var value: Range<Int>
        /// No reference and no tab or line feed: the value is its bytes as they stand.
        var plain: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let spans: [Span]

    func value(of span: Span) -> String {
        span.plain ? String(decoding: bytes[span.value], as: UTF8.self) : XMLScanner.decode(bytes, span.value, attribute: true)
    }

    subscript(name: StaticString) -> String? {
        name.withUTF8Buffer { wanted -> String? in
            guard let first = wanted.first else { return nil }
            return spans.withUnsafeBufferPointer { spans -> String? in
                for span in spans where span.name.count == wanted.count && bytes[span.name.lowerBound] == first {
                    if memoryEqual(bytes, span.name.lowerBound, wanted) { return value(of: span) }
                }
                return nil
            }
        }
    }

    private func memoryEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<wanted.count where bytes[start + offset] != wanted[offset] { return false }
        return true
    }

    var all: [(name: String, value: String)] {
        spans.map { (String(decoding: bytes[$0.name], as: UTF8.self), value(of: $0)) }
    }

    func values(longerThan limit: Int) -> [(name: String, value: String)] {
        // A value's UTF-8 length can only shrink when references are replaced.
        guard spans.contains(where: { $0.value.count > limit }) else { return [] }
        return spans.compactMap { span in
            guard span.value.count > limit else { return nil }
            let text = value(of: span)
            guard text.utf8.count > limit else { return nil }
            return (String(decoding: bytes[span.name], as: UTF8.self), text)
        }
    }
}
