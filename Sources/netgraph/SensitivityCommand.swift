import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph sensitivity`: which answers survive when one document, or one status, is
    /// taken away.
    struct SensitivityCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sensitivity",
            abstract: "Recompute the top actors, or a chain, without each source's relations and without each status's.",
            discussion: """
                Leave-one-source-out: for every source some relation cites, the answer is \
                recomputed on the graph without that source's relations; then the same for every \
                status some relation has (alleged, planned, ...). Entities all stay.

                Top actors (default): the top --top K (default 10) of --measure (default \
                betweenness; any centrality measure, computed with its defaults). Each scenario \
                lists its top K, who left it and who entered; each baseline actor the scenarios \
                that push it out. Ties at the K-th place are broken by id, so an actor tied at the \
                edge can leave on a tie alone.

                A chain (--path A B): the fewest-step chain in the baseline and in each scenario, \
                and the scenarios without which no chain is left: the documents it rests on.

                JSON (top): {"measure":M,"top":K,"baseline":[ID…],"scenarios":[{"without":{"source":ID}|\
                {"status":S},"relations_removed":n,"top":[ID…],"lost":[ID…],"entered":[ID…]}…],\
                "actors":[{"id":ID,"kept_in":n,"scenarios":S,"lost_without":[{"source":ID}|{"status":S}…]}…]}
                JSON (path): {"from":ID,"to":ID,"baseline":{"hops":h,"nodes":[ID…]}|null,\
                "scenarios":[{"without":…,"relations_removed":n,"hops":h|null,"nodes":[ID…]|null}…],\
                "breaks_without":[{"source":ID}|{"status":S}…]}

                Example: netgraph sensitivity --measure betweenness --top 5
                         netgraph sensitivity --path "El Mencho" Sheinbaum
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: ArgumentHelp("The measure whose top actors are tested (default betweenness).", valueName: "measure"))
        var measure: String = CentralityMeasure.betweenness.rawValue

        @Option(help: ArgumentHelp("How many top actors (default 10).", valueName: "k"))
        var top: Int = 10

        @Option(name: .customLong("path"), parsing: .upToNextOption,
                help: ArgumentHelp("Test the chain between two entities instead.", valueName: "A B"))
        var chainEnds: [String] = []

        @Flag(help: "Respect relation direction (default: undirected).")
        var directed = false

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard CentralityMeasure(rawValue: measure) != nil else {
                throw ValidationError("unknown measure '\(measure)' (known: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard top >= 1 else { throw ValidationError("--top must be at least 1") }
            guard chainEnds.isEmpty || chainEnds.count == 2 else {
                throw ValidationError("--path takes two entities, A and B, not \(chainEnds.count)")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            if chainEnds.count == 2 {
                let resolver = NameResolver(graph: graph)
                let (a, b) = (try resolver.resolve(chainEnds[0]), try resolver.resolve(chainEnds[1]))
                SensitivityChainResult(graph: graph, from: a, to: b, result: try Sensitivity.chain(from: a, to: b, in: graph, directed: directed))
                    .write(as: options.format)
            } else {
                let measure = CentralityMeasure(rawValue: measure)!
                let result: Sensitivity.TopK
                do {
                    result = try Sensitivity.topK(of: measure, k: top, in: graph, directed: directed)
                } catch let error as CentralityError {
                    throw CommandError.input(error.description)
                }
                SensitivityTopResult(graph: graph, measure: measure, top: top, result: result).write(as: options.format)
            }
        }
    }
}
