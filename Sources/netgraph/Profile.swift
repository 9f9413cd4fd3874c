import ArgumentParser
import Foundation
import NetGraph
import NetGraphViz

extension NetGraphCommand {
    /// `netgraph profile`: the dossier of one entity.
    struct Profile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "profile",
            abstract: "The dossier of one entity: its relations with their evidence, ranks and community.",
            discussion: """
                Lists the entity's kind, aliases, description and dates; every relation it takes \
                part in, grouped by family (violence, law enforcement, cooperation, structure, \
                territory, analysis, other), each with its direction, type, date or interval, \
                status, source, quote and attributes; its rank under degree, betweenness, \
                closeness, harmonic, eigenvector and PageRank centrality (competition ranks: tied \
                scores share the better rank); its Louvain community (seed 1, numbered as \
                'netgraph communities' numbers it); and how many entities are one and two steps \
                away. Ranks, community and steps are computed on the undirected simple graph after \
                the filters. --format markdown writes a section to paste into a report.

                Example: netgraph profile "García Harfuch" --format markdown
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json, csv, markdown
        }

        @Argument(help: ArgumentHelp("[GRAPH] NODE: an optional graph file, then an id, name or alias.", valueName: "graph-and-node"))
        var operands: [String] = []

        @Option(help: "Output format: table, json, csv (the relations) or markdown.")
        var format: Format = .table

        @OptionGroup var input: GraphInputOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard (1...2).contains(operands.count) else {
                throw ValidationError("expected a node, optionally preceded by a graph file")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try input.load(operand: operands.count == 2 ? operands[0] : nil))
            let node = try NameResolver(graph: graph).resolve(operands.last!)
            let profile = EntityProfile(node, in: graph)
            switch format {
            case .json: Emit.json(json(profile, in: graph))
            case .csv:
                var table = CSVTable(RelationOutput.csvHeaders(seenFrom: true))
                for record in Self.byFamily(profile.relations).flatMap(\.records) {
                    table.add(RelationOutput.csvRow(record, in: graph, seenFrom: node))
                }
                Emit.text(table.rendered())
            case .table: Emit.text(text(profile, in: graph))
            case .markdown: Emit.text(markdown(profile, in: graph))
            }
        }

        /// Relations by family in the renderer's family order, relation order within each.
        static func byFamily(_ records: [RelationRecord]) -> [(family: RelationFamily, records: [RelationRecord])] {
            RelationFamily.allCases.compactMap { family in
                let members = records.filter { RelationFamily($0.type) == family }
                return members.isEmpty ? nil : (family, members)
            }
        }

        private func json(_ profile: EntityProfile, in graph: Graph) -> JSONValue {
            let entity = graph.entities[profile.node]
            let node = profile.node
            return .object([
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
            ])
        }

        private func summaryLines(_ profile: EntityProfile, in graph: Graph) -> [String] {
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

        private func text(_ profile: EntityProfile, in graph: Graph) -> String {
            let entity = graph.entities[profile.node]
            var text = DisplayText.visible("\(entity.name) (\(entity.id), \(entity.kind))") + "\n"
            for line in summaryLines(profile, in: graph) { text += DisplayText.visible(line) + "\n" }
            text += "\n\(profile.relations.count) relation\(profile.relations.count == 1 ? "" : "s")\n"
            for (family, records) in Self.byFamily(profile.relations) {
                text += "\n\(family.title) (\(records.count))\n"
                for record in records {
                    text += "  [\(record.id)] " + DisplayText.visible(RelationOutput.arrow(record, in: graph, seenFrom: profile.node))
                    text += " (" + DisplayText.visible(RelationOutput.details(record)) + ")\n"
                    if let quote = record.quote { text += "       “\(DisplayText.visible(quote))”\n" }
                }
            }
            return text
        }

        private func markdown(_ profile: EntityProfile, in graph: Graph) -> String {
            let entity = graph.entities[profile.node]
            var text = "## \(Markdown.escaped(entity.name))\n\n*\(Markdown.escaped(entity.kind.rawValue))*, id `\(Markdown.code(entity.id))`\n\n"
            for line in summaryLines(profile, in: graph) { text += "- \(Markdown.escaped(line))\n" }
            text += "\n### Relations (\(profile.relations.count))\n"
            for (family, records) in Self.byFamily(profile.relations) {
                text += "\n#### \(Markdown.escaped(family.title.prefix(1).uppercased() + family.title.dropFirst())) (\(records.count))\n\n"
                for record in records {
                    text += "- \(Markdown.escaped(RelationOutput.arrow(record, in: graph, seenFrom: profile.node)))"
                    text += " (\(Markdown.escaped(RelationOutput.details(record))))"
                    if let quote = record.quote { text += "\n  > \(Markdown.escaped(quote))" }
                    text += "\n"
                }
            }
            return text
        }
    }
}
