import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph structure`: the cut points, cores, clustering and extent of a graph.
    struct Structure: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "structure",
            abstract: "Cut points, bridges, k-cores, clustering, density, diameter and radius.",
            discussion: """
                Measures as NetworkX computes them on the simple graph (parallel relations count \
                once). Articulation points, bridges, diameter and radius use the undirected graph \
                (diameter and radius of the largest component); k-cores, clustering, transitivity \
                and density honour --directed, and clustering --weight.

                JSON: {"nodes":N,"edges":M,"density":D,"articulation_points":[ID…],\
                "bridges":[[ID,ID]…],"core":{"max":K,"members":[ID…],"numbers":{ID:K…}},\
                "average_clustering":C,"transitivity":T,\
                "largest_component":{"nodes":N,"diameter":D,"radius":R}}

                Diameter and radius take a breadth-first search from every node of the largest \
                component (a progress bar on a terminal); --no-distances skips them ("diameter" \
                and "radius" are null).

                Example: netgraph structure --format json
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Flag(help: "Skip diameter and radius (a search from every node of the largest component).")
        var noDistances = false

        @OptionGroup var analysis: AnalysisOptions
        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let simple = try analysis.analysisGraph(of: graph)
            let points = ArticulationPoints(simple).nodes
            let bridges = Bridges(simple).pairs
            let cores = CoreNumber(simple)
            let clustering = Clustering(simple, weighted: analysis.weight != nil)
            let transitivity = Clustering.transitivity(simple)
            let largest = ConnectedComponents(simple.undirected()).sizes.first ?? 0
            var extent: Eccentricity? = nil
            if !noDistances {
                let bar = ProgressBar(label: "distances")
                extent = Eccentricity(largestComponentOf: simple, progress: bar.map { bar in { bar.update($0, of: $1) } })
                bar?.finish()
            }
            let id = { (v: Int) in graph.id(ofNode: v) }
            let name = { (v: Int) in graph.name(ofNode: v) }
            switch options.format {
            case .json:
                Emit.json(.object([
                    ("nodes", .int(simple.nodeCount)), ("edges", .int(simple.edgeCount)),
                    ("density", .double(simple.density)),
                    ("articulation_points", .array(points.map { .string(id($0)) })),
                    ("bridges", .array(bridges.map { .array([.string(id($0.0)), .string(id($0.1))]) })),
                    ("core", .object([
                        ("max", .int(cores.maxCore)),
                        ("members", .array(cores.maxCoreMembers.map { .string(id($0)) })),
                        ("numbers", .object(cores.values.enumerated().map { (id($0.offset), .int(Int($0.element))) })),
                    ])),
                    ("average_clustering", .double(clustering.average)),
                    ("transitivity", .double(transitivity)),
                    ("largest_component", .object([("nodes", .int(largest)), ("diameter", extent.map { .int($0.diameter) } ?? .null),
                                                   ("radius", extent.map { .int($0.radius) } ?? .null)])),
                ]))
            case .csv:
                var table = CSVTable(["key", "value"])
                table.add(["nodes", String(simple.nodeCount)])
                table.add(["edges", String(simple.edgeCount)])
                table.add(["density", "\(simple.density)"])
                table.add(["articulation_points", points.map(id).joined(separator: ";")])
                table.add(["bridges", bridges.map { "\(id($0.0))|\(id($0.1))" }.joined(separator: ";")])
                table.add(["max_core", String(cores.maxCore)])
                table.add(["max_core_members", cores.maxCoreMembers.map(id).joined(separator: ";")])
                table.add(["average_clustering", "\(clustering.average)"])
                table.add(["transitivity", "\(transitivity)"])
                table.add(["largest_component", String(largest)])
                table.add(["diameter", extent.map { String($0.diameter) } ?? ""])
                table.add(["radius", extent.map { String($0.radius) } ?? ""])
                Emit.text(table.rendered())
            case .table:
                var table = TextTable(["measure", "value"])
                table.add(["nodes", String(simple.nodeCount)])
                table.add(["edges", String(simple.edgeCount)])
                table.add(["density", simple.density.tableDescription])
                table.add(["average clustering", clustering.average.tableDescription])
                table.add(["transitivity", transitivity.tableDescription])
                table.add(["largest component", extent.map { "\(largest) nodes, diameter \($0.diameter), radius \($0.radius)" }
                           ?? "\(largest) nodes (distances skipped)"])
                table.add(["max k-core", "k = \(cores.maxCore): \(cores.maxCoreMembers.map(name).joined(separator: ", "))"])
                table.add(["articulation points", points.isEmpty ? "none" : points.map(name).joined(separator: ", ")])
                table.add(["bridges", bridges.isEmpty ? "none" : bridges.map { "\(name($0.0)) – \(name($0.1))" }.joined(separator: "; ")])
                Emit.text(table.rendered())
            }
        }
    }
}
