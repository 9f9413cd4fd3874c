import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph project`: the one-mode graph of a two-mode network.
    struct ProjectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "project",
            abstract: "Link entities of one kind by the entities of another they share (persons by events, organisations by members), as a new graph.",
            discussion: """
                The two-mode network is every relation between a --onto entity and a --via \
                entity. Two --onto entities are linked (type shares-<via>, undirected) when they \
                share a --via neighbour, weighted as NetworkX's bipartite projections: count \
                (shared neighbours, weighted_projected_graph), newman (sum of 1/(k(w)-1), \
                collaboration_weighted_projected_graph), jaccard or overlap \
                (overlap_weighted_projected_graph, jaccard=True or False). Each link cites the \
                shared entities (attribute via) and the relations behind it (attribute relations, \
                their positions in the input); its source is theirs when they all cite one. The \
                output is a graph in any format, for every other command.

                Example: netgraph project --onto person --via event --weight newman -o persons.yaml
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: ArgumentHelp("The kind of the entities to link.", valueName: "kind"))
        var onto: String

        @Option(help: ArgumentHelp("The kind of the entities they share.", valueName: "kind"))
        var via: String

        @Option(help: "count (default), newman, jaccard or overlap.")
        var weight: TwoModeProjection.Weighting = .count

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the graph ('-', the default, for standard output).", valueName: "out"))
        var output: String = "-"

        @Option(help: "Output format (default: from OUT's extension; yaml for standard output).")
        var to: GraphFormat?

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            if to == nil && output != "-" && GraphFormat(path: output) == nil {
                throw ValidationError("cannot tell the format of '\(output)' from its extension; use --to")
            }
        }

        func run() throws {
            if output != "-" && !(to?.isFolder ?? false) { try options.input.checkOutput(output, operand: path) }
            let graph = try filters.apply(to: try options.load(operand: path))
            for kind in [onto, via] where !graph.schema.contains(EntityKind(kind)) {
                throw CommandError.usage("unknown kind '\(kind)' (known: \(graph.schema.kinds.map(\.rawValue).joined(separator: ", ")))")
            }
            let projected: Graph
            do {
                projected = try TwoModeProjection.project(graph, onto: EntityKind(onto), via: EntityKind(via), weighting: weight)
            } catch let error as TwoModeProjection.ProjectionError {
                // The library names the problem; the flags that caused it are the command's.
                throw CommandError.usage(error == .sameKind ? "--onto and --via must be different kinds" : error.description)
            }
            try GraphExport.write(projected, to: output, as: to ?? GraphFormat(path: output) ?? .yaml, report: options.format)
        }
    }
}

extension TwoModeProjection.Weighting: ExpressibleByArgument {}
