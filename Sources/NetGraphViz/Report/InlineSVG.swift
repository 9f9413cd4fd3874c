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
    /// - Complexity: O(length of the document).
    static func markup(from document: Data) -> String {
        let text = String(decoding: document, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        var element = ""
        element.reserveCapacity(text.utf8.count)
        var rest = text[start.lowerBound...]
        while let comment = rest.range(of: "<!--") {
            element += rest[..<comment.lowerBound]
            guard let end = rest[comment.upperBound...].range(of: "-->") else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[end.upperBound...]
            // The comment had a line of its own.
            if rest.first == "\n" && (element.isEmpty || element.last == "\n") { rest = rest.dropFirst() }
        }
        element += rest
        while element.last?.isWhitespace == true { element.removeLast() }
        return element
    }
}
