import Foundation

/// Checks every quote against the text of the document its relation cites: the quote must
/// appear in it verbatim, up to whitespace (any run of spaces, tabs and line breaks is one
/// space) and the style of quotation marks (“ ” „ ‟ « » ″ read as ", ‘ ’ ‚ ‛ ′ as ').
/// Nothing else is forgiven: a changed word, a dropped comma or an ellipsis where text was
/// left out is reported, since the quote is the analyst's evidence.
///
/// A source names its document by `file:`, a file name inside the documents folder. Sources
/// without one are not checked (counted as unchecked); a named file that is missing, not a
/// regular file, outside the folder, larger than ``maximumDocumentBytes`` or not UTF-8 is a
/// problem of its own, and its relations' quotes are not checked.
///
/// - Complexity: O(Σ document sizes + Σ quote lengths × document size) in the worst case of
///   the substring search; each document is read and normalised once.
public struct QuoteVerification: Sendable {
    /// One thing wrong with a quote or a source's document.
    public struct Problem: Sendable, Hashable {
        /// The relation whose quote was not found; nil for a problem with a document.
        public var relation: Int?
        /// The source concerned.
        public var source: String
        public var message: String
    }

    /// Relations whose quote was found in its document.
    public private(set) var found = 0
    /// Quoted relations not checked, because their source names no document.
    public private(set) var unchecked = 0
    /// Quoted relations not checked, because their source's document could not be read
    /// (each such document is a problem).
    public private(set) var unreadable = 0
    /// Problems, documents first (in source order), then quotes in relation order.
    public private(set) var problems: [Problem] = []

    /// Quoted relations checked against a document (found or not).
    public var checked: Int { found + problems.filter { $0.relation != nil }.count }

    /// The largest document read (64 MiB): news articles and reports are far smaller.
    public static let maximumDocumentBytes = 64 << 20

    /// Checks the quotes of `graph` against the documents in `folder`.
    public init(graph: Graph, documents folder: URL) {
        var texts: [String: [Unicode.Scalar]] = [:]
        var unreadableSources: Set<String> = []
        for source in graph.sources {
            guard let file = source.file else { continue }
            switch Self.read(file, in: folder) {
            case .success(let text): texts[source.id] = Self.normalized(text)
            case .failure(let reason):
                unreadableSources.insert(source.id)
                problems.append(Problem(relation: nil, source: source.id, message: "source '\(source.id)': document '\(file)' \(reason.text)"))
            }
        }
        for r in 0..<graph.relationCount {
            guard let quote = graph.quote(ofRelation: r), let source = graph.source(ofRelation: r) else { continue }
            if unreadableSources.contains(source.id) { unreadable += 1; continue }
            guard let text = texts[source.id] else { unchecked += 1; continue }
            let wanted = Self.normalized(quote)
            if wanted.isEmpty {
                problems.append(Problem(relation: r, source: source.id, message: "the quote is empty"))
            } else if Self.contains(text, wanted) {
                found += 1
            } else {
                problems.append(Problem(relation: r, source: source.id,
                                        message: "quote not found in '\(source.file ?? source.id)', the document of source '\(source.id)'"))
            }
        }
    }

    enum ReadFailure: Error {
        case outside, missing, notRegular, tooLarge, notUTF8

        var text: String {
            switch self {
            case .outside: return "is not a file name inside the documents folder"
            case .missing: return "is not in the documents folder"
            case .notRegular: return "is not a regular file"
            case .tooLarge: return "is larger than \(QuoteVerification.maximumDocumentBytes >> 20) MiB"
            case .notUTF8: return "is not UTF-8 text"
            }
        }
    }

    /// The document's text. Only a regular file inside the folder is opened, so a file name
    /// cannot reach elsewhere and a FIFO or device cannot stall the check.
    static func read(_ name: String, in folder: URL) -> Result<String, ReadFailure> {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.isEmpty, !name.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0.isEmpty }) else { return .failure(.outside) }
        let url = folder.appendingPathComponent(name)
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return .failure(.missing) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        guard Int(status.st_size) <= maximumDocumentBytes else { return .failure(.tooLarge) }
        guard let data = FileManager.default.contents(atPath: url.path), data.count <= maximumDocumentBytes else { return .failure(.missing) }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.notUTF8) }
        return .success(text)
    }

    /// The text as compared: NFC, whitespace runs as one space, quotation marks in one style.
    static func normalized(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            switch scalar {
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": result.append("\"")
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": result.append("'")
            default: result.append(scalar)
            }
        }
        return result
    }

    /// Whether `needle` occurs in `haystack` (both non-empty normalised texts).
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
