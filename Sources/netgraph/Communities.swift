import ArgumentParser
import Foundation
import NetGraph

extension NetGraphCommand {
    /// `netgraph communities`: groups of closely tied entities.
    struct Communities: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "communities",
            abstract: "Find communities (Louvain, Leiden or label propagation) and their modularity.",
            discussion: """
                louvain (default): Blondel et al.'s method as NetworkX's louvain_communities \
                (resolution 1, threshold 1e-7), with a seeded generator of its own: a seed always \
                gives the same communities, though not NetworkX's for the same seed.
                leiden: Traag, Waltman & van Eck's method, iterated until it changes nothing; every \
                community is connected. --objective modularity (default) or cpm (the Constant Potts \
                Model: --resolution is then a density, communities denser inside than it). Seeded \
                as louvain; --iterations N (default 3), 0 to repeat until an \
                iteration changes nothing. JSON adds "objective", "resolution" and "quality" (the \
                objective's value).
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
            case leiden
        }

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: "louvain (default), leiden or label-propagation.")
        var method: Method = .louvain

        @Option(help: "Leiden's objective: modularity (default) or cpm.")
        var objective: LeidenObjective?

        @Option(help: "Leiden's iterations (default \(Leiden.defaultIterations)); 0 repeats until one changes nothing.")
        var iterations: Int?

        @Option(help: "The random seed of louvain and leiden (default 1).")
        var seed: UInt64 = 1

        @Option(help: "Resolution γ (default 1): for modularity, below 1 favours larger communities; for cpm, the density communities must exceed.")
        var resolution: Double = 1

        @Option(help: ArgumentHelp("Worker threads of Leiden's refinement and aggregation (default: all cores); the communities are the same on any number.", valueName: "n"))
        var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        @OptionGroup var analysis: AnalysisOptions
        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard resolution > 0 && resolution.isFinite else { throw ValidationError("--resolution must be positive") }
            if method == .labelPropagation && resolution != 1 {
                throw ValidationError("--resolution applies to louvain and leiden only")
            }
            if (objective != nil || iterations != nil) && method != .leiden {
                throw ValidationError("--objective and --iterations apply to --method leiden only")
            }
            if threads < 1 { throw ValidationError("--threads must be at least 1") }
            if let iterations, iterations < 0 || iterations > Leiden.maximumIterations {
                throw ValidationError("--iterations must be between 0 and \(Leiden.maximumIterations)")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let analysisGraph = try analysis.analysisGraph(of: graph)
            let chosen: CommunityMethod = switch method {
            case .louvain: .louvain(resolution: resolution, seed: seed)
            case .leiden: .leiden(objective: objective ?? .modularity, resolution: resolution, seed: seed,
                                  iterations: iterations == 0 ? nil : iterations ?? Leiden.defaultIterations)
            case .labelPropagation: .labelPropagation
            }
            let partition: Partition
            do {
                partition = try chosen.partition(of: analysisGraph, threads: threads)
            } catch {
                throw CommandError.usage("\(error); drop --directed")
            }
            let modularity = Modularity.of(partition, in: analysisGraph, resolution: chosen.resolution)
            CommunitiesResult(graph: graph, analysisGraph: analysisGraph, chosen: chosen, partition: partition, modularity: modularity).write(as: options.format)
        }
    }
}

extension LeidenObjective: ExpressibleByArgument {}
