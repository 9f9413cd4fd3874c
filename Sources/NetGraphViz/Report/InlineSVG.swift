import Foundation

/// Graphviz's SVG made fit to sit inside an HTML page.
enum InlineSVG {
    /// The `<svg>` element of a Graphviz SVG document, without what precedes it: the XML
    /// declaration, the DOCTYPE (whose DTD address a browser would never need) and Graphviz's
    /// comments. The element keeps its `width`, `height` and `viewBox`, so the page can show
    /// the drawing at its own size or scaled to fit.
    ///
    /// Graphviz writes every name, label and tooltip XML-escaped (`<` as `&lt;`, `-` as
    /// `&#45;`), so the first `<svg` in the document is the root element's tag.
    ///
    /// - Complexity: O(length of the document).
    static func markup(from document: Data) -> String {
        let text = String(decoding: document, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        var element = String(text[start.lowerBound...])
        while element.last?.isWhitespace == true { element.removeLast() }
        return element
    }
}
