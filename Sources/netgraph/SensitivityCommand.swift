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
                emit(try Sensitivity.chain(from: a, to: b, in: graph, directed: directed), from: a, to: b, in: graph)
            } else {
                let measure = CentralityMeasure(rawValue: measure)!
                let result: Sensitivity.TopK
                do {
                    result = try Sensitivity.topK(of: measure, k: top, in: graph, directed: directed)
                } catch let error as CentralityError {
                    throw CommandError.input(error.description)
                }
                emit(result, measure: measure, in: graph)
            }
        }

        static func json(_ removal: Sensitivity.Removal) -> JSONValue {
            switch removal {
            case let .source(id): .object([("source", .string(id))])
            case let .status(status): .object([("status", .string(status.rawValue))])
            }
        }

        static func text(_ removal: Sensitivity.Removal) -> String {
            switch removal {
            case let .source(id): "without source \(id)"
            case let .status(status): "without \(status.rawValue) relations"
            }
        }

        /// "source ID" or "alleged relations".
        static func label(_ removal: Sensitivity.Removal) -> String {
            switch removal {
            case let .source(id): "source \(id)"
            case let .status(status): "\(status.rawValue) relations"
            }
        }

        private func emit(_ result: Sensitivity.TopK, measure: CentralityMeasure, in graph: Graph) {
            func ids(_ nodes: [Int]) -> JSONValue { .array(nodes.map { .string(graph.id(ofNode: $0)) }) }
            let lostIn = result.lostIn
            switch options.format {
            case .json:
                Emit.json(.object([
                    ("measure", .string(measure.rawValue)), ("top", .int(top)), ("baseline", ids(result.baseline)),
                    ("scenarios", .array(result.scenarios.map { scenario, topNodes in
                        .object([("without", Self.json(scenario.removal)), ("relations_removed", .int(scenario.relationsRemoved)),
                                 ("top", ids(topNodes)), ("lost", ids(result.baseline.filter { !topNodes.contains($0) })),
                                 ("entered", ids(topNodes.filter { !result.baseline.contains($0) }))])
                    })),
                    ("actors", .array(zip(result.baseline, lostIn).map { node, lost in
                        .object([("id", .string(graph.id(ofNode: node))), ("kept_in", .int(result.scenarios.count - lost.count)),
                                 ("scenarios", .int(result.scenarios.count)),
                                 ("lost_without", .array(lost.map { Self.json(result.scenarios[$0].scenario.removal) }))])
                    })),
                ]))
            case .csv:
                var table = CSVTable(["rank", "id", "name", "kind", "kept_in", "scenarios", "lost_without"])
                for (rank, (node, lost)) in zip(result.baseline, lostIn).enumerated() {
                    table.add([String(rank + 1), graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue,
                               String(result.scenarios.count - lost.count), String(result.scenarios.count),
                               lost.map { Self.text(result.scenarios[$0].scenario.removal) }.joined(separator: "; ")])
                }
                Emit.text(table.rendered())
            case .table:
                var table = TextTable(["rank", "id", "name", "kept in", "lost without"], numeric: [0])
                for (rank, (node, lost)) in zip(result.baseline, lostIn).enumerated() {
                    table.add([String(rank + 1), graph.id(ofNode: node), graph.name(ofNode: node),
                               "\(result.scenarios.count - lost.count) of \(result.scenarios.count)",
                               lost.isEmpty ? "—" : lost.map { Self.text(result.scenarios[$0].scenario.removal) }.joined(separator: "; ")])
                }
                Emit.text("top \(top) by \(measure.rawValue), recomputed without each of \(result.scenarios.count) sources and statuses\n"
                          + table.rendered())
            }
        }

        private func emit(_ result: Sensitivity.Chain, from a: Int, to b: Int, in graph: Graph) {
            func nodes(_ path: NetGraph.Path?) -> JSONValue { path.map { .array($0.nodes.map { .string(graph.id(ofNode: $0)) }) } ?? .null }
            switch options.format {
            case .json:
                Emit.json(.object([
                    ("from", .string(graph.id(ofNode: a))), ("to", .string(graph.id(ofNode: b))),
                    ("baseline", result.baseline.map { .object([("hops", .int($0.hops)), ("nodes", nodes($0))]) } ?? .null),
                    ("scenarios", .array(result.scenarios.map { scenario, path in
                        .object([("without", Self.json(scenario.removal)), ("relations_removed", .int(scenario.relationsRemoved)),
                                 ("hops", path.map { .int($0.hops) } ?? .null), ("nodes", nodes(path))])
                    })),
                    ("breaks_without", .array(result.breaksIn.map { Self.json(result.scenarios[$0].scenario.removal) })),
                ]))
            case .csv:
                var table = CSVTable(["without", "relations_removed", "hops", "nodes"])
                table.add(["", "0", result.baseline.map { String($0.hops) } ?? "", result.baseline.map { $0.nodes.map(graph.id(ofNode:)).joined(separator: " ") } ?? ""])
                for (scenario, path) in result.scenarios {
                    table.add([Self.text(scenario.removal), String(scenario.relationsRemoved), path.map { String($0.hops) } ?? "",
                               path.map { $0.nodes.map(graph.id(ofNode:)).joined(separator: " ") } ?? ""])
                }
                Emit.text(table.rendered())
            case .table:
                let names = "\(graph.name(ofNode: a)) to \(graph.name(ofNode: b))"
                guard let baseline = result.baseline else {
                    Emit.text(DisplayText.visible("no chain from \(names)") + "\n")
                    return
                }
                var text = DisplayText.visible("\(names): \(baseline.hops) step\(baseline.hops == 1 ? "" : "s")") + "\n"
                for (scenario, path) in result.scenarios {
                    let answer = path.map { $0.hops == baseline.hops ? "\($0.hops) steps" : "\($0.hops) steps (longer)" } ?? "no chain left"
                    text += "   \(DisplayText.visible(Self.text(scenario.removal))): \(answer)\n"
                }
                let breaks = result.breaksIn.map { Self.label(result.scenarios[$0].scenario.removal) }
                text += breaks.isEmpty ? "no single source or status carries the chain alone\n"
                                       : DisplayText.visible("the chain rests on: \(breaks.joined(separator: "; "))") + "\n"
                Emit.text(text)
            }
        }
    }
}
