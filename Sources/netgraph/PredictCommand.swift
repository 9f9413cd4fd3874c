import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph predict`: pairs not linked yet that the structure suggests looking into.
    struct PredictCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "predict",
            abstract: "Rank pairs not linked yet by a link-prediction score: candidates to investigate, never facts.",
            discussion: """
                Methods, each NetworkX's on the undirected simple graph (N(x) neighbours, k(x) \
                degree): common-neighbors |N(u)∩N(v)| (default), jaccard |N(u)∩N(v)|/|N(u)∪N(v)|, \
                adamic-adar sum of 1/log k(w) over shared w, resource-allocation sum of 1/k(w), \
                preferential-attachment k(u)k(v). Pairs that share no associate score 0 under the \
                first four and are not listed. Each pair comes with the associates it shares and \
                the relations joining them, so the reason can be checked in the sources.

                JSON: {"method":M,"candidates_not_facts":true,"pairs":[{"a":ID,"b":ID,"score":x,\
                "shared":[{"id":ID,"name":N,"kind":K,"via_a":[relation…],"via_b":[relation…]}…]}…]}

                Example: netgraph predict --method adamic-adar --for CJNG --top 5
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: ArgumentHelp("common-neighbors (default), jaccard, adamic-adar, resource-allocation or preferential-attachment.", valueName: "method"))
        var method: String = LinkPrediction.Method.commonNeighbors.rawValue

        @Option(name: .customLong("for"), help: ArgumentHelp("Only pairs with this entity.", valueName: "node"))
        var node: String?

        @Option(help: ArgumentHelp("At most this many pairs (default 20).", valueName: "n"))
        var top: Int = 20

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        /// Preferential attachment scores every unlinked pair: without --for, n² of them.
        static let largestWholeGraph = 20_000

        func validate() throws {
            guard LinkPrediction.Method(rawValue: method) != nil else {
                throw ValidationError("unknown method '\(method)' (known: \(LinkPrediction.Method.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let method = LinkPrediction.Method(rawValue: method)!
            let focus = try node.map { try NameResolver(graph: graph).resolve($0) }
            if method == .preferentialAttachment && focus == nil && graph.nodeCount > Self.largestWholeGraph {
                throw CommandError.usage("preferential attachment scores every unlinked pair: with \(graph.nodeCount) entities, "
                                         + "give --for NODE (at most \(Self.largestWholeGraph) entities without it)")
            }
            let ranked = LinkPrediction.candidates(try graph.analysisGraph(), method: method, for: focus) { graph.id(ofNode: $0) }
                .prefix(top)
            Diagnostics.notice("candidate links to investigate, not facts: a score says the structure suggests a tie the sources do not state")
            PredictResult(graph: graph, method: method, ranked: Array(ranked)).write(as: options.format)
        }
    }
}
