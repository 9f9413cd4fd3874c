import NetGraphViz
/// What a ``Report`` contains and how its drawing looks.
public struct ReportOptions: Sendable, Equatable {
    /// Two entities whose linking chain the report shows, named as `NameResolver` accepts
    /// (id, name or alias).
    public struct Pair: Sendable, Equatable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// How the report's drawing colours its nodes.
    public enum Coloring: String, Sendable, CaseIterable {
        /// By entity kind, with a legend of the kinds present.
        case kind
        /// By the report's Louvain communities (largest first), as `render --color-by community`.
        case community
    }

    /// Actors listed under each measure.
    public var top: Int
    /// Pairs whose shortest chain is shown, step by step, and drawn bold over the graph.
    public var pairs: [Pair]
    /// Size of each key-player set (fragmentation and reach); 0 leaves the section out.
    /// Graphs with fewer entities get a set of all of them.
    public var keyPlayers: Int
    /// Steps counted as reached by the reach key players.
    public var reachDepth: Int
    /// Seed of Louvain (as `netgraph communities --seed`).
    public var communitySeed: UInt64
    public var layout: LayoutEngine
    /// Seed of the `neato`, `fdp` and `sfdp` layouts.
    public var layoutSeed: Int
    public var coloring: Coloring
    /// A measure scaling the drawn nodes; nil draws every node the same size.
    public var sizeBy: ReportMeasure?
    /// A line saying how the graph was narrowed before the report (filters), shown under the
    /// title; nil when it was not.
    public var scope: String?

    /// The defaults: top 10, no pairs, key-player sets of 3 (reach within 1 step), Louvain seed
    /// 1, an `sfdp` layout seeded with 1 (a square drawing fits a page column better than
    /// `dot`'s wide ranks), nodes coloured by kind.
    public init(top: Int = 10, pairs: [Pair] = [], keyPlayers: Int = 3, reachDepth: Int = 1,
                communitySeed: UInt64 = 1, layout: LayoutEngine = .sfdp, layoutSeed: Int = 1,
                coloring: Coloring = .kind, sizeBy: ReportMeasure? = nil, scope: String? = nil) {
        self.top = top
        self.pairs = pairs
        self.keyPlayers = keyPlayers
        self.reachDepth = reachDepth
        self.communitySeed = communitySeed
        self.layout = layout
        self.layoutSeed = layoutSeed
        self.coloring = coloring
        self.sizeBy = sizeBy
        self.scope = scope
    }

    /// Checks the numbers.
    /// - Throws: `RenderError` of kind `usage` when `top` or `keyPlayers` is negative or
    ///   `reachDepth` is below 1.
    public func validate() throws(RenderError) {
        guard top >= 0 else { throw RenderError(.usage, "the number of top actors must be at least 0") }
        guard keyPlayers >= 0 else { throw RenderError(.usage, "the number of key players must be at least 0") }
        guard reachDepth >= 1 else { throw RenderError(.usage, "the reach depth must be at least 1") }
    }
}
