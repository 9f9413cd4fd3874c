import NetGraph

/// `profile`: the dossier of one entity — who it is, every relation it takes part in by
/// family, its ranks, its community and its neighbourhood.
struct ProfileResult: CommandResult {
    let graph: Graph
    let profile: EntityProfile

    /// Relations by family in the renderer's family order, relation order within each.
    static func byFamily(_ records: [RelationRecord]) -> [(family: RelationFamily, records: [RelationRecord])] {
        RelationFamily.allCases.compactMap { family in
            let members = records.filter { RelationFamily($0.type) == family }
            return members.isEmpty ? nil : (family, members)
        }
    }

    private var families: [(family: RelationFamily, records: [RelationRecord])] {
        Self.byFamily(profile.relations)
    }

    func json() -> JSONDocument {
        let entity = graph.entities[profile.node]
        let node = profile.node
        return .value(.object([
            ("entity", .object([
                ("id", .string(entity.id)), ("name", .string(entity.name)), ("kind", .string(entity.kind.rawValue)),
                ("aliases", .array(entity.aliases.map { .string($0) })),
                ("description", entity.description.map(JSONValue.string) ?? .null),
                ("since", entity.since.map { .string($0.description) } ?? .null),
                ("until", entity.until.map { .string($0.description) } ?? .null),
                ("attributes", JSONValue(attributes: entity.attributes)),
            ])),
            ("relations", .array(Self.byFamily(profile.relations).flatMap(\.records).map {
                RelationOutput.json($0, in: graph, seenFrom: node)
            })),
            ("ranks", .object(profile.ranks.map { ($0.measure.rawValue, .int($0.rank)) })),
            ("scores", .object(profile.ranks.map { ($0.measure.rawValue, .double($0.score)) })),
            ("unavailable", .object(profile.unavailable.map { ($0.measure.rawValue, .string($0.reason)) })),
            ("entities", .int(graph.nodeCount)),
            ("community", .int(profile.community)), ("community_size", .int(profile.communitySize)),
            ("neighbors", .int(profile.neighborCount)), ("two_steps", .int(profile.twoStepCount)),
        ]))
    }

    func records() -> CSVTable {
        var table = CSVTable(RelationOutput.csvHeaders(seenFrom: true))
        for record in families.flatMap(\.records) {
            table.add(RelationOutput.csvRow(record, in: graph, seenFrom: profile.node))
        }
        return table
    }

    func display() -> [DisplayBlock] {
        let entity = graph.entities[profile.node]
        var blocks: [DisplayBlock] = [.title("\(entity.name) (\(entity.id), \(entity.kind))")]
        blocks += summaryLines().map(DisplayBlock.bullet)
        blocks.append(.heading("Relations (\(profile.relations.count))"))
        for (family, records) in families {
            blocks.append(.heading("\(family.title.prefix(1).uppercased() + family.title.dropFirst()) (\(records.count))", level: 2))
            blocks += records.map { RelationOutput.entry($0, in: graph, seenFrom: profile.node) }
        }
        return blocks
    }

    private func summaryLines() -> [String] {
        let entity = graph.entities[profile.node]
        var lines: [String] = []
        if !entity.aliases.isEmpty { lines.append("Also known as: \(entity.aliases.joined(separator: ", "))") }
        if let description = entity.description { lines.append(description) }
        if entity.since != nil || entity.until != nil {
            lines.append("Active: \(entity.since?.description ?? "…") to \(entity.until?.description ?? "…")")
        }
        if !entity.attributes.isEmpty { lines.append("Attributes: \(RelationOutput.attributesText(entity.attributes))") }
        let ranks = profile.ranks.map { "\($0.measure.rawValue) \($0.rank)" }
        lines.append("Rank of \(graph.nodeCount): \(ranks.joined(separator: ", "))"
                     + profile.unavailable.map { "; \($0.measure.rawValue) unavailable (\($0.reason))" }.joined())
        lines.append("Community \(profile.community) (\(profile.communitySize) entities); \(profile.neighborCount) entities one step away, \(profile.twoStepCount) two steps away")
        return lines
    }
}
