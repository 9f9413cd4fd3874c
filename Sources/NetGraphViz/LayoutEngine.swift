/// The Graphviz layout engines netgraph drives.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered drawing for directed graphs (Sugiyama); clear hierarchies, slow past a few
    /// thousand nodes.
    case dot
    /// Stress majorization (Kamada–Kawai-like spring model).
    case neato
    /// Force-directed placement (Fruchterman–Reingold).
    case fdp
    /// Multiscale force-directed placement, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a centre node.
    case twopi

    /// Engines whose result depends on a random start, which netgraph seeds.
    var isRandomized: Bool { self == .neato || self == .fdp || self == .sfdp }

    /// Above this many nodes, netgraph chooses ``sfdp`` unless told otherwise.
    public static let largeGraphThreshold = 2_000

    /// The engine for a graph of `nodeCount` nodes when none is asked for.
    public static func automatic(nodeCount: Int) -> LayoutEngine {
        nodeCount > largeGraphThreshold ? .sfdp : .dot
    }
}
