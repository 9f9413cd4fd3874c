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
            StructureResult(graph: graph, simple: simple, points: points, bridges: bridges, cores: cores, clustering: clustering,
                            transitivity: transitivity, largest: largest, extent: extent).write(as: options.format)
        }
    }
}
