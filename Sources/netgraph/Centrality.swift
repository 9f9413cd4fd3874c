import ArgumentParser
import Foundation
import NetGraph

extension NetGraphCommand {
    /// `netgraph centrality`: who matters, by one or several of the library's measures.
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
                  core-number  the k-core number (NetworkX core_number): the largest k with the entity in a \
                subgraph where everyone has k contacts; self-loops ignored; in- plus out-degree when --directed.
                The four structural-hole measures read contacts either way on a directed graph, use \
                --weight as tie strengths, and leave out entities where they are undefined \
                (no contacts; no successor when --directed, as NetworkX). Listed beside another \
                measure, an undefined score is null in JSON, empty in CSV and — in the table.
                With --weight, betweenness, closeness and harmonic read weights as distances and \
                eigenvector, pagerank and katz as strengths; degree ignores them. Analyses are \
                undirected unless --directed. --list-only restricts the rows listed, not the computation \
                (--kinds filters the graph first); --kind is its deprecated spelling.

                Several measures (--measure betweenness,pagerank,degree) are computed on the same \
                graph and listed side by side, ranked by the first: one column each in the table \
                and CSV, a "scores" object per entity in JSON (besides "score", the first's).

                Example: netgraph centrality --measure betweenness --top 10 --format json
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(name: .long, parsing: .singleValue,
                help: ArgumentHelp("The measure, or several (comma-separated or repeated; the first ranks): \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).",
                                   valueName: "measure"))
        var measure: [String] = []

        /// The measures asked for, in order, each once.
        var measures: [CentralityMeasure] {
            var seen: Set<CentralityMeasure> = []
            return FilterOptions.split(measure).compactMap(CentralityMeasure.init(rawValue:)).filter { seen.insert($0).inserted }
        }

        @Option(help: ArgumentHelp("List only the N highest scores (default: all).", valueName: "n"))
        var top: Int?

        @Option(name: .customLong("list-only"), parsing: .singleValue,
                help: ArgumentHelp("List only entities of these kinds (comma-separated or repeated); the scores are still computed on the whole graph, unlike --kinds.", valueName: "kind"))
        var listOnly: [String] = []

        @Option(name: .customLong("kind"), parsing: .singleValue,
                help: ArgumentHelp("Deprecated spelling of --list-only (too close to --kinds, which filters the graph).", visibility: .hidden))
        var deprecatedKind: [String] = []

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
            let names = FilterOptions.split(measure)
            if names.isEmpty { throw ValidationError("missing --measure (\(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")))") }
            for name in names where CentralityMeasure(rawValue: name) == nil {
                throw ValidationError("unknown measure '\(name)' (known: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let measures = self.measures
            if let top, top < 0 { throw ValidationError("--top must be at least 0") }
            if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
            if samples != nil && !measures.contains(.betweenness) { throw ValidationError("--samples applies to betweenness only") }
            if endpoints && !measures.contains(.betweenness) { throw ValidationError("--endpoints applies to betweenness only") }
            if let maxIterations, maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1") }
            if !(tolerance > 0) { throw ValidationError("--tolerance must be positive") }
            if threads < 1 { throw ValidationError("--threads must be at least 1") }
            if let alpha, !(alpha > 0) || (measures.contains(.pagerank) && alpha >= 1) {
                throw ValidationError("--alpha must be positive (and below 1 for pagerank)")
            }
            if alpha != nil && measures.contains(.pagerank) && measures.contains(.katz) {
                throw ValidationError("--alpha is PageRank's damping and Katz's attenuation: ask for one of them per call")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            if !deprecatedKind.isEmpty {
                Diagnostics.warning("--kind is deprecated: use --list-only (it restricts the rows listed; --kinds filters the graph)")
            }
            let kinds = Set(FilterOptions.split(listOnly + deprecatedKind).map { EntityKind($0) })
            for kind in kinds.sorted() where !graph.schema.contains(kind) {
                throw CommandError.usage("unknown kind '\(kind)' (known: \(graph.schema.kinds.map(\.rawValue).joined(separator: ", ")))")
            }
            let analysisGraph = try analysis.analysisGraph(of: graph)
            if let samples, samples > graph.nodeCount {
                throw CommandError.usage("--samples \(samples) is more than the \(graph.nodeCount) entities")
            }
            let measures = self.measures
            var table: [Scores] = []
            for measure in measures {
                do {
                    table.append(try compute(measure, on: analysisGraph))
                } catch let error as CentralityError {
                    // The algorithm knows node indices; the user knows ids.
                    if case let .negativeWeight(source, target, weight) = error {
                        throw CommandError.input("the relation between '\(graph.id(ofNode: source))' and '\(graph.id(ofNode: target))' weighs \(weight); "
                                                 + (measure.isStructuralHole ? "tie strengths must be ≥ 0" : "shortest-path measures need weights ≥ 0"))
                    }
                    throw CommandError.input(error.description)
                }
            }
            let ranked = measures[0].ranked(table[0]) { graph.id(ofNode: $0) }
                .filter { kinds.isEmpty || kinds.contains(graph.kind(ofNode: $0)) }
                .prefix(top ?? Int.max)
            CentralityResult(graph: graph, measures: measures, table: table, ranked: Array(ranked), directed: analysis.directed,
                             normalized: !raw).write(as: options.format)
        }

        private func compute(_ measure: CentralityMeasure, on graph: AnalysisGraph) throws -> Scores {
            var settings = CentralityMeasure.Settings()
            settings.normalized = !raw
            settings.endpoints = endpoints
            settings.samples = samples
            settings.seed = seed
            settings.alpha = alpha
            settings.beta = beta
            settings.maxIterations = maxIterations
            settings.tolerance = tolerance
            settings.threads = threads
            guard measure == .betweenness, let bar = ProgressBar(label: "betweenness") else {
                return try measure.scores(graph, settings: settings)
            }
            defer { bar.finish() }
            settings.progress = { @Sendable (done: Int, total: Int) in bar.update(done, of: total) }
            return try measure.scores(graph, settings: settings)
        }
    }
}
