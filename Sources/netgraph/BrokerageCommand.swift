import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph brokerage`: Gould and Fernandez's brokerage roles of every entity.
    struct Brokerage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "brokerage",
            abstract: "Count who brokers between whom: Gould–Fernandez roles by kind, community or attribute.",
            discussion: """
                An entity b brokers the two-path a → b → c when there is no a → c. The groups of \
                a, b and c name the role: coordinator (A→A→A), itinerant (A→B→A), representative \
                (A→A→B: b carries its group's contact out), gatekeeper (A→B→B: b lets an outsider \
                in), liaison (A→B→C). The names follow R's sna::brokerage (and UCINET). Counts are \
                ordered pairs (a, c); undirected relations count both ways, so on an undirected \
                graph every path a – b – c counts twice and representative equals gatekeeper. \
                Expected counts and z-scores are sna's (Gould & Fernandez 1989, random digraph of \
                the same density); an undefined z-score is null, empty or a dash.

                Groups: --by kind (default), --by community (Louvain on the undirected graph, seed \
                as 'communities', --seed), or --by ATTR (an entity attribute; entities lacking it \
                form one group of their own, and a note says how many). Rows by total descending, \
                ties by id. JSON: {"by":"kind","roles":[{"id":…,"kind":…,"coordinator":n,\
                "itinerant":n,"gatekeeper":n,"representative":n,"liaison":n,"total":n,\
                "z":{"coordinator":z,…,"total":z},"expected":{…}}…]}, with, before "roles", the whole \
                graph ("graph":{"counts":{…},"expected":{…},"sd":{…},"z":{…}}: sna's raw.gli, \
                exp.gli, sd.gli, z.gli) and each group ("groups":[{"group":G,"size":n,\
                "expected":{…},"sd":{…}}…]: sna's exp.grp and sd.grp), groups in order of first \
                appearance.

                Example: netgraph brokerage --directed --by kind --top 10
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: ArgumentHelp("Group entities by kind (default), community, or the entity attribute ATTR.", valueName: "kind|community|attr"))
        var by: String = "kind"

        @Option(help: "Louvain's random seed for --by community (default 1, as 'communities').")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("List only the N entities with the most brokerage (default: all).", valueName: "n"))
        var top: Int?

        @OptionGroup var analysis: AnalysisOptions
        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            if let top, top < 0 { throw ValidationError("--top must be at least 0") }
            if by.isEmpty { throw ValidationError("--by needs kind, community or an attribute name") }
            if analysis.weight != nil { throw ValidationError("--weight does not apply to brokerage (roles count unweighted two-paths)") }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let analysisGraph = try analysis.analysisGraph(of: graph)
            let (groups, groupNames) = try grouping(graph, analysisGraph)
            let result = GouldFernandez(analysisGraph, groups: groups)
            let totals: [Int] = (0..<graph.nodeCount).map { result.counts(of: $0).total }
            let ids: [String] = (0..<graph.nodeCount).map { graph.id(ofNode: $0) }
            let order: [Int] = (0..<graph.nodeCount).sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : ids[$0] < ids[$1] }
            let ranked = order.prefix(top ?? Int.max)
            BrokerageResult(graph: graph, by: by, result: result, groups: groups, groupNames: groupNames, ranked: Array(ranked))
                .write(as: options.format)
        }

        /// Every entity's group (as a label for the algorithm and as text for output).
        private func grouping(_ graph: Graph, _ analysisGraph: AnalysisGraph) throws -> ([Int32], [String]) {
            let n = graph.nodeCount
            switch by {
            case "kind":
                let names = (0..<n).map { graph.kind(ofNode: $0).rawValue }
                return ((0..<n).map { Int32(graph.kindCode(ofNode: $0)) }, names)
            case "community":
                let partition = try CommunityMethod.louvain(resolution: 1, seed: seed).partition(of: analysisGraph.undirected())
                return (partition.communityOfNode, partition.communityOfNode.map { String($0 + 1) })
            default:
                var labelOfValue: [AttributeValue: Int32] = [:]
                var labels = [Int32](repeating: -1, count: n)
                var names = [String](repeating: "", count: n)
                var missing = 0
                for node in 0..<n {
                    guard let value = graph.entities[node].attributes[by] else {
                        missing += 1
                        continue
                    }
                    if labelOfValue[value] == nil { labelOfValue[value] = Int32(labelOfValue.count) }
                    labels[node] = labelOfValue[value]!
                    names[node] = value.description
                }
                if missing > 0 {
                    let who = missing == 1 ? "entity lacks the attribute '\(by)'; it forms a group of its own" : "entities lack the attribute '\(by)'; they form a group of their own"
                    Diagnostics.notice("\(missing) \(who)")
                }
                return (labels, names)
            }
        }
    }
}
