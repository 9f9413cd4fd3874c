import NetGraph

/// What to draw and how. Every choice is explicit, so the same graph and options always give
/// the same bytes.
public struct RenderOptions: Sendable {
    /// Elements drawn strongly over a faded graph: a path, a focus node.
    public struct Emphasis: Sendable, Equatable {
        /// Node indices to emphasise.
        public var nodes: [Int]
        /// Relation indices to emphasise.
        public var relations: [Int]
        /// Whether everything else is drawn faded.
        public var fadeOthers: Bool

        public init(nodes: [Int], relations: [Int] = [], fadeOthers: Bool = true) {
            self.nodes = nodes
            self.relations = relations
            self.fadeOthers = fadeOthers
        }
    }

    public var layout: LayoutEngine
    public var format: RenderFormat
    /// Write each relation's type beside its edge.
    public var edgeLabels: Bool
    /// Draw a legend of the entity kinds present.
    public var legend: Bool
    /// Draw the graph's name as a title.
    public var title: Bool
    /// A measure per node (degree, betweenness…) that scales node size; nil draws every node
    /// the same size. Its length must be the graph's node count and its values finite.
    public var nodeSize: [Double]?
    /// A group per node (a community) to colour by instead of kind; negative means none.
    public var groups: [Int]?
    /// Draw each kind's entities inside a box of their own.
    public var clusterByKind: Bool
    /// A group per node (a community, say) whose members are drawn inside a box of their own,
    /// labelled "`clusterLabel` N" for group N counted from 1; negative means in no box.
    public var clusterGroups: [Int]?
    /// What a box of ``clusterGroups`` is called in its label ("community", "cell"…).
    public var clusterLabel: String
    public var emphasis: Emphasis?
    /// The seed of the randomised engines (`neato`, `fdp`, `sfdp`), passed as Graphviz's `start`.
    public var seed: Int
    /// The longest label drawn, in characters; longer names end in an ellipsis (the tooltip
    /// keeps them whole).
    public var labelLimit: Int
    /// The most entities drawn; a larger graph is refused before Graphviz sees it. Laying out
    /// is far slower than linear: sfdp took 24 s for 10,000 entities and 50,000 relations on a
    /// busy two-core machine, and had not finished a star of 1,000,000 leaves after 25 minutes
    /// at 4.8 GB. A drawing of more than ``defaultMaxNodes`` entities is also past reading.
    public var maxNodes: Int

    /// 100,000 entities.
    public static let defaultMaxNodes = 100_000

    public init(layout: LayoutEngine = .dot, format: RenderFormat = .svg, edgeLabels: Bool = false,
                legend: Bool = true, title: Bool = true, nodeSize: [Double]? = nil, groups: [Int]? = nil,
                clusterByKind: Bool = false, clusterGroups: [Int]? = nil, clusterLabel: String = "group",
                emphasis: Emphasis? = nil, seed: Int = 1, labelLimit: Int = 60, maxNodes: Int = RenderOptions.defaultMaxNodes) {
        self.layout = layout
        self.format = format
        self.edgeLabels = edgeLabels
        self.legend = legend
        self.title = title
        self.nodeSize = nodeSize
        self.groups = groups
        self.clusterByKind = clusterByKind
        self.clusterGroups = clusterGroups
        self.clusterLabel = clusterLabel
        self.emphasis = emphasis
        self.seed = seed
        self.labelLimit = labelLimit
        self.maxNodes = maxNodes
    }

    /// Checks the options against `graph`.
    ///
    /// - Throws: ``RenderError`` of kind `tooLarge` when the graph has more than ``maxNodes``
    ///   entities; of kind `usage` when a per-node array has the wrong length
    ///   or a non-finite value, boxes are asked for both by kind and by group, an emphasised
    ///   index is out of range, the label limit is below 2, or boxes are asked of `fdp`
    ///   (Graphviz's fdp places them in an order set by memory addresses, so the drawing
    ///   would change from run to run).
    public func validate(for graph: Graph) throws(RenderError) {
        guard graph.nodeCount <= maxNodes else {
            throw RenderError(.tooLarge, "the drawing would have \(graph.nodeCount) entities, more than the \(maxNodes) drawn at most")
        }
        if let nodeSize {
            guard nodeSize.count == graph.nodeCount else {
                throw RenderError(.usage, "node sizes: \(nodeSize.count) values for \(graph.nodeCount) nodes")
            }
            guard nodeSize.allSatisfy(\.isFinite) else { throw RenderError(.usage, "node sizes must be finite numbers") }
        }
        if let groups, groups.count != graph.nodeCount {
            throw RenderError(.usage, "groups: \(groups.count) values for \(graph.nodeCount) nodes")
        }
        if let clusterGroups {
            guard clusterGroups.count == graph.nodeCount else {
                throw RenderError(.usage, "cluster groups: \(clusterGroups.count) values for \(graph.nodeCount) nodes")
            }
            guard !clusterByKind else { throw RenderError(.usage, "draw boxes by kind or by group, not both") }
        }
        if layout == .fdp && (clusterByKind || clusterGroups != nil) {
            throw RenderError(.usage, """
                fdp cannot draw boxes (--cluster-by) the same way twice: Graphviz's fdp orders \
                a box's edges by where their nodes lie in memory, which changes from run to run; \
                draw boxes with --layout dot, or use fdp without boxes
                """)
        }
        if let emphasis {
            guard emphasis.nodes.allSatisfy({ (0..<graph.nodeCount).contains($0) }),
                  emphasis.relations.allSatisfy({ (0..<graph.relationCount).contains($0) }) else {
                throw RenderError(.usage, "an emphasised node or relation is not in the graph")
            }
        }
        guard labelLimit >= 2 else { throw RenderError(.usage, "the label limit must be at least 2 characters") }
    }
}

extension LayoutEngine {
    /// The engine called `name`.
    /// - Throws: ``RenderError`` of kind `usage`, listing the known engines.
    public static func named(_ name: String) throws(RenderError) -> LayoutEngine {
        guard let engine = LayoutEngine(rawValue: name) else {
            throw RenderError(.usage, "unknown layout '\(name)' (known: \(allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return engine
    }
}

extension RenderFormat {
    /// The format called `name`.
    /// - Throws: ``RenderError`` of kind `usage`, listing the known formats.
    public static func named(_ name: String) throws(RenderError) -> RenderFormat {
        guard let format = RenderFormat(rawValue: name.lowercased()) else {
            throw RenderError(.usage, "unknown format '\(name)' (known: \(allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return format
    }
}
