import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph neighbors`: who is linked to an actor, within some steps.
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "neighbors",
            abstract: "List the entities linked to one, up to a number of steps away.",
            discussion: """
                Links are followed in both directions. Each neighbour is listed once, at the depth \
                it is first reached, with every relation joining it to the entity it was reached \
                from, as that entity sees it: "→leads" written from it, "←appointed" towards it, \
                "rival-of" of an undirected type, and the status of any not stated as fact \
                (alleged, planned, proposed, recommended, disputed): "allied-with (planned)". \
                JSON gives each neighbour "from" and "relations" (each relation in full, as \
                'netgraph profile' writes it); "via" and "status" name the first relation, as \
                before. CSV has one row per neighbour, its relations in one column.

                Example: netgraph neighbors "García Harfuch" --depth 2 --format json
                """)

        @Argument(help: ArgumentHelp("[GRAPH] NODE: an optional graph file, then an id, name or alias.", valueName: "graph-and-node"))
        var operands: [String] = []

        @Option(name: .long, help: "How many steps away to look (at least 1).")
        var depth: Int = 1

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard (1...2).contains(operands.count) else {
                throw ValidationError("expected a node, optionally preceded by a graph file")
            }
            guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: operands.count == 2 ? operands[0] : nil))
            let start = try NameResolver(graph: graph).resolve(operands.last!)
            let found = NeighborhoodSearch.neighbors(of: start, in: graph, depth: depth)
            let center = graph.entities[start]
            // A planned alliance must not read as an alliance, nor one relation stand for three:
            // every relation joining a neighbour to the node it was reached from is listed, with
            // its direction and status, in every format.
            NeighborsResult(graph: graph, center: center, found: found, depth: depth).write(as: options.format)
        }
    }
}
