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
            switch options.format {
            case .json:
                Emit.json([], streaming: "components", members.lazy.map { .array($0.map { .string(graph.id(ofNode: $0)) }) })
            case .csv:
                var table = CSVTable(["component", "id", "name", "kind"])
                for (index, component) in members.enumerated() {
                    for v in component {
                        table.add([String(index + 1), graph.id(ofNode: v), graph.name(ofNode: v), graph.kind(ofNode: v).rawValue])
                    }
                }
                Emit.text(table.rendered())
            case .table:
                var table = TextTable(["#", "size", "members"], numeric: [0, 1])
                for (index, component) in members.enumerated() {
                    table.add([String(index + 1), String(component.count), component.map { graph.name(ofNode: $0) }.joined(separator: ", ")])
                }
                let kind = strong ? "strongly connected component" : "connected component"
                Emit.text("\(members.count) \(kind)\(members.count == 1 ? "" : "s")\n" + table.rendered())
            }
        }
    }
}
