import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph communities`: groups of closely tied entities.
    struct Communities: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "communities",
            abstract: "Find communities (Louvain or label propagation) and their modularity.",
            discussion: """
                louvain (default): Blondel et al.'s method as NetworkX's louvain_communities \
                (resolution 1, threshold 1e-7), with a seeded generator of its own: a seed always \
                gives the same communities, though not NetworkX's for the same seed.
                label-propagation: NetworkX's semi-synchronous label_propagation_communities, \
                deterministic and identical to NetworkX's; undirected graphs only.
                Modularity is NetworkX's (weighted with --weight). Communities are listed largest \
                first, entities in graph order. JSON: {"modularity":Q,"communities":[{"community":1,\
                "size":N,"members":[{"id":…,"name":…,"kind":…}…]}…]}.

                Example: netgraph communities --seed 7 --format json
                """)

        enum Method: String, ExpressibleByArgument, CaseIterable {
            case louvain
            case labelPropagation = "label-propagation"
        }

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: "louvain (default) or label-propagation.")
        var method: Method = .louvain

        @Option(help: "Louvain's random seed (default 1).")
        var seed: UInt64 = 1

        @Option(help: "Modularity resolution γ (default 1); below 1 favours larger communities.")
        var resolution: Double = 1

        @OptionGroup var analysis: AnalysisOptions
        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard resolution > 0 && resolution.isFinite else { throw ValidationError("--resolution must be positive") }
            if method == .labelPropagation && resolution != 1 {
                throw ValidationError("--resolution applies to louvain only")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let analysisGraph = try analysis.analysisGraph(of: graph)
            let chosen: CommunityMethod = method == .louvain ? .louvain(resolution: resolution, seed: seed) : .labelPropagation
            let partition: Partition
            do {
                partition = try chosen.partition(of: analysisGraph)
            } catch {
                throw CommandError.usage("\(error); drop --directed")
            }
            let modularity = Modularity.of(partition, in: analysisGraph, resolution: resolution)
            switch options.format {
            case .json:
                Emit.json([("modularity", modularity.isFinite ? .double(modularity) : .null)], streaming: "communities",
                          partition.communities.lazy.enumerated().map { index, members in
                              .object([("community", .int(index + 1)), ("size", .int(members.count)),
                                       ("members", .array(members.map { node in
                                           .object([("id", .string(graph.id(ofNode: node))), ("name", .string(graph.name(ofNode: node))),
                                                    ("kind", .string(graph.kind(ofNode: node).rawValue))])
                                       }))])
                          })
            case .csv:
                var table = CSVTable(["id", "label", "kind", "community"])
                for (index, members) in partition.communities.enumerated() {
                    for node in members {
                        table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue, String(index + 1)])
                    }
                }
                Emit.text(table.rendered())
            case .table:
                Emit.text("\(partition.count) communities, modularity \(modularity.isFinite ? modularity.tableDescription : "undefined (no relations)")\n")
                var table = TextTable(["community", "size", "members"], numeric: [0, 1])
                for (index, members) in partition.communities.enumerated() {
                    table.add([String(index + 1), String(members.count), members.map { graph.name(ofNode: $0) }.joined(separator: ", ")])
                }
                Emit.text(table.rendered())
            }
        }
    }
}
