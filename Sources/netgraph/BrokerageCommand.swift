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
            switch options.format {
            case .json:
                Emit.json([("by", .string(by)), ("graph", graphJSON(result)), ("groups", groupsJSON(result, groups, groupNames))],
                          streaming: "roles", ranked.lazy.map { jsonRow($0, graph, result) })
            case .csv:
                let names = Self.columnNames
                var table = CSVTable(["id", "name", "kind", "group"] + names + names.map { "z_\($0)" } + names.map { "expected_\($0)" })
                for node in ranked {
                    let identity = [graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue, groupNames[node]]
                    let counts: [String] = Self.values(result.counts(of: node)).map(String.init)
                    let z: [String] = Self.values(result.zScores(of: node)).map { $0.isFinite ? "\($0)" : "" }
                    let expected: [String] = Self.values(result.expected(of: node)).map { $0.isFinite ? "\($0)" : "" }
                    table.add(identity + counts + z + expected)
                }
                Emit.text(table.rendered())
            case .table:
                let headers: [String] = ["id", "name", "group"] + Self.columnNames + ["z total"]
                var text = TextTable(headers, numeric: Set(3..<headers.count))
                for node in ranked {
                    let counts: [String] = Self.values(result.counts(of: node)).map(String.init)
                    let z = result.zScores(of: node).total
                    let identity = [graph.id(ofNode: node), graph.name(ofNode: node), groupNames[node]]
                    text.add(identity + counts + [z.isFinite ? z.tableDescription : "—"])
                }
                Emit.text(text.rendered())
            }
        }

        /// The role names in output order, then "total".
        private static let columnNames: [String] = GouldFernandez.Role.outputOrder.map(\.name) + ["total"]

        /// The values in output order, then the total.
        private static func values<Value>(_ values: GouldFernandez.RoleValues<Value>) -> [Value] {
            GouldFernandez.Role.outputOrder.map { values[$0] } + [values.total]
        }

        /// `{"coordinator":z,…,"total":z}`, null where undefined.
        private static func perRole(_ values: GouldFernandez.RoleValues<Double>) -> JSONValue {
            .object(zip(columnNames, Self.values(values)).map { ($0, JSONValue.double($1)) })
        }

        /// The whole graph's counts, their expected values, deviations and z-scores (sna's
        /// `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`).
        private func graphJSON(_ result: GouldFernandez) -> JSONValue {
            .object([("counts", .object(zip(Self.columnNames, Self.values(result.graphCounts)).map { ($0, JSONValue.int($1)) })),
                     ("expected", Self.perRole(result.graphExpected)),
                     ("sd", Self.perRole(result.graphStandardDeviation)),
                     ("z", Self.perRole(result.graphZScores))])
        }

        /// Per group, in order of first appearance: its size and one member's expected counts
        /// and deviations (sna's `exp.grp`, `sd.grp`).
        private func groupsJSON(_ result: GouldFernandez, _ labels: [Int32], _ names: [String]) -> JSONValue {
            var seen: Set<Int32> = []
            var rows: [JSONValue] = []
            for node in labels.indices where seen.insert(labels[node]).inserted {
                let group = rows.count
                rows.append(.object([("group", .string(names[node])), ("size", .int(result.groupSizes[group])),
                                     ("expected", Self.perRole(result.groupExpectedCounts(group))),
                                     ("sd", Self.perRole(result.groupStandardDeviation(group)))]))
            }
            return .array(rows)
        }

        private func jsonRow(_ node: Int, _ graph: Graph, _ result: GouldFernandez) -> JSONValue {
            let counts = result.counts(of: node)
            var members: [(String, JSONValue)] = [("id", .string(graph.id(ofNode: node))), ("kind", .string(graph.kind(ofNode: node).rawValue))]
            for (name, count) in zip(Self.columnNames, Self.values(counts)) { members.append((name, .int(count))) }
            members.append(("z", Self.perRole(result.zScores(of: node))))
            members.append(("expected", Self.perRole(result.expected(of: node))))
            return .object(members)
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

extension GouldFernandez.Role {
    /// The order of the roles in every output: the JSON shape.
    static let outputOrder: [GouldFernandez.Role] = [.coordinator, .itinerant, .gatekeeper, .representative, .liaison]
}
