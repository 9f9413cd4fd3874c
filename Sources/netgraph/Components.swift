import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph components`: the connected (or strongly connected) groups of a graph.
    struct Components: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "components",
            abstract: "List the connected components, largest first.",
            discussion: """
                Components of the undirected graph (weakly connected ones), or with --strong the \
                strongly connected components of the directed graph (relations followed in their \
                direction; undirected relation types count both ways). Largest first, ties by the \
                earliest entity; members in file order.

                JSON: {"components":[[ID…]…]}

                Example: netgraph components --strong --format json
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Flag(help: "Strongly connected components of the directed graph.")
        var strong = false

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let members = strong
                ? StrongComponents(try graph.analysisGraph(directed: true)).members
                : ConnectedComponents(try graph.analysisGraph()).members
            ComponentsResult(graph: graph, members: members, strong: strong).write(as: options.format)
        }
    }
}
