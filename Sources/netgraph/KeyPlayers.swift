import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph keyplayers`: the few actors whose removal or reach matters most.
    struct KeyPlayers: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keyplayers",
            abstract: "Find Borgatti's key players: the set whose removal fragments the network most, or that reaches most of it.",
            discussion: """
                fragment (KPP-Neg, default): maximises F = 1 - sum s_c(s_c-1) / (n(n-1)) over the \
                components left after removing the set (n = entities left).
                reach (KPP-Pos): maximises the share of the other entities within --depth steps \
                (default 1) of the set, counted in the whole graph.
                Both use the undirected, unweighted graph. --search auto (default) tries every set \
                while there are at most 100,000 of them and otherwise adds players greedily, then \
                swaps members for non-members while that helps (not guaranteed optimal).

                Example: netgraph keyplayers --k 3 --mode reach --depth 2 --format json
                """)

        enum Mode: String, ExpressibleByArgument, CaseIterable { case fragment, reach }
        enum Search: String, ExpressibleByArgument, CaseIterable { case auto, greedy, exhaustive }

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(name: .customLong("k"), help: "How many key players to find.")
        var k: Int

        @Option(help: "fragment (default) or reach.")
        var mode: Mode = .fragment

        @Option(help: "Reach: the number of steps counted as reached (default 1).")
        var depth: Int = 1

        @Option(help: "auto (default), greedy (greedy with swaps) or exhaustive.")
        var search: Search = .auto

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard k >= 1 else { throw ValidationError("--k must be at least 1") }
            guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            guard k <= graph.nodeCount else {
                throw CommandError.usage("--k \(k) is more than the \(graph.nodeCount) entities")
            }
            let analysisGraph = try graph.analysisGraph()
            let strategy: KeyPlayerSearch = switch search {
            case .auto: .automatic
            case .greedy: .greedySwap
            case .exhaustive: .exhaustive
            }
            let found = switch mode {
            case .fragment: Fragmentation.keyPlayers(analysisGraph, k: k, search: strategy)
            case .reach: Reach.keyPlayers(analysisGraph, k: k, depth: depth, search: strategy)
            }
            switch options.format {
            case .json:
                Emit.json(.object([
                    ("mode", .string(mode.rawValue)), ("k", .int(k)), ("depth", .int(depth)),
                    ("score", .double(found.score)),
                    ("players", .array(found.members.map { node in
                        return .object([("id", .string(graph.id(ofNode: node))), ("label", .string(graph.name(ofNode: node))),
                                        ("kind", .string(graph.kind(ofNode: node).rawValue))])
                    })),
                ]))
            case .csv:
                var table = CSVTable(["id", "label", "kind"])
                for node in found.members {
                    table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue])
                }
                Emit.text(table.rendered())
            case .table:
                let what = mode == .fragment ? "fragmentation after removal" : "share reached within \(depth) step\(depth == 1 ? "" : "s")"
                Emit.text("\(what): \(found.score.tableDescription)\n")
                var table = TextTable(["id", "name", "kind"])
                for node in found.members {
                    table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue])
                }
                Emit.text(table.rendered())
            }
        }
    }
}
