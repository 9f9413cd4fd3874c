import Foundation

/// Graphviz's SVG made fit to sit inside an HTML page.
enum InlineSVG {
    /// The `<svg>` element of a Graphviz SVG document, without what precedes it (the XML
    /// declaration, and the DOCTYPE whose DTD address a browser never needs) and without
    /// Graphviz's comments (a node's or edge's name, which its `<title>` repeats). The element
    /// keeps its `width`, `height` and `viewBox`, so the page can show the drawing at its own
    /// size or scaled to fit.
    ///
    /// Graphviz writes every name, label and tooltip XML-escaped, comments included (`<` as
    /// `&lt;`, `>` as `&gt;`, `-` as `&#45;`), so the first `<svg` in the document is the root
    /// element's tag and the first `-->` after a `<!--` is that comment's end.
    ///
    /// - Complexity: O(length of the document), scanning its bytes once.
    static func markup(from document: Data) -> String {
        let bytes = [UInt8](document)
        let open = Array("<!--".utf8)
        let close = Array("-->".utf8)
        guard var i = firstIndex(of: Array("<svg".utf8), in: bytes, from: 0) else { return "" }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count - i)
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), matches(open, in: bytes, at: i) else {
                kept.append(bytes[i])
                i += 1
                continue
            }
            guard let end = firstIndex(of: close, in: bytes, from: i + open.count) else { break }
            i = end + close.count
            // The comment had a line of its own.
            if i < bytes.count, bytes[i] == UInt8(ascii: "\n"), kept.last == UInt8(ascii: "\n") { i += 1 }
        }
        while let last = kept.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: " ") { kept.removeLast() }
        return String(decoding: kept, as: UTF8.self)
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && matches(pattern, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }
}
