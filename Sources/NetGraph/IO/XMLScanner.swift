import Foundation

/// netgraph's XML parser: a byte-level, non-validating reader of XML 1.0 in UTF-8 that drives
/// an ``XMLEventHandler``, for GraphML and GEXF.
///
/// It reads the bytes in place: a start tag's attributes are byte ranges
/// (``ScannedAttributes``), a String is made only for a value the handler asks for, and text
/// only while the handler collects it. (Foundation's `XMLParser` handed its delegate a new
/// `[String: String]` per element and Strings for every name and text; on a 62 MB GraphML file
/// that bridging, not libxml2, was most of the reading time. It also made every `netgraph`
/// process load libxml2 and ICU, about a millisecond of each start-up.)
///
/// What it reads, checking well-formedness as it goes:
/// - a UTF-8 byte-order mark; an XML declaration at the very start (version 1.0; an encoding,
///   if given, that the bytes agree with: see ``Cursor/checkEncoding(_:at:)``; standalone, if
///   given);
/// - a DOCTYPE naming the root, whose internal subset, if any, holds only comments and
///   processing instructions (entity and other declarations, and external DTDs, are refused
///   before parsing: ``SafeXML/refuseBeforeParsing(_:file:format:limits:)``);
/// - comments; processing instructions whose target neither starts with `xml` nor has a colon;
///   one root element; elements and attributes with XML names, Unicode included; CDATA
///   sections; character data; the five predefined entity references and numeric character
///   references to characters XML allows;
/// - line ends as XML normalises them (CR LF and a lone CR read as LF), and in attribute values
///   literal tabs and line ends read as spaces;
/// - namespace prefixes as Namespaces in XML 1.0 scopes them: a prefix must be declared on the
///   element or an ancestor (`xml` always is), with an absolute URI as its name. Namespaces
///   are not otherwise processed: `viz:color` is an element named so.
///
/// Every error stops the parse with a message and the line and column of the byte at fault (a
/// document that ends early: its end): a mismatched or missing end tag, a repeated attribute,
/// `<` in an attribute value, a bare `&`, an undefined entity, a reference to a character XML
/// forbids, a control character, U+FFFE or U+FFFF, `]]>` in text, text or a second element
/// outside the root, `--` in a comment, an undeclared prefix, a declared encoding the bytes
/// do not agree with.
/// The differential tests (`XMLScannerTests`) hold it to Foundation's `XMLParser`: on every XML
/// file in the repository and on thousands of mutations of them, the two accept the same
/// documents, with the same events. Three differences are netgraph's on purpose: line ends in
/// CDATA are normalised as XML says (libxml2 passes CR LF on), a declared encoding follows
/// ``Cursor/checkEncoding(_:at:)``, and a document without a root element is refused (where
/// `XMLParser` reports no error).
///
/// The bytes must already be valid UTF-8 (``SafeXML/refuseBeforeParsing(_:file:format:limits:)``).
/// Locations handed to the handler are where an element's start tag closes (its `>` or `/>`),
/// or the end of a text; lines are counted at line ends and columns in Unicode scalars.
///
/// - Complexity: O(size of the document).
struct XMLScanner {
    /// How a scan ended.
    enum Outcome: Equatable {
        /// The whole document was read and the handler did not fail.
        case complete
        /// The handler failed, with this problem (its ``XMLEventHandler/failure``).
        case stopped(Diagnostic)
        /// The document is not well-formed XML, or is outside what netgraph reads.
        case malformed(String, at: SourceLocation)
    }

    /// Scans `bytes` (valid UTF-8) into `handler`.
    static func scan<Handler: XMLEventHandler>(_ bytes: [UInt8], file: String, into handler: Handler) -> Outcome {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(buffer: buffer, file: file)
            do throws(Stop) {
                try cursor.document(handler)
            } catch {
                if case .malformed(let reason, let offset) = error {
                    // Whatever was being read, input that stops short of it ends early.
                    return .malformed(offset >= buffer.count ? XMLScanner.endsEarly : reason, at: cursor.location(at: offset))
                }
            }
            if let failure = handler.failure { return .stopped(failure) }
            return .complete
        }
    }

    enum Stop: Error {
        /// What is wrong, and the byte offset it is found at.
        case malformed(String, Int)
        case handlerFailed
    }

    /// The namespace the `xml` prefix is bound to.
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The words for a document that ends inside an element.
    static let endsEarly = "the document ends early (an element is not closed, or an end tag does not match)"

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
        /// Namespace prefixes in scope (`xmlns:p` on an open element), as byte arrays, and how
        /// many each open element declared.
        var prefixes: [[UInt8]] = []
        var declaredByOpen: [Int] = []
        /// Whether the name read last has a colon; whether the tag being read has a name with
        /// one, or declares a namespace. Most tags have neither, and skip the namespace rules.
        var nameHasColon = false
        var tagHasColon = false
        var tagDeclaresNamespace = false
        /// Where line and column counting has got to: the line and column of byte `countedTo`,
        /// and where its line starts.
        var countedTo = 0
        var line = 1
        var column = 1
        var lineStart = 0

        init(buffer: UnsafeBufferPointer<UInt8>, file: String) {
            self.bytes = buffer
            self.file = file
        }

        // MARK: Bytes

        @inline(__always) func byte(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

        /// Space, tab, line feed and carriage return, as one test of a bit mask.
        @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
            byte <= 0x20 && (UInt64(0x1_0000_2600) >> UInt64(byte)) & 1 != 0
        }

        func hasPrefix(_ literal: StaticString, at index: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let text = literal.utf8Start
            for offset in 0..<count where bytes[index + offset] != text[offset] { return false }
            return true
        }

        /// The scalar whose UTF-8 starts at `index` (valid UTF-8), and its length in bytes.
        func scalar(at index: Int) -> (value: UInt32, length: Int) {
            let lead = bytes[index]
            if lead < 0x80 { return (UInt32(lead), 1) }
            func next(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
            if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | next(1), 2) }
            if lead < 0xF0 { return (UInt32(lead & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
            return (UInt32(lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
        }

        /// Checks the byte at `index` inside text, a value or a comment: control characters
        /// other than tab, line feed and carriage return, and U+FFFE and U+FFFF, are not XML
        /// characters.
        @inline(__always) func checkCharacter(at index: Int) throws(Stop) {
            let value = bytes[index]
            if value < 0x20 {
                if value != 0x0A && value != 0x09 && value != 0x0D {
                    throw .malformed("the control character U+\(codePoint(UInt32(value))) is not allowed in XML", index)
                }
            } else if value == 0xEF && byte(index + 1) == 0xBF && (byte(index + 2) == 0xBE || byte(index + 2) == 0xBF) {
                throw .malformed("U+\(byte(index + 2) == 0xBE ? "FFFE" : "FFFF") is not a character XML allows", index)
            }
        }

        @inline(__always) mutating func skipSpaces() {
            while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
        }

        /// Where `offset` is: its line, and its column in Unicode scalars. A carriage return
        /// ends a line as a line feed does, and a CR LF pair ends one line. Counting goes on
        /// from where it stopped, so locations asked for in document order cost O(document)
        /// together, even on a document written on one line.
        mutating func location(at offset: Int) -> SourceLocation {
            if offset < countedTo {
                // Asked for a place already passed: count its line again from its start.
                countedTo = lineStart
                column = 1
                if offset < lineStart { countedTo = 0; line = 1; lineStart = 0 }
            }
            if countedTo == 0 && hasPrefix("\u{FEFF}", at: 0) {
                // The byte-order mark is not a character of the text.
                countedTo = 3
                lineStart = 3
            }
            while countedTo < offset {
                let value = bytes[countedTo]
                countedTo += 1
                if value == 0x0A || (value == 0x0D && byte(countedTo) != 0x0A) {
                    line += 1
                    column = 1
                    lineStart = countedTo
                } else if value & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return SourceLocation(file: file, line: line, column: column)
        }

        // MARK: Document

        mutating func document<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            if hasPrefix("\u{FEFF}", at: 0) { position = 3 }
            if hasPrefix("<?xml", at: position) && Self.isSpace(byte(position + 5)) { try declaration() }
            // Prolog: spaces, comments, processing instructions and one DOCTYPE, then the root.
            var sawDoctype = false
            while true {
                skipSpaces()
                guard position < bytes.count else { throw .malformed("the document has no root element", position) }
                guard bytes[position] == UInt8(ascii: "<") else { throw .malformed("text before the root element", position) }
                if hasPrefix("<!--", at: position) { try comment(handler); continue }
                if hasPrefix("<?", at: position) { try processingInstruction(handler); continue }
                if hasPrefix("<!DOCTYPE", at: position) {
                    guard !sawDoctype else { throw .malformed("a second DOCTYPE", position) }
                    sawDoctype = true
                    try doctype(handler)
                    continue
                }
                break
            }
            try element(handler)
            while !open.isEmpty { try content(handler) }
            // Epilog: spaces, comments and processing instructions only.
            while true {
                skipSpaces()
                if position == bytes.count { return }
                if hasPrefix("<?", at: position) { try processingInstruction(handler); continue }
                if hasPrefix("<!--", at: position) { try comment(handler); continue }
                throw .malformed("content after the root element (a document has one root)", position)
            }
        }

        /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, each part as XML allows
        /// it and nothing more.
        mutating func declaration() throws(Stop) {
            let start = position
            position += 5
            var parts: [(name: String, value: String, at: Int)] = []
            while true {
                let before = position
                skipSpaces()
                if hasPrefix("?>", at: position) { position += 2; break }
                guard position > before else { throw .malformed("the XML declaration is malformed", position) }
                let nameStart = position
                while position < bytes.count && Self.isNameByte(bytes[position]) { position += 1 }
                let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
                skipSpaces()
                guard byte(position) == UInt8(ascii: "=") else { throw .malformed("the XML declaration is malformed", position) }
                position += 1
                skipSpaces()
                let quote = byte(position)
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                    throw .malformed("the XML declaration is malformed", position)
                }
                position += 1
                let valueStart = position
                while position < bytes.count && bytes[position] != quote {
                    guard bytes[position] < 0x80 && bytes[position] >= 0x20 else {
                        throw .malformed("the XML declaration is malformed", position)
                    }
                    position += 1
                }
                guard position < bytes.count else { throw .malformed("the XML declaration is not closed", start) }
                parts.append((name, String(decoding: bytes[valueStart..<position], as: UTF8.self), nameStart))
                position += 1
            }
            guard let version = parts.first, version.name == "version" else {
                throw .malformed("the XML declaration does not start with its version", start)
            }
            guard version.value == "1.0" else {
                throw .malformed("XML version '\(version.value.prefix(20))' is not read; netgraph reads XML 1.0", version.at)
            }
            var expected = ["version", "encoding", "standalone"]
            for part in parts {
                guard let index = expected.firstIndex(of: part.name) else {
                    throw .malformed("the XML declaration is malformed ('\(part.name.prefix(20))' is out of place or unknown)", part.at)
                }
                expected.removeFirst(index + 1)
                switch part.name {
                case "encoding":
                    try checkEncoding(part.value, at: part.at)
                case "standalone":
                    guard part.value == "yes" || part.value == "no" else {
                        throw .malformed("standalone must be 'yes' or 'no'", part.at)
                    }
                default: break
                }
            }
        }

        /// A declared encoding, held to the bytes: UTF-8 in any spelling; another name only for a
        /// document all in ASCII, which reads the same in the ASCII-based encodings (for one with
        /// other bytes the name and the bytes disagree, and the document is refused rather than
        /// read in a way its author did not mean); never a UTF-16 or UTF-32 name. libxml2 decodes
        /// by the name instead, and refuses names it does not know; this is netgraph's own
        /// policy, and the differential tests leave it out.
        func checkEncoding(_ name: String, at offset: Int) throws(Stop) {
            // EncName: a letter, then letters, digits, '.', '_' and '-'.
            let grammatical = name.utf8.enumerated().allSatisfy { index, value in
                let letter = value | 0x20 >= 0x61 && value | 0x20 <= 0x7A
                return letter || (index > 0 && ((value >= 0x30 && value <= 0x39) || value == 0x2E || value == 0x5F || value == 0x2D))
            }
            guard grammatical, !name.isEmpty else { throw .malformed("the encoding name '\(name.prefix(40))' is malformed", offset) }
            let folded = name.lowercased()
            if folded == "utf-8" || folded == "utf8" { return }
            if folded.hasPrefix("utf-16") || folded.hasPrefix("utf-32") || folded.hasPrefix("ucs") || folded.hasPrefix("utf16") || folded.hasPrefix("utf32") {
                throw .malformed("the document declares the encoding '\(name.prefix(40))', but its bytes are UTF-8", offset)
            }
            if let wide = bytes.firstIndex(where: { $0 >= 0x80 }) {
                throw .malformed("the document declares the encoding '\(name.prefix(40))' and holds characters beyond ASCII (the first at \(lineAndColumn(of: wide))); netgraph reads XML in UTF-8", offset)
            }
        }

        /// `line:column` of `offset`, for a message that names a second place.
        func lineAndColumn(of offset: Int) -> String {
            var copy = self
            copy.countedTo = 0
            copy.line = 1
            copy.column = 1
            copy.lineStart = 0
            let place = copy.location(at: offset)
            return "\(place.line):\(place.column)"
        }

        /// `<!DOCTYPE root>` or `<!DOCTYPE root [ … ]>` at `position`, its internal subset
        /// holding spaces, comments and processing instructions only (declarations and external
        /// DTDs were refused before parsing), which reach the handler as `XMLParser` passes
        /// them on.
        mutating func doctype<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            let start = position
            position += 9
            guard Self.isSpace(byte(position)) else { throw .malformed("the DOCTYPE is malformed", position) }
            skipSpaces()
            _ = try name()
            skipSpaces()
            if byte(position) == UInt8(ascii: "[") {
                position += 1
                while true {
                    skipSpaces()
                    guard position < bytes.count else { throw .malformed("the DOCTYPE is not closed", start) }
                    if bytes[position] == UInt8(ascii: "]") { position += 1; break }
                    if hasPrefix("<!--", at: position) { try comment(handler); continue }
                    if hasPrefix("<?", at: position) { try processingInstruction(handler); continue }
                    throw .malformed("the DOCTYPE holds declarations; GraphML and GEXF need none and netgraph reads none", position)
                }
                skipSpaces()
            }
            guard byte(position) == UInt8(ascii: ">") else { throw .malformed("the DOCTYPE is malformed (a '>' is missing)", position) }
            position += 1
        }

        /// The text of a comment, processing instruction or CDATA section from `start` up to
        /// the first `terminator`, each character checked: where the terminator starts, and
        /// whether the text is its bytes as they stand (no carriage return to normalise).
        func delimitedText(from start: Int, until terminator: StaticString, unclosed: String, openedAt opening: Int) throws(Stop) -> (end: Int, plain: Bool) {
            var index = start
            var plain = true
            let first = terminator.utf8Start[0]
            while true {
                guard index < bytes.count else { throw .malformed(unclosed, opening) }
                let value = bytes[index]
                if value == first && hasPrefix(terminator, at: index) { return (index, plain) }
                if value == 0x0D { plain = false }
                try checkCharacter(at: index)
                index += 1
            }
        }

        /// `<!-- … -->` at `position`.
        mutating func comment<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            let start = position + 4
            let (index, plain) = try delimitedText(from: start, until: "--", unclosed: "a comment is not closed", openedAt: position)
            guard byte(index + 2) == UInt8(ascii: ">") else {
                throw .malformed(index + 2 < bytes.count ? "'--' inside a comment" : "a comment is not closed", index + 2 < bytes.count ? index : position)
            }
            // `<!--->` ends with a comment whose text would end in '-'.
            guard index == start || bytes[index - 1] != UInt8(ascii: "-") else { throw .malformed("a comment ends with '--->'", index - 1) }
            handler.comment(literalText(start..<index, plain: plain))
            position = index + 3
            if handler.failure != nil { throw .handlerFailed }
        }

        /// `<?target data?>` at `position` (not the XML declaration, which only the document's
        /// first bytes can hold). Refused: a target that starts with `xml` in any case (XML
        /// reserves those) other than the W3C's `xml-stylesheet` and `xml-model`, a target with a colon (a namespace error), a target not followed by
        /// a space, and an instruction without data (refused before parsing anyway). The data
        /// is what follows the spaces after the target, up to `?>`, line ends normalised.
        mutating func processingInstruction<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            let start = position
            position += 2
            let target = try name()
            let written = bytes[target]
            if written.count >= 3 && written.prefix(3).map({ $0 | 0x20 }).elementsEqual("xml".utf8)
                && !written.elementsEqual("xml-stylesheet".utf8) && !written.elementsEqual("xml-model".utf8) {
                throw .malformed(written.count == 3
                    ? "an XML declaration is only allowed at the very start of the document"
                    : "processing instructions whose name starts with 'xml' are reserved", start)
            }
            guard !written.contains(UInt8(ascii: ":")) else { throw .malformed("a processing instruction's name has a colon", target.lowerBound) }
            guard Self.isSpace(byte(position)) else { throw .malformed("a processing instruction's name must be followed by a space", position) }
            skipSpaces()
            let dataStart = position
            let plain: Bool
            (position, plain) = try delimitedText(from: dataStart, until: "?>", unclosed: "a processing instruction is not closed", openedAt: start)
            guard position > dataStart else { throw .malformed("the processing instruction is empty", start) }
            let data = literalText(dataStart..<position, plain: plain)
            position += 2
            let end = position
            handler.processingInstruction(target: String(decoding: written, as: UTF8.self), data: data, at: { location(at: end) })
            if handler.failure != nil { throw .handlerFailed }
        }

        // MARK: Names

        /// ASCII name characters as bit masks over bytes 0–63 and 64–127 (`:` `A`–`Z` `_`
        /// `a`–`z`, and for NameChar also `-` `.` `0`–`9`): one shift and test per byte of
        /// every name. Literals, so no global is read on the way.
        @inline(__always) static func isNameStart(_ byte: UInt8) -> Bool {
            byte < 64 ? (UInt64(0x0400_0000_0000_0000) >> UInt64(byte)) & 1 != 0
                : byte < 128 && (UInt64(0x07FF_FFFE_87FF_FFFE) >> UInt64(byte &- 64)) & 1 != 0
        }

        @inline(__always) static func isNameByteOtherThanColon(_ byte: UInt8) -> Bool {
            byte < 64 ? (UInt64(0x03FF_6000_0000_0000) >> UInt64(byte)) & 1 != 0
                : byte < 128 && (UInt64(0x07FF_FFFE_87FF_FFFE) >> UInt64(byte &- 64)) & 1 != 0
        }

        @inline(__always) static func isNameByte(_ byte: UInt8) -> Bool {
            byte < 64 ? (UInt64(0x07FF_6000_0000_0000) >> UInt64(byte)) & 1 != 0
                : byte < 128 && (UInt64(0x07FF_FFFE_87FF_FFFE) >> UInt64(byte &- 64)) & 1 != 0
        }

        /// XML 1.0's NameStartChar beyond ASCII (Fifth Edition, production [4]).
        static func isNameStart(scalar value: UInt32) -> Bool {
            switch value {
            case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
                 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
                return true
            default:
                return false
            }
        }

        /// XML 1.0's NameChar beyond ASCII (production [4a]).
        static func isNameCharacter(scalar value: UInt32) -> Bool {
            isNameStart(scalar: value) || value == 0xB7 || (0x300...0x36F).contains(value) || (0x203F...0x2040).contains(value)
        }

        /// A Name at `position`; returns its range, and notes in ``nameHasColon`` whether it
        /// has a colon.
        mutating func name() throws(Stop) -> Range<Int> {
            let start = position
            var colon = false
            guard position < bytes.count else { throw .malformed(XMLScanner.endsEarly, position) }
            let first = bytes[position]
            if first < 0x80 {
                guard Self.isNameStart(first) else { throw .malformed("a name is missing or malformed", position) }
                position += 1
            } else {
                let (value, length) = scalar(at: position)
                guard Self.isNameStart(scalar: value) else { throw .malformed("a name is missing or malformed", position) }
                position += length
            }
            // A local index, and one test per byte for the ASCII letters, digits, '-', '.' and
            // '_' that make up nearly every name: the loop runs for every byte of every name.
            var index = position
            while index < bytes.count && Self.isNameByteOtherThanColon(bytes[index]) { index += 1 }
            while index < bytes.count {
                // A colon or a character beyond ASCII: the rare names, byte by byte.
                let value = bytes[index]
                if Self.isNameByteOtherThanColon(value) { index += 1; continue }
                if value == UInt8(ascii: ":") { colon = true; index += 1; continue }
                guard value >= 0x80 else { break }
                let (scalarValue, length) = scalar(at: index)
                guard Self.isNameCharacter(scalar: scalarValue) else { break }
                index += length
            }
            position = index
            nameHasColon = colon || bytes[start] == UInt8(ascii: ":")
            return start..<position
        }

        /// The name in `range`, for a message.
        func text(of range: Range<Int>) -> String {
            String(decoding: bytes[range].prefix(60), as: UTF8.self)
        }

        /// The prefix of a qualified name, checked: nil for a name without a colon; a name with
        /// an empty part or two colons is malformed.
        func prefix(of range: Range<Int>) throws(Stop) -> Range<Int>? {
            // Plain loops over the buffer: the slice's generic `firstIndex(of:)` was a cost per
            // element and attribute of its own (callgrind).
            var colon = range.lowerBound
            while colon < range.upperBound && bytes[colon] != UInt8(ascii: ":") { colon += 1 }
            guard colon < range.upperBound else { return nil }
            guard colon > range.lowerBound, colon + 1 < range.upperBound else {
                throw .malformed("the name '\(text(of: range))' has an empty prefix or local part", range.lowerBound)
            }
            for index in (colon + 1)..<range.upperBound where bytes[index] == UInt8(ascii: ":") {
                throw .malformed("the name '\(text(of: range))' has two colons", range.lowerBound)
            }
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

        // MARK: Elements

        /// A start tag at `position` (which holds '<'), its attributes, and for an
        /// empty-element tag its end.
        mutating func element<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            position += 1
            let elementName = try name()
            tagHasColon = nameHasColon
            tagDeclaresNamespace = false
            // One by one: `removeAll(keepingCapacity:)` goes through a generic range
            // replacement, a cost per element; a tag has a handful of attributes.
            while !spans.isEmpty { spans.removeLast() }
            var empty = false
            var close = 0
            while true {
                let before = position
                skipSpaces()
                guard position < bytes.count else { throw .malformed(XMLScanner.endsEarly, position) }
                let next = bytes[position]
                close = position
                if next == UInt8(ascii: ">") { position += 1; break }
                if next == UInt8(ascii: "/") {
                    guard byte(position + 1) == UInt8(ascii: ">") else { throw .malformed("a '>' is missing after '/'", position + 1) }
                    position += 2
                    empty = true
                    break
                }
                // Attributes are separated from the name and from each other by spaces.
                guard position > before else {
                    throw .malformed(next == UInt8(ascii: "<") ? "a '>' is missing" : "attributes must be separated by spaces", position)
                }
                try attribute()
            }
            let declared = try checkNames(elementName)
            let name = String(decoding: bytes[elementName], as: UTF8.self)
            handler.startElement(name, attributes: ScannedAttributes(bytes: bytes, spans: spans),
                                 at: { location(at: close) })
            if handler.failure != nil { throw .handlerFailed }
            if empty {
                prefixes.removeLast(declared)
                handler.endElement(name)
                if handler.failure != nil { throw .handlerFailed }
            } else {
                open.append(elementName)
                openNames.append(name)
                declaredByOpen.append(declared)
            }
        }

        /// One `name = "value"` at `position`, recorded in `spans`.
        mutating func attribute() throws(Stop) {
            let attributeName = try name()
            tagHasColon = tagHasColon || nameHasColon
            if bytes[attributeName.lowerBound] == UInt8(ascii: "x") && hasPrefix("xmlns", at: attributeName.lowerBound) {
                tagDeclaresNamespace = true
            }
            skipSpaces()
            guard byte(position) == UInt8(ascii: "=") else {
                throw .malformed("the attribute '\(text(of: attributeName))' has no '=' and value", position)
            }
            position += 1
            skipSpaces()
            let quote = byte(position)
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw .malformed("an attribute value is not quoted", position)
            }
            position += 1
            let valueStart = position
            var plain = true
            while true {
                guard position < bytes.count else { throw .malformed(XMLScanner.endsEarly, position) }
                let value = bytes[position]
                if value == quote { break }
                if value == UInt8(ascii: "<") { throw .malformed("'<' inside an attribute value (write &lt;)", position) }
                if value == UInt8(ascii: "&") {
                    position = try reference(at: position).end
                    plain = false
                    continue
                }
                if value < 0x20 || value == 0xEF {
                    if value < 0x20 { plain = false }
                    try checkCharacter(at: position)
                }
                position += 1
            }
            spans.append(ScannedAttributes.Span(name: attributeName, value: valueStart..<position, plain: plain))
            position += 1
            let after = byte(position)
            guard Self.isSpace(after) || after == UInt8(ascii: ">") || after == UInt8(ascii: "/") else {
                throw .malformed("attributes must be separated by spaces", position)
            }
        }

        /// Unique attributes, and the namespace rules: a prefix is declared on this element or
        /// an open one (`xml` always is), `xml` and `xmlns` are not declared as prefixes, and no
        /// two prefixed attributes share a local name (they could name one attribute through
        /// two prefixes). Returns how many prefixes this element declares, now in scope.
        mutating func checkNames(_ elementName: Range<Int>) throws(Stop) -> Int {
            for (index, span) in spans.enumerated() {
                for other in spans[(index + 1)...] where equal(span.name, other.name) {
                    throw .malformed("the attribute '\(text(of: span.name))' is repeated", other.name.lowerBound)
                }
            }
            guard tagHasColon || tagDeclaresNamespace else { return 0 }
            var declared = 0
            for span in spans where bytes[span.name.lowerBound] == UInt8(ascii: "x") && hasPrefix("xmlns", at: span.name.lowerBound) {
                let isDefault = span.name.count == 5
                let isPrefixed = span.name.count > 5 && bytes[span.name.lowerBound + 5] == UInt8(ascii: ":")
                guard isDefault || isPrefixed else { continue }
                let value = ScannedAttributes(bytes: bytes, spans: []).value(of: span)
                if isDefault && value.isEmpty { continue }
                guard isPrefixed else {
                    try checkNamespaceName(value, at: span.value.lowerBound)
                    continue
                }
                let prefix = Array(bytes[(span.name.lowerBound + 6)..<span.name.upperBound])
                guard !prefix.isEmpty, !prefix.contains(UInt8(ascii: ":")) else {
                    throw .malformed("the namespace declaration '\(text(of: span.name))' is malformed", span.name.lowerBound)
                }
                if prefix.elementsEqual("xml".utf8) && value == XMLScanner.xmlNamespace { continue }
                guard !prefix.prefix(3).map({ $0 | 0x20 }).elementsEqual("xml".utf8) else {
                    throw .malformed("the namespace prefix '\(text(of: span.name).dropFirst(6))' is reserved", span.name.lowerBound)
                }
                guard !value.isEmpty else {
                    throw .malformed("the namespace prefix '\(text(of: span.name).dropFirst(6))' is bound to an empty name", span.value.lowerBound)
                }
                try checkNamespaceName(value, at: span.value.lowerBound)
                prefixes.append(prefix)
                declared += 1
            }
            guard tagHasColon else { return declared }
            func isDeclared(_ prefix: Range<Int>) -> Bool {
                bytes[prefix].elementsEqual("xml".utf8) || prefixes.contains { $0.elementsEqual(bytes[prefix]) }
            }
            if let prefix = try prefix(of: elementName), !isDeclared(prefix) {
                throw .malformed("the namespace prefix '\(text(of: prefix))' is not declared", prefix.lowerBound)
            }
            for (index, span) in spans.enumerated() {
                guard let prefix = try prefix(of: span.name) else { continue }
                let isDeclaration = bytes[prefix].elementsEqual("xmlns".utf8)
                if !isDeclaration && !isDeclared(prefix) {
                    throw .malformed("the namespace prefix '\(text(of: prefix))' is not declared", prefix.lowerBound)
                }
                if bytes[prefix].elementsEqual("xml".utf8) { try checkXMLAttribute(span) }
                let local = (prefix.upperBound + 1)..<span.name.upperBound
                for other in spans[(index + 1)...] {
                    guard let otherPrefix = try self.prefix(of: other.name) else { continue }
                    if equal(local, (otherPrefix.upperBound + 1)..<other.name.upperBound) {
                        throw .malformed("two attributes with the local name '\(text(of: local))'", other.name.lowerBound)
                    }
                }
            }
            return declared
        }

        /// The attributes XML defines itself: `xml:space` is `default` or `preserve`; the others
        /// (`xml:lang`, `xml:base`, `xml:id`, …) are read as they are.
        func checkXMLAttribute(_ span: ScannedAttributes.Span) throws(Stop) {
            guard bytes[(span.name.lowerBound + 4)..<span.name.upperBound].elementsEqual("space".utf8) else { return }
            let value = bytes[span.value]
            guard value.elementsEqual("default".utf8) || value.elementsEqual("preserve".utf8) else {
                throw .malformed("xml:space must be 'default' or 'preserve'", span.value.lowerBound)
            }
        }

        /// A namespace name (references replaced): an absolute URI (RFC 3986: a scheme, ':', then
        /// URI characters, `%` only before two hex digits), not one of the names XML reserves.
        func checkNamespaceName(_ name: String, at offset: Int) throws(Stop) {
            let problem = Stop.malformed("the namespace name '\(name.prefix(60))' is not an absolute URI", offset)
            let utf8 = Array(name.utf8)
            func isLetter(_ value: UInt8) -> Bool { value | 0x20 >= 0x61 && value | 0x20 <= 0x7A }
            func isDigit(_ value: UInt8) -> Bool { value >= 0x30 && value <= 0x39 }
            func isHex(_ value: UInt8) -> Bool { isDigit(value) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x66) }
            guard let first = utf8.first, isLetter(first) else { throw problem }
            var index = 1
            while index < utf8.count, utf8[index] != UInt8(ascii: ":") {
                let value = utf8[index]
                guard isLetter(value) || isDigit(value) || value == UInt8(ascii: "+") || value == UInt8(ascii: "-") || value == UInt8(ascii: ".") else {
                    throw problem
                }
                index += 1
            }
            guard index < utf8.count else { throw problem }
            let allowed = Array("-._~:/?#[]@!$&'()*+,;=".utf8)
            while index < utf8.count {
                let value = utf8[index]
                if value == UInt8(ascii: "%") {
                    guard index + 2 < utf8.count, isHex(utf8[index + 1]), isHex(utf8[index + 2]) else { throw problem }
                    index += 3
                    continue
                }
                guard isLetter(value) || isDigit(value) || allowed.contains(value) else { throw problem }
                index += 1
            }
            guard name != XMLScanner.xmlNamespace, name != "http://www.w3.org/2000/xmlns/" else {
                throw .malformed("the namespace name '\(name)' is reserved", offset)
            }
        }

        /// What follows a start tag up to and including the next tag: text, a comment, a CDATA
        /// section, an end tag, or a child element.
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
                    throw .malformed("']]>' in text (write ]]&gt;)", position)
                }
                if value < 0x20 || value == 0xEF {
                    if value == 0x0D { plain = false }
                    try checkCharacter(at: position)
                }
                position += 1
            }
            guard position < bytes.count else { throw .malformed(XMLScanner.endsEarly, position) }
            if position > start && handler.collectsText {
                let text = plain ? String(decoding: bytes[start..<position], as: UTF8.self) : decodeText(start..<position, attribute: false)
                let end = position
                handler.characters(text, at: { location(at: end) })
                if handler.failure != nil { throw .handlerFailed }
            }
            // `position` holds '<'.
            switch byte(position + 1) {
            case UInt8(ascii: "/"):
                let tag = position
                position += 2
                let closing = try name()
                skipSpaces()
                guard position < bytes.count else { throw .malformed(XMLScanner.endsEarly, position) }
                guard byte(position) == UInt8(ascii: ">") else { throw .malformed("a '>' is missing", position) }
                guard let opened = open.last, equal(opened, closing) else {
                    throw .malformed("an end tag does not match its start tag", tag)
                }
                open.removeLast()
                prefixes.removeLast(declaredByOpen.removeLast())
                position += 1
                handler.endElement(openNames.removeLast())
                if handler.failure != nil { throw .handlerFailed }
            case UInt8(ascii: "!"):
                if hasPrefix("<!--", at: position) {
                    try comment(handler)
                } else if hasPrefix("<![CDATA[", at: position) {
                    try characterData(handler)
                } else {
                    throw .malformed("'<!' starts neither a comment nor a CDATA section", position)
                }
            case UInt8(ascii: "?"):
                try processingInstruction(handler)
            default:
                try element(handler)
            }
        }

        /// `<![CDATA[ … ]]>` at `position`: its text as it stands, line ends normalised.
        mutating func characterData<Handler: XMLEventHandler>(_ handler: Handler) throws(Stop) {
            let start = position + 9
            let (index, plain) = try delimitedText(from: start, until: "]]>", unclosed: "a CDATA section is not closed", openedAt: position)
            position = index + 3
            guard index > start && handler.collectsText else { return }
            let text = literalText(start..<index, plain: plain)
            let end = position
            handler.characters(text, at: { location(at: end) })
            if handler.failure != nil { throw .handlerFailed }
        }

        /// The reference (`&amp;`, `&#10;`, `&#x41;`) at `index`: the scalar it stands for and
        /// the index after its ';'. Undefined entities and characters XML forbids are errors.
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
                    guard value <= 0x10FFFF else { throw .malformed("a character reference beyond U+10FFFF", index) }
                    cursor += 1
                }
                guard cursor > digitsStart, byte(cursor) == UInt8(ascii: ";") else {
                    throw .malformed("a character reference is malformed", index)
                }
                let allowed = value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value <= 0xD7FF)
                    || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF)
                guard allowed, let scalar = Unicode.Scalar(value) else {
                    throw .malformed("a reference to U+\(codePoint(value)), a character XML does not allow", index)
                }
                return (scalar, cursor + 1)
            }
            let names: [(StaticString, Unicode.Scalar)] = [("lt;", "<"), ("gt;", ">"), ("amp;", "&"), ("apos;", "'"), ("quot;", "\"")]
            for (name, scalar) in names where hasPrefix(name, at: cursor) {
                return (scalar, cursor + name.utf8CodeUnitCount)
            }
            var end = cursor
            while end < bytes.count && Self.isNameByte(bytes[end]) { end += 1 }
            if end > cursor && byte(end) == UInt8(ascii: ";") && Self.isNameStart(bytes[cursor]) {
                throw .malformed("an undefined entity is used (&\(text(of: cursor..<end));)", index)
            }
            throw .malformed("a '&' that starts no reference (write &amp;)", index)
        }

        /// The text of a comment, processing instruction or CDATA section in `range`, line ends
        /// normalised unless it is `plain` (it has no carriage return).
        func literalText(_ range: Range<Int>, plain: Bool) -> String {
            plain ? String(decoding: bytes[range], as: UTF8.self) : XMLScanner.decode(bytes, range, attribute: false, references: false)
        }

        /// The text or attribute value in `range` (already checked) with references replaced
        /// and line ends normalised; in an attribute value a literal tab or line end is a space.
        func decodeText(_ range: Range<Int>, attribute: Bool) -> String {
            XMLScanner.decode(bytes, range, attribute: attribute)
        }
    }

    /// See ``Cursor/decodeText(_:attribute:)``; the range was checked when scanned. Without
    /// `references` (a comment, a processing instruction's data, a CDATA section), `&` is
    /// itself and only line ends are normalised.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, attribute: Bool, references: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        let cursor = Cursor(buffer: bytes, file: "")
        var index = range.lowerBound
        while index < range.upperBound {
            let value = bytes[index]
            if references && value == UInt8(ascii: "&"), let reference = try? cursor.reference(at: index) {
                out.append(contentsOf: UTF8.encode(reference.scalar)!)
                index = reference.end
                continue
            }
            index += 1
            if value == 0x0D {
                // CR LF and a lone CR are one line end.
                if index < range.upperBound && bytes[index] == 0x0A { index += 1 }
                out.append(attribute ? 0x20 : 0x0A)
                continue
            }
            out.append(attribute && (value == 0x09 || value == 0x0A) ? 0x20 : value)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A character's code point as messages write it (`0001`, `FFFE`).
private func codePoint(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// The attributes of a start tag as the scanner found them: byte ranges into the document,
/// made into Strings only when asked for.
struct ScannedAttributes: XMLAttributeSource {
    struct Span {
        var name: Range<Int>
        var value: Range<Int>
        /// No reference and no tab or line end: the value is its bytes as they stand.
        var plain: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let spans: [Span]

    func value(of span: Span) -> String {
        span.plain ? String(decoding: bytes[span.value], as: UTF8.self) : XMLScanner.decode(bytes, span.value, attribute: true)
    }

    subscript(name: StaticString) -> String? {
        span(named: name).map(value(of:))
    }

    func withUTF8<Result>(of name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let span = span(named: name) else { return nil }
        if span.plain { return body(UnsafeBufferPointer(rebasing: bytes[span.value])) }
        var value = value(of: span)
        return value.withUTF8(body)
    }

    private func span(named name: StaticString) -> Span? {
        name.withUTF8Buffer { wanted -> Span? in
            guard let first = wanted.first else { return nil }
            return spans.withUnsafeBufferPointer { spans -> Span? in
                for span in spans where span.name.count == wanted.count && bytes[span.name.lowerBound] == first {
                    if memoryEqual(bytes, span.name.lowerBound, wanted) { return span }
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
