import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph diff`: what changed between two dates.
    struct DiffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Compare the graph at two dates: relations and entities that appeared or disappeared, and whose rank moved most.",
            discussion: """
                The graph at a date is what --as-of keeps: relations whose span overlaps it and \
                one-off relations that had happened by then; undated relations are at both dates. \
                An entity is present when one of its relations is. Ranks (1 = highest, ties share \
                a rank) are under --measure (default degree), on each date's present entities; \
                rank changes list entities present at both dates, largest move first, at most \
                --top K (default 10).

                JSON: {"from":D1,"to":D2,"measure":M,"relations_appeared":[relation…],\
                "relations_disappeared":[relation…],"entities_appeared":[ID…],"entities_disappeared":[ID…],\
                "rank_changes":[{"id":ID,"rank_before":r,"rank_after":r,"change":c}…]} where change = \
                rank_before - rank_after (positive: rose) and each relation is written in full.

                Example: netgraph diff 2018 2024 --measure betweenness
                """)

        @Argument(help: ArgumentHelp("[GRAPH] D1 D2: an optional graph file, then two dates (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "graph-and-dates"))
        var operands: [String] = []

        @Option(help: ArgumentHelp("The measure ranks are computed under (default degree).", valueName: "measure"))
        var measure: String = CentralityMeasure.degree.rawValue

        @Option(help: ArgumentHelp("At most this many rank changes (default 10).", valueName: "k"))
        var top: Int = 10

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard (2...3).contains(operands.count) else { throw ValidationError("expected two dates, optionally preceded by a graph file") }
            for text in operands.suffix(2) where PartialDate(text) == nil {
                throw ValidationError("'\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            guard CentralityMeasure(rawValue: measure) != nil else {
                throw ValidationError("unknown measure '\(measure)' (known: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard top >= 0 else { throw ValidationError("--top must be at least 0") }
            if filters.asOf != nil || !filters.between.isEmpty {
                throw ValidationError("diff compares two dates of its own: --as-of and --between do not apply")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: operands.count == 3 ? operands[0] : nil))
            let (first, second) = (PartialDate(operands[operands.count - 2])!, PartialDate(operands[operands.count - 1])!)
            let measure = CentralityMeasure(rawValue: measure)!
            let diff: GraphDiff
            do {
                diff = try GraphDiff(graph: graph, from: first, to: second, measure: measure)
            } catch let error as CentralityError {
                throw CommandError.input(error.description)
            }
            let changes = diff.rankChanges.prefix(top)
            DiffResult(graph: graph, first: first, second: second, measure: measure, diff: diff, changes: changes).write(as: options.format)
        }
    }
}
