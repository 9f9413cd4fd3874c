/// The output formats netgraph renders to, all in memory.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable vector graphics with tooltips and stable ids (`id` = entity id, `e<relation index>`).
    case svg
    /// A raster image (cairo).
    case png
    /// A PDF document (cairo), dated 1970-01-01 so that the same drawing gives the same bytes.
    case pdf
    /// DOT with the layout's positions.
    case dot
    /// Graphviz's layout as JSON (`-Tjson`): every object with its `pos`.
    case json
    /// The DOT text netgraph hands to Graphviz, before layout: every object in the order
    /// netgraph creates it, so that Graphviz's own `dot -Tsvg` (or the engine chosen) draws
    /// from it the same picture, byte for byte. With boxes (`clusterByKind`,
    /// `clusterGroups`) the boxes may come out in another order or place: Graphviz orders
    /// clusters by where it stored their names, which a parse does differently. Not laid
    /// out; no Graphviz call is made.
    case canon

    /// The format a file name's extension implies (`.gv` is DOT, `.canon` canon), if any.
    public init?(path: String) {
        let lower = path.lowercased()
        guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
        let ext = String(lower[lower.index(after: dot)...])
        if ext == "gv" { self = .dot } else if let format = RenderFormat(rawValue: ext) { self = format } else { return nil }
    }

    /// Whether the output is text (UTF-8).
    public var isText: Bool { self == .svg || self == .dot || self == .json || self == .canon }
}
