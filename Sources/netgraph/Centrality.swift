import ArgumentParser
import Foundation
import NetGraph

extension NetGraphCommand {
    /// `netgraph centrality`: who matters, by one of thirteen measures.
    struct Centrality: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "centrality",
            abstract: "Rank entities by a centrality measure (values equal NetworkX 3.6.1's).",
            discussion: """
                Measures and defaults (each as NetworkX computes it, on the simple graph: parallel \
                relations count once):
                  degree, in-degree, out-degree  degree / (n-1); --raw gives counts. A self-loop counts twice.
                  betweenness  Brandes; normalised by (n-1)(n-2) (n(n-1) with --endpoints) as NetworkX; \
                --raw gives pair sums (unordered pairs when undirected). --samples K estimates it from \
                K random sources (seeded by --seed, default 0), rescaled as NetworkX does for k.
                  closeness    Wasserman-Faust improved: ((r-1)/sum d)((r-1)/(n-1)); incoming distances when --directed.
                  harmonic     sum of 1/d over the other nodes; not normalised; incoming when --directed.
                  eigenvector  power iteration on A^T+I from 1/n, unit L2 norm; max 100 iterations, tolerance 1e-6.
                  pagerank     alpha 0.85, dangling mass spread uniformly; max 100 iterations, tolerance 1e-6.
                  katz         alpha 0.1, beta 1, normalised (unit L2 norm; --raw leaves it); max 1000 iterations, tolerance 1e-6.
                  constraint   Burt's constraint (NetworkX constraint); listed lowest first: the least constrained are the brokers.
                  effective-size  Burt's effective size (NetworkX effective_size): contacts less their redundancy.
                  efficiency   effective size / number of distinct contacts.
                  hierarchy    Burt's hierarchy: how far constraint is concentrated on one contact (0 even, towards 1).
                The four structural-hole measures read contacts either way on a directed graph, use \
                --weight as tie strengths, and leave out entities where they are undefined \
                (no contacts; no successor when --directed, as NetworkX).
                With --weight, betweenness, closeness and harmonic read weights as distances and \
                eigenvector, pagerank and katz as strengths; degree ignores them. Analyses are \
                undirected unless --directed. --kind restricts the rows listed, not the computation.

                Example: netgraph centrality --measure betweenness --top 10 --format json
                """)

        enum Measure: String, ExpressibleByArgument, CaseIterable {
            case degree, inDegree = "in-degree", outDegree = "out-degree", betweenness, closeness, harmonic
            case eigenvector, pagerank, katz
            case constraint, effectiveSize = "effective-size", efficiency, hierarchy

            /// Burt's structural-hole measures: undefined (NaN) for some nodes, and constraint
            /// ranks the least constrained — the brokers — first.
            var isStructuralHole: Bool { [.constraint, .effectiveSize, .efficiency, .hierarchy].contains(self) }
        }

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: "The measure: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
        var measure: Measure

        @Option(help: ArgumentHelp("List only the N highest scores (default: all).", valueName: "n"))
        var top: Int?

        @Option(name: .long, parsing: .singleValue,
                help: ArgumentHelp("List only entities of these kinds (comma-separated or repeated); the scores are still computed on the whole graph.", valueName: "kind"))
        var kind: [String] = []

        @Flag(help: "Unnormalised values: degree counts, betweenness pair sums, Katz without the L2 normalisation.")
        var raw = false

        @Flag(help: "Betweenness: count the endpoints of every path (Brandes 2008).")
        var endpoints = false

        @Option(help: ArgumentHelp("Betweenness: estimate from K sampled sources (default: exact, all sources).", valueName: "k"))
        var samples: Int?

        @Option(help: ArgumentHelp("Seed of the source sampling (default 0).", valueName: "seed"))
        var seed: UInt64 = 0

        @Option(help: ArgumentHelp("PageRank damping (default 0.85) or Katz attenuation (default 0.1).", valueName: "a"))
        var alpha: Double?

        @Option(help: ArgumentHelp("Katz: the constant added at every node (default 1).", valueName: "b"))
        var beta: Double = 1

        @Option(help: ArgumentHelp("Iteration cap of eigenvector (default 100), pagerank (100) and katz (1000).", valueName: "n"))
        var maxIterations: Int?

        @Option(help: ArgumentHelp("Convergence tolerance of the power iterations (default 1e-6, stop when the L1 change < n*tol).", valueName: "tol"))
        var tolerance: Double = 1e-6

        @Option(help: ArgumentHelp("Worker threads of betweenness, closeness and harmonic (default: all cores).", valueName: "n"))
        var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        @OptionGroup var analysis: AnalysisOptions
        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            if let top, top < 0 { throw ValidationError("--top must be at least 0") }
            if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
            if samples != nil && measure != .betweenness { throw ValidationError("--samples applies to betweenness only") }
            if endpoints && measure != .betweenness { throw ValidationError("--endpoints applies to betweenness only") }
            if let maxIterations, maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1") }
            if !(tolerance > 0) { throw ValidationError("--tolerance must be positive") }
            if threads < 1 { throw ValidationError("--threads must be at least 1") }
            if let alpha, !(alpha > 0) || (measure == .pagerank && alpha >= 1) {
                throw ValidationError("--alpha must be positive (and below 1 for pagerank)")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let kinds = Set(FilterOptions.split(kind).map { EntityKind($0) })
            for kind in kinds.sorted() where !graph.schema.contains(kind) {
                throw CommandError.usage("unknown kind '\(kind)' (known: \(graph.schema.kinds.map(\.rawValue).joined(separator: ", ")))")
            }
            let analysisGraph = try analysis.analysisGraph(of: graph)
            if let samples, samples > graph.nodeCount {
                throw CommandError.usage("--samples \(samples) is more than the \(graph.nodeCount) entities")
            }
            let scores: Scores
            do {
                scores = try compute(analysisGraph)
            } catch let error as CentralityError {
                // The algorithm knows node indices; the user knows ids.
                if case let .negativeWeight(source, target, weight) = error {
                    throw CommandError.input("the relation between '\(graph.id(ofNode: source))' and '\(graph.id(ofNode: target))' weighs \(weight); "
                                             + (measure.isStructuralHole ? "tie strengths must be ≥ 0" : "shortest-path measures need weights ≥ 0"))
                }
                throw CommandError.input(error.description)
            }
            let order: [Int]
            if measure.isStructuralHole {
                // Undefined scores (NaN) cannot be ranked; constraint is best when low.
                let sign = measure == .constraint ? -1.0 : 1.0
                let defined = Scores(scores.values.map { $0.isNaN ? -Double.infinity : sign * $0 })
                order = defined.ranked { graph.id(ofNode: $0) }.filter { !scores[$0].isNaN }
            } else {
                order = scores.ranked { graph.id(ofNode: $0) }
            }
            let ranked = order
                .filter { kinds.isEmpty || kinds.contains(graph.kind(ofNode: $0)) }
                .prefix(top ?? Int.max)
            switch options.format {
            case .json:
                Emit.json([("measure", .string(measure.rawValue)), ("directed", .bool(analysis.directed)),
                           ("normalized", .bool(!raw))],
                          streaming: "scores", ranked.lazy.map { node in
                              .object([("id", .string(graph.id(ofNode: node))), ("label", .string(graph.name(ofNode: node))),
                                       ("kind", .string(graph.kind(ofNode: node).rawValue)), ("score", .double(scores[node]))])
                          })
            case .csv:
                var table = CSVTable(["id", "label", "kind", "score"])
                for node in ranked {
                    table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue, "\(scores[node])"])
                }
                Emit.text(table.rendered())
            case .table:
                var table = TextTable(["rank", "id", "name", "kind", "score"], numeric: [0, 4])
                for (rank, node) in ranked.enumerated() {
                    table.add([String(rank + 1), graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue, scores[node].tableDescription])
                }
                Emit.text(table.rendered())
            }
        }

        private func compute(_ graph: AnalysisGraph) throws -> Scores {
            switch measure {
            case .degree: return DegreeCentrality.scores(graph, direction: .all, normalized: !raw)
            case .inDegree: return DegreeCentrality.scores(graph, direction: .incoming, normalized: !raw)
            case .outDegree: return DegreeCentrality.scores(graph, direction: .outgoing, normalized: !raw)
            case .betweenness:
                let settings = Betweenness.Options(normalized: !raw, endpoints: endpoints, threads: threads)
                let bar = ProgressBar(label: "betweenness")
                defer { bar?.finish() }
                let progress = bar.map { bar in { @Sendable (done: Int, total: Int) in bar.update(done, of: total) } }
                if let samples {
                    var rng = SplitMix64(seed: seed)
                    return try Betweenness.scores(graph, sampling: samples, options: settings, using: &rng, progress: progress)
                }
                return try Betweenness.scores(graph, options: settings, progress: progress)
            case .closeness: return try Closeness.scores(graph, threads: threads)
            case .harmonic: return try Harmonic.scores(graph, threads: threads)
            case .eigenvector:
                return try Eigenvector.scores(graph, maxIterations: maxIterations ?? 100, tolerance: tolerance)
            case .pagerank:
                return try PageRank.scores(graph, alpha: alpha ?? 0.85, maxIterations: maxIterations ?? 100, tolerance: tolerance)
            case .katz:
                return try Katz.scores(graph, alpha: alpha ?? 0.1, beta: beta, normalized: !raw,
                                       maxIterations: maxIterations ?? 1000, tolerance: tolerance)
            case .constraint: return try Constraint.scores(graph)
            case .effectiveSize: return try EffectiveSize.scores(graph)
            case .efficiency: return try Efficiency.scores(graph)
            case .hierarchy: return try Hierarchy.scores(graph)
            }
        }
    }
}
