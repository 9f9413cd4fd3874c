import ArgumentParser
import Foundation
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
                distance-fragment: maximises Borgatti's distance-weighted fragmentation \
                DF = 1 - sum over ordered pairs of 1/d / (n(n-1)) (1/d = 0 when unreachable; \
                DF = 1 - NetworkX's global_efficiency of what is left): removal that lengthens \
                paths counts, not only removal that cuts. Each set costs a search from every \
                node, so the automatic search tries every set only while C(n,k)*n <= 100,000.
                reach (KPP-Pos): maximises the share of the other entities within --depth steps \
                (default 1) of the set, counted in the whole graph.
                Both use the undirected, unweighted graph. --search auto (default) tries every set \
                while there are at most 100,000 of them and otherwise adds players greedily, then \
                swaps members for non-members while that helps (not guaranteed optimal); \
                --search exhaustive is refused past 10,000,000 sets. The search taken is named in a \
                note and in JSON ("search": "exhaustive" or "greedy-swap", "sets": C(n,k)).
                --candidates KIND,... restricts who may be chosen; everyone else stays in the \
                graph (--kinds, by contrast, removes the other entities before the search).

                JSON: {"mode":M,"k":K,"depth":D,"search":S,"sets":N,"candidates":[kinds]|null,\
                "score":F,"players":[{"id":ID,"label":L,"kind":K}…]}

                Example: netgraph keyplayers --k 3 --mode reach --depth 2 --format json
                """)

        enum Mode: String, ExpressibleByArgument, CaseIterable {
            case fragment, reach
            case distanceFragment = "distance-fragment"
        }
        enum Search: String, ExpressibleByArgument, CaseIterable { case auto, greedy, exhaustive }

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(name: .customLong("k"), help: "How many key players to find.")
        var k: Int

        @Option(help: "fragment (default), distance-fragment or reach.")
        var mode: Mode = .fragment

        @Option(help: "Reach: the number of steps counted as reached (default 1).")
        var depth: Int = 1

        @Option(help: "auto (default), greedy (greedy with swaps) or exhaustive.")
        var search: Search = .auto

        @Option(parsing: .singleValue,
                help: ArgumentHelp("Only entities of these kinds may be chosen (comma-separated or repeated); the others stay in the graph.", valueName: "kind"))
        var candidates: [String] = []

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard k >= 1 else { throw ValidationError("--k must be at least 1") }
            guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let candidateKinds = Set(FilterOptions.split(candidates).map { EntityKind($0) })
            for kind in candidateKinds.sorted() where !graph.schema.contains(kind) {
                throw CommandError.usage("unknown kind '\(kind)' in --candidates (known: \(graph.schema.kinds.map(\.rawValue).joined(separator: ", ")))")
            }
            let pool = candidateKinds.isEmpty ? nil : (0..<graph.nodeCount).filter { candidateKinds.contains(graph.kind(ofNode: $0)) }
            let choosable = pool?.count ?? graph.nodeCount
            guard k <= choosable else {
                throw CommandError.usage(pool == nil ? "--k \(k) is more than the \(graph.nodeCount) entities"
                                                     : "--k \(k) is more than the \(choosable) candidates")
            }
            let analysisGraph = try graph.analysisGraph()
            let strategy: KeyPlayerSearch = switch search {
            case .auto: .automatic
            case .greedy: .greedySwap
            case .exhaustive: .exhaustive
            }
            let sets = KeyPlayerSearch.setCount(choosing: k, from: choosable)
            let method = (mode == .distanceFragment ? DistanceFragmentation.resolved(strategy, candidates: choosable) : strategy)
                .resolved(nodeCount: choosable, k: k)
            if method == .exhaustive && sets > Double(KeyPlayerSearch.exhaustiveCap) {
                throw CommandError.usage("an exhaustive search would try \(Self.count(sets)) sets of \(k) among \(choosable) entities, "
                                         + "more than \(Self.count(Double(KeyPlayerSearch.exhaustiveCap))); use --search greedy or a smaller --k")
            }
            Diagnostics.notice(method == .exhaustive
                ? "searched all \(Self.count(sets)) sets of \(k) among \(choosable) entities (exhaustive: the best set)"
                : "searched greedily with swaps among \(Self.count(sets)) possible sets (not guaranteed to find the best set)")
            let found = switch mode {
            case .fragment: Fragmentation.keyPlayers(analysisGraph, k: k, search: method, candidates: pool)
            case .reach: Reach.keyPlayers(analysisGraph, k: k, depth: depth, search: method, candidates: pool)
            case .distanceFragment: DistanceFragmentation.keyPlayers(analysisGraph, k: k, search: method, candidates: pool)
            }
            KeyPlayersResult(graph: graph, mode: mode, k: k, depth: depth, method: method, sets: sets, candidateKinds: candidateKinds,
                             found: (found.members, found.score)).write(as: options.format)
        }

        /// A set count as digits with thousands separators while exact, else in scientific form.
        static func count(_ value: Double) -> String {
            guard value < 9e15 else { return String(format: "%.3g", value) }
            let digits = String(Int64(value))
            var grouped = ""
            for (offset, digit) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            return grouped
        }
    }
}
