import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph reach`: who can be reached from an entity along time-respecting paths.
    struct ReachCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reach",
            abstract: "List the entities reachable from one along time-respecting paths, with their earliest arrival.",
            discussion: """
                A time-respecting path takes its relations at non-decreasing days: a relation with \
                a date is taken on that day (any day of it for a partial date such as 2019-03), one \
                with since/until on any day inside it (an absent end is open). Among equally early \
                arrivals the fewest steps are counted. Undated relations cannot be placed in time: \
                they are left out, and a note (and "undated_left_out" in JSON) says how many. \
                Relations count both ways unless --directed. The arrival is null when an entity \
                can be reached at any time (without --start, through open-ended relations). \
                --max-wait DURATION (N-days or N-weeks) waits at most that long at an entity \
                between arriving and taking the next relation (the start may wait as long as it \
                likes); a later arrival may then reach what an earlier one cannot.

                JSON: {"from":ID,"start":DATE|null,"max_wait":DAYS|null,"undated_left_out":n,"reached":[{"id":ID,"arrival":DATE|null,"hops":h}…]}

                Example: netgraph reach "García Harfuch" --start 2019 --format json
                """)

        @Argument(help: ArgumentHelp("[GRAPH] FROM: an optional graph file, then an id, name or alias.", valueName: "graph-and-node"))
        var operands: [String] = []

        @Option(help: ArgumentHelp("Set out on this day (the first day of a partial date). Default: any time.", valueName: "date"))
        var start: String?

        @Option(help: ArgumentHelp("Wait at most this long at an entity before taking the next relation (N-days or N-weeks). Default: no limit.", valueName: "duration"))
        var maxWait: String?

        @Flag(help: "Follow directed relation types only in their direction (default: both ways).")
        var directed = false

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard (1...2).contains(operands.count) else {
                throw ValidationError("expected a node, optionally preceded by a graph file")
            }
            if let start, PartialDate(start) == nil {
                throw ValidationError("--start '\(start)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            if let maxWait, WaitingLimit.days(maxWait) == nil {
                throw ValidationError("--max-wait '\(maxWait)' is not a duration (\(WaitingLimit.syntax))")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: operands.count == 2 ? operands[0] : nil))
            let source = try NameResolver(graph: graph).resolve(operands.last!)
            let contacts = TemporalContacts(graph: graph, directed: directed)
            if contacts.undatedCount > 0 {
                Diagnostics.notice("left out \(contacts.undatedCount) undated relation\(contacts.undatedCount == 1 ? "" : "s"): they cannot be placed in time")
            }
            let startDate = start.flatMap { PartialDate($0) }
            if let startDate, let span = Self.span(of: contacts), startDate.lowerBound > span.upperBound || startDate.upperBound < span.lowerBound {
                Diagnostics.notice("--start \(startDate) is outside the dated relations' span")
            }
            let waitDays = maxWait.flatMap(WaitingLimit.days)
            let search = EarliestArrival(contacts: contacts, source: source, start: startDate?.lowerBound, maxWait: waitDays)
            let reached = search.arrivals.filter { $0.node != source }
            ReachResult(graph: graph, source: source, startDate: startDate, waitDays: waitDays, undatedLeftOut: contacts.undatedCount,
                        reached: reached).write(as: options.format)
        }

        /// `YYYY-MM-DD`, or nil for a day before or after every date (any time will do).
        static func text(ofDay day: Int) -> String? {
            day == Int.min || day == Int.max ? nil : PartialDate(dayNumber: day)?.description
        }

        /// The first and last bounded day of the contacts, nil if none is bounded.
        static func span(of contacts: TemporalContacts) -> (lowerBound: Int, upperBound: Int)? {
            let bounded = (contacts.opens + contacts.closes).filter { $0 != Int.min && $0 != Int.max }
            guard let low = bounded.min(), let high = bounded.max() else { return nil }
            return (low, high)
        }
    }
}
