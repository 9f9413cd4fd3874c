import NetGraph

/// How each relation family is drawn: one line style per family, so a reader sees violence,
/// law enforcement or alliance at a glance.
extension RelationFamily {
    /// The Graphviz edge `color`.
    public var color: String {
        switch self {
        case .violence: return "#CC3311"
        case .lawEnforcement: return "#0077BB"
        case .cooperation: return "#009988"
        case .structure: return "#555555"
        case .territory: return "#EE7733"
        case .analysis: return "#AA4499"
        case .other: return "#888888"
        }
    }

    /// The Graphviz edge `style`.
    public var lineStyle: String {
        switch self {
        case .violence: return "bold"
        case .lawEnforcement: return "dashed"
        case .cooperation, .structure, .territory, .other: return "solid"
        case .analysis: return "dotted"
        }
    }

    /// The Graphviz edge `penwidth`.
    public var penWidth: String {
        switch self {
        case .violence: return "2"
        default: return "1"
        }
    }
}
