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

        @Argument(help: ArgumentHelp("[GRAPH] NODE: an optional graph file, then an id, name or alias.", valueName: "graph-and-node"))
        var operands: [String] = []

        @Option(help: "Output format: table, json, csv (the relations) or markdown.")
        var format: OutputFormat = .table

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
            ProfileResult(graph: graph, profile: profile).write(as: format)
        }
    }
}
