import NetGraph

/// Everything Graphviz is told about a drawing, as plain Swift values: the graph, node and
/// edge attributes netgraph chooses, nodes, edges and clusters, in a fixed order.
///
/// The plan is the safety boundary: its attribute names come only from this file, and its
/// values from the graph's names, descriptions and evidence after ``GraphvizText`` escaping.
/// Entity and relation `attributes` are never read, so a data file cannot set `image`,
/// `shapefile`, `fontpath` or any other attribute.
struct DrawingPlan: Equatable {
    typealias Attributes = [(name: String, value: String)]

    struct Node {
        var name: String
        var attributes: Attributes
    }

    struct Edge {
        var tail: Int
        var head: Int
        var attributes: Attributes
    }

    struct Cluster {
        var name: String
        var attributes: Attributes
        /// Indices into ``DrawingPlan/nodes``.
        var members: [Int]
    }

    var name: String
    var graphAttributes: Attributes
    /// Defaults declared for every node; nodes override some.
    var nodeDefaults: Attributes
    var edgeDefaults: Attributes
    var nodes: [Node]
    var edges: [Edge]
    var clusters: [Cluster]

    static func == (lhs: DrawingPlan, rhs: DrawingPlan) -> Bool {
        func same(_ a: Attributes, _ b: Attributes) -> Bool { a.elementsEqual(b, by: { $0 == $1 }) }
        return lhs.name == rhs.name && same(lhs.graphAttributes, rhs.graphAttributes)
            && same(lhs.nodeDefaults, rhs.nodeDefaults) && same(lhs.edgeDefaults, rhs.edgeDefaults)
            && lhs.nodes.elementsEqual(rhs.nodes, by: { $0.name == $1.name && same($0.attributes, $1.attributes) })
            && lhs.edges.elementsEqual(rhs.edges, by: { $0.tail == $1.tail && $0.head == $1.head && same($0.attributes, $1.attributes) })
            && lhs.clusters.elementsEqual(rhs.clusters, by: { $0.name == $1.name && $0.members == $1.members && same($0.attributes, $1.attributes) })
    }
}

extension DrawingPlan {
    static let fontName = "Helvetica"
    static let fadedFill = "#EEEEEE"
    static let fadedLine = "#CCCCCC"
    static let fadedText = "#999999"
    static let emphasisLine = "#000000"

    /// The plan for drawing `graph` with `options` (already validated).
    ///
    /// - Complexity: O(n + m) plus the length of the text drawn.
    init(graph: Graph, options: RenderOptions) {
        name = graph.name
        graphAttributes = [("fontname", Self.fontName), ("outputorder", "edgesfirst"), ("pad", "0.2")]
        if options.title {
            graphAttributes += [("label", GraphvizText.label(graph.name, limit: options.labelLimit, width: 80)),
                                ("labelloc", "t"), ("fontsize", "18")]
        }
        if options.layout.isRandomized {
            graphAttributes += [("start", String(options.seed)), ("overlap", "false")]
        }
        if options.layout == .dot { graphAttributes.append(("ranksep", "0.6")) }
        nodeDefaults = [("fontname", Self.fontName), ("fontsize", "11"), ("style", "filled"),
                        ("color", "#333333"), ("penwidth", "1"), ("margin", "0.08,0.04")]
        edgeDefaults = [("fontname", Self.fontName), ("fontsize", "9"), ("arrowsize", "0.7")]

        let emphasisNodes = Set(options.emphasis?.nodes ?? [])
        let emphasisRelations = Set(options.emphasis?.relations ?? [])
        let fade = options.emphasis?.fadeOthers ?? false
        let scale = options.nodeSize.map(Self.normalised)

        nodes = graph.entities.enumerated().map { index, entity in
            let style = Style.style(of: entity.kind)
            var fill = style.fill
            var font = style.font
            if let groups = options.groups {
                fill = Style.groupColor(groups[index])
                font = Style.fontColor(on: fill)
            }
            var attributes: Attributes = [
                ("id", GraphvizText.escaped(entity.id)),
                ("label", GraphvizText.label(entity.name, limit: options.labelLimit)),
                ("tooltip", GraphvizText.tooltip(Self.tooltip(of: entity))),
                ("shape", style.shape),
            ]
            if let extra = style.extraStyle { attributes.append(("style", "filled," + extra)) }
            if emphasisNodes.contains(index) {
                attributes += [("penwidth", "3"), ("color", Self.emphasisLine)]
            } else if fade {
                fill = Self.fadedFill
                font = Self.fadedText
                attributes.append(("color", Self.fadedLine))
            }
            attributes += [("fillcolor", fill), ("fontcolor", font)]
            if let scale {
                let t = scale[index]
                attributes += [("width", Self.number(0.75 + 1.5 * t)), ("height", Self.number(0.5 + 0.75 * t)),
                               ("fontsize", Self.number(10 + 8 * t))]
            }
            return Node(name: entity.id, attributes: attributes)
        }

        // Graphviz 2.43's dot gives an edge label a rank of its own, which breaks ranking
        // ("trouble in init_rank") and then spline routing (a double free) once nodes are
        // boxed in clusters; an external label is placed after layout and avoids both.
        let edgeLabelAttribute = options.layout == .dot && (options.clusterByKind || options.clusterGroups != nil)
            ? "xlabel" : "label"
        edges = graph.relations.indices.map { r in
            let relation = graph.relations[r]
            let family = RelationFamily(relation.type)
            let directed = graph.isDirected(relation: r)
            var attributes: Attributes = [
                ("id", "e\(r)"),
                ("tooltip", GraphvizText.tooltip(Self.tooltip(of: r, in: graph))),
                ("style", family.lineStyle),
            ]
            if !directed { attributes.append(("dir", "none")) }
            if emphasisRelations.contains(r) {
                attributes += [("color", Self.emphasisLine), ("penwidth", "3.5")]
            } else if fade {
                attributes += [("color", Self.fadedLine), ("penwidth", family.penWidth)]
            } else {
                attributes += [("color", family.color), ("penwidth", family.penWidth)]
            }
            if options.edgeLabels {
                attributes += [(edgeLabelAttribute, GraphvizText.escaped(relation.type.rawValue)),
                               ("fontcolor", fade && !emphasisRelations.contains(r) ? Self.fadedText : family.color)]
            }
            return Edge(tail: Int(graph.relationSources[r]), head: Int(graph.relationTargets[r]), attributes: attributes)
        }

        let present = Self.kindsPresent(in: graph)
        clusters = []
        if options.clusterByKind {
            for (position, kind) in present.enumerated() {
                let members = graph.entities.indices.filter { graph.entities[$0].kind == kind }
                clusters.append(Cluster(name: "cluster_kind_\(position)", attributes: [
                    ("id", GraphvizText.escaped("cluster-kind-\(kind.rawValue)")),
                    ("label", GraphvizText.escaped(kind.rawValue)), ("fontsize", "13"),
                    ("style", "rounded,dashed"), ("color", "#BBBBBB"),
                ], members: members))
            }
        }
        if let groups = options.clusterGroups {
            var membersByGroup: [Int: [Int]] = [:]
            for (node, group) in groups.enumerated() where group >= 0 { membersByGroup[group, default: []].append(node) }
            for group in membersByGroup.keys.sorted() {
                let label = "\(options.clusterLabel) \(group + 1)"
                clusters.append(Cluster(name: "cluster_group_\(group)", attributes: [
                    ("id", GraphvizText.escaped("cluster-group-\(group + 1)")),
                    ("label", GraphvizText.escaped(label)),
                    ("tooltip", GraphvizText.tooltip("\(label): \(membersByGroup[group]!.count) entities")),
                    ("fontsize", "13"), ("style", "rounded,dashed"), ("color", "#BBBBBB"),
                ], members: membersByGroup[group]!))
            }
        }
        if options.legend && !present.isEmpty {
            var used = Set(graph.entities.map(\.id))
            var members: [Int] = []
            for kind in present {
                let style = Style.style(of: kind)
                let count = graph.entities.lazy.filter { $0.kind == kind }.count
                var name = "legend \(kind.rawValue)"
                while used.contains(name) { name += "'" }
                used.insert(name)
                let fill = options.groups == nil ? style.fill : Style.neutral
                var attributes: Attributes = [
                    ("id", GraphvizText.escaped("legend-kind-\(kind.rawValue)")),
                    ("label", GraphvizText.escaped(kind.rawValue)),
                    ("tooltip", GraphvizText.tooltip("kind: \(kind.rawValue) (\(count) \(count == 1 ? "entity" : "entities"))")),
                    ("shape", style.shape),
                ]
                if let extra = style.extraStyle { attributes.append(("style", "filled," + extra)) }
                attributes += [("fillcolor", fill), ("fontcolor", Style.fontColor(on: fill))]
                // Under fdp every node keeps the default font size: with a node measured in
                // another size, Graphviz 2.43's fdp placed the drawing differently from run to run.
                if options.layout != .fdp { attributes.append(("fontsize", "10")) }
                members.append(nodes.count)
                nodes.append(Node(name: name, attributes: attributes))
            }
            // Force-directed engines ignore clusters, so an invisible chain holds the legend
            // together there; `dot` keeps it as a cluster row.
            if options.layout != .dot {
                for (a, b) in zip(members, members.dropFirst()) {
                    edges.append(Edge(tail: a, head: b, attributes: [("style", "invis"), ("len", "0.6"), ("weight", "5")]))
                }
            }
            if options.layout == .fdp {
                // fdp lays a cluster out through a derived graph whose edges and ports are
                // ordered by comparing node addresses, so a boxed legend moved from run to run
                // (see `RenderOptions.validate(for:)`); a title node heads the chain instead.
                var title = "legend"
                while used.contains(title) { title += "'" }
                nodes.append(Node(name: title, attributes: [
                    ("id", "legend"), ("label", "Legend"), ("shape", "plaintext"), ("style", "solid"),
                ]))
                edges.append(Edge(tail: nodes.count - 1, head: members[0],
                                  attributes: [("style", "invis"), ("len", "0.6"), ("weight", "5")]))
            } else {
                clusters.append(Cluster(name: "cluster_legend", attributes: [
                    ("id", "legend"), ("label", "Legend"), ("fontsize", "12"), ("style", "rounded"), ("color", "#999999"),
                ], members: members))
            }
        }
    }

    /// The kinds of the graph's entities, in schema order, then any others by name.
    static func kindsPresent(in graph: Graph) -> [EntityKind] { graph.kindsInUse }

    /// Values mapped to 0…1 by min–max scaling; all zero when every value is the same.
    static func normalised(_ values: [Double]) -> [Double] {
        guard let low = values.min(), let high = values.max(), high > low else {
            return [Double](repeating: 0, count: values.count)
        }
        return values.map { ($0 - low) / (high - low) }
    }

    /// A size with at most three decimals, written the same on every platform.
    static func number(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000
        let fraction = thousandths % 1000
        if fraction == 0 { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    /// A node's tooltip: full name, kind, aliases, description and dates.
    static func tooltip(of entity: Entity) -> String {
        var lines = [entity.name, "kind: \(entity.kind.rawValue)"]
        if !entity.aliases.isEmpty { lines.append("also: " + entity.aliases.joined(separator: ", ")) }
        if entity.since != nil || entity.until != nil {
            lines.append("\(entity.since?.description ?? "…") – \(entity.until?.description ?? "…")")
        }
        if let description = entity.description, !description.isEmpty { lines.append(description) }
        return lines.joined(separator: "\n")
    }

    /// A relation's tooltip: `from —type→ to`, its dates and status, the cited source and the
    /// quote, so hovering an edge shows the evidence.
    static func tooltip(of r: Int, in graph: Graph) -> String {
        let relation = graph.relations[r]
        let from = graph.entities[Int(graph.relationSources[r])].name
        let to = graph.entities[Int(graph.relationTargets[r])].name
        // One string grown in place: every edge of the drawing gets one of these.
        var text = ""
        text.reserveCapacity(from.utf8.count + to.utf8.count + (relation.quote?.utf8.count ?? 0) + 160)
        text += from
        text += " —"
        text += relation.type.rawValue
        text += graph.isDirected(relation: r) ? "→ " : "— "
        text += to
        if let date = relation.date { text += "\ndate: "; text += date.description }
        if relation.since != nil || relation.until != nil {
            text += "\n"; text += relation.since?.description ?? "…"; text += " – "; text += relation.until?.description ?? "…"
        }
        if let status = relation.status { text += "\nstatus: "; text += status.rawValue }
        if let weight = relation.weight { text += "\nweight: "; text += weight.shortDescription }
        if let id = relation.source {
            text += "\nsource: "
            text += id
            if let title = graph.source(withID: id)?.title { text += " — "; text += title }
        }
        if let quote = relation.quote, !quote.isEmpty { text += "\n“"; text += quote; text += "”" }
        return text
    }
}
