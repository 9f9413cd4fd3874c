import NetGraph

/// The families relation types are drawn by: one line style per family, so a reader sees
/// violence, law enforcement or alliance at a glance. ``table`` is the one place that says
/// which built-in type belongs where; other types are ``other``.
public enum RelationFamily: String, CaseIterable, Sendable {
    case violence
    case lawEnforcement = "law enforcement"
    case cooperation
    case structure
    case territory
    case analysis
    case other

    /// The built-in relation types by family.
    public static let table: [(RelationFamily, [RelationType])] = [
        (.violence, ["attacked", "killed", "targeted", "responsible-for", "rival-of"]),
        (.lawEnforcement, ["arrested", "extradited-to", "released", "escaped-from", "indicted", "sanctioned",
                           "designated", "investigated", "extradited", "reviews", "granted"]),
        (.cooperation, ["allied-with", "colluded-with", "affiliated-with", "cooperates-with", "family-of", "funds",
                        "trained", "participates-in", "supports", "negotiated-with", "hosted", "visited"]),
        (.structure, ["leads", "member-of", "part-of", "appointed", "reports-to", "succeeded", "created",
                      "dissolved", "proposed"]),
        (.territory, ["operates-in", "controls", "located-in", "supplies", "traffics-to", "smuggled-to", "flows-to",
                      "trades-with"]),
        (.analysis, ["analyzes", "opposes"]),
    ]

    private static let familyByType: [RelationType: RelationFamily] = {
        var map: [RelationType: RelationFamily] = [:]
        for (family, types) in table { for type in types { map[type] = family } }
        return map
    }()

    /// The family of `type`.
    public init(_ type: RelationType) { self = Self.familyByType[type] ?? .other }

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
