import ArgumentParser
import NetGraph
import NetGraphViz

extension NetGraphCommand {
    /// `netgraph disrupt`: what happens to the network as actors are removed.
    struct DisruptCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disrupt",
            abstract: "Remove actors one at a time and report how the network breaks: largest component, fragmentation, efficiency, robustness.",
            discussion: """
                Strategies: degree or betweenness (highest first, ranked once on the intact graph, \
                or again after each removal with --recompute; ties by id), keyplayers (Borgatti's \
                fragmentation set of --steps actors), random (--runs R orders drawn with --seed S; \
                each step the mean and spread), list (--remove A,B,...: what if these are arrested). \
                --candidates KIND,... limits who may be removed; --steps N caps the removals \
                (default: every candidate, or the list).

                After each removal, on the undirected graph (N original entities, n left): the \
                largest component's share of N, the components, fragmentation F = 1 - sum s(s-1) / \
                (n(n-1)), distance-weighted fragmentation DF = 1 - sum 1/d / (n(n-1)), efficiency \
                (NetworkX's global_efficiency, 1 - DF) and the average path length over the pairs \
                a path joins. Robustness R = (1/N) sum over the removals of the largest share \
                (Schneider et al. 2011), over the removals made.

                JSON: {"strategy":S,"recompute":b,"intact":{measures},"steps":[{"removed":ID,\
                "largest_component_share":x,"components":c,"fragmentation":f,"distance_fragmentation":d,\
                "efficiency":e,"average_path_length":l|null}...],"robustness":r}. With random: \
                "runs" and "seed", steps without "removed", each measure its mean with its \
                standard deviation under "spread", and "robustness_spread".

                --svg FILE draws the curves (largest share, efficiency, fragmentation).

                Example: netgraph disrupt --strategy betweenness --recompute --steps 5
                         netgraph disrupt --strategy list --remove "El Mencho,García Harfuch"
                """)

        enum StrategyName: String, ExpressibleByArgument, CaseIterable {
            case degree, betweenness, keyplayers, random, list
        }

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: "degree (default), betweenness, keyplayers, random or list.")
        var strategy: StrategyName = .degree

        @Flag(help: "Degree or betweenness: rank again after each removal.")
        var recompute = false

        @Option(help: ArgumentHelp("At most this many removals.", valueName: "n"))
        var steps: Int?

        @Option(parsing: .singleValue, help: ArgumentHelp("With --strategy list: the actors to remove, in order (comma-separated or repeated).", valueName: "names"))
        var remove: [String] = []

        @Option(parsing: .singleValue, help: ArgumentHelp("Only entities of these kinds may be removed.", valueName: "kind"))
        var candidates: [String] = []

        @Option(help: ArgumentHelp("Random: the number of runs (default 10).", valueName: "r"))
        var runs: Int = 10

        @Option(help: ArgumentHelp("Random: the seed (default 0).", valueName: "s"))
        var seed: UInt64 = 0

        @Option(help: ArgumentHelp("Also draw the curves as an SVG chart to this file (not with random).", valueName: "file"))
        var svg: String?

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            if svg != nil && strategy == .random { throw ValidationError("--svg draws one removal sequence; random gives means over runs") }
            if let steps, steps < 1 { throw ValidationError("--steps must be at least 1") }
            guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
            if strategy == .list && remove.isEmpty { throw ValidationError("--strategy list needs --remove A,B,...") }
            if strategy != .list && !remove.isEmpty { throw ValidationError("--remove goes with --strategy list") }
            if recompute && strategy != .degree && strategy != .betweenness {
                throw ValidationError("--recompute applies to degree and betweenness")
            }
        }

        func run() throws {
            if let svg { try options.input.checkOutput(svg, operand: path) }
            let graph = try filters.apply(to: try options.load(operand: path))
            let analysis = try graph.analysisGraph()
            let kinds = Set(FilterOptions.split(candidates).map { EntityKind($0) })
            for kind in kinds.sorted() where !graph.schema.contains(kind) {
                throw CommandError.usage("unknown kind '\(kind)' in --candidates (known: \(graph.schema.kinds.map(\.rawValue).joined(separator: ", ")))")
            }
            let pool = kinds.isEmpty ? nil : (0..<graph.nodeCount).filter { kinds.contains(graph.kind(ofNode: $0)) }
            let resolver = NameResolver(graph: graph)
            var order: [Int] = []
            for name in FilterOptions.split(remove) {
                let node = try resolver.resolve(name)
                if !order.contains(node) { order.append(node) }
            }
            if let pool, let outside = order.first(where: { !pool.contains($0) }) {
                throw CommandError.usage("'\(graph.name(ofNode: outside))' is a \(graph.kind(ofNode: outside)), not one of the --candidates")
            }
            let count = steps ?? (strategy == .list ? order.count : pool?.count ?? graph.nodeCount)
            if strategy == .random {
                RandomRemovalResult(result: RandomRemovals(analysis, steps: count, runs: runs, seed: seed, candidates: pool), seed: seed)
                    .write(as: options.format)
                return
            }
            let chosen: RemovalSimulation.Strategy = switch strategy {
            case .degree: .degree(recompute: recompute)
            case .betweenness: .betweenness(recompute: recompute)
            case .keyplayers: .keyPlayers
            case .list, .random: .list(order)
            }
            let simulation: RemovalSimulation
            do {
                simulation = try RemovalSimulation(analysis, strategy: chosen, steps: count, candidates: pool) { graph.id(ofNode: $0) }
            } catch {
                throw CommandError.input(error.description)
            }
            if let svg {
                let chart = DisruptionChart.svg(simulation, of: graph, title: "\(graph.name): removal by \(strategy.rawValue)\(recompute ? " (recomputed)" : "")")
                do {
                    try GraphFile.writeAtomically(chart, to: svg)
                } catch {
                    throw CommandError.input("cannot write '\(svg)': \(error.localizedDescription)")
                }
                Diagnostics.notice("wrote \(svg)")
            }
            RemovalResult(graph: graph, simulation: simulation, strategy: strategy.rawValue, recompute: recompute).write(as: options.format)
        }
    }
}
