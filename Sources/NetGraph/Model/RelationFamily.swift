import Foundation

/// The families relation types fall into — violence, law enforcement, cooperation, structure,
/// territory, analysis — so an analysis can keep or leave out a whole layer of the network
/// (`--relations cooperation`, `--exclude-relations analysis,territory`) and a drawing can
/// give each its own line style. ``table`` is the one place that says which built-in type
/// belongs where; every other type, a schema's own included, is ``other``.
public enum RelationFamily: String, CaseIterable, Sendable {
    case violence
    case lawEnforcement = "law-enforcement"
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

    /// The family's name in prose and headings: "law enforcement".
    public var title: String { rawValue.replacingOccurrences(of: "-", with: " ") }

    /// The types of `schema` in this family, in the schema's order.
    public func types(in schema: Schema) -> [RelationType] {
        schema.relations.map(\.type).filter { RelationFamily($0) == self }
    }
}
