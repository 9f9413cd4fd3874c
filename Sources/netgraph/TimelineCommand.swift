import ArgumentParser
import NetGraph
import NetGraphViz

extension NetGraphCommand {
    /// `netgraph timeline`: the graph period by period.
    struct TimelineCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Follow the graph period by period: who was active, who entered and left, how it hung together, who ranked highest.",
            discussion: """
                One snapshot per period (--every year, month or N-days, default year) across the \
                span of the dated relations. A snapshot holds the relations that overlap its \
                period (an instant inside it, an interval overlapping it); undated relations are \
                in every snapshot unless --undated drop. Its entities are those in at least one of \
                its relations; entered and left compare them with the previous snapshot. \
                Components and the top --top K (default 5) under --measure (default degree) are \
                computed on those entities only. At most 10,000 snapshots.

                JSON: {"every":P,"measure":M,"snapshots":[{"start":D,"end":D,"entities":n,\
                "relations":n,"entered":[ID…],"left":[ID…],"components":c,"largest_component":s,\
                "top":[{"id":ID,"score":x}…]}…]}

                --svg FILE also draws the timeline: active entities and relations per period, and \
                the rank trajectories of the entities ever in the top K (at most nine).

                Example: netgraph timeline --every year --measure betweenness --top 3 --undated drop
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: ArgumentHelp("The period: year (default), month, or N-days (7-days).", valueName: "period"))
        var every: String = "year"

        @Option(help: ArgumentHelp("The measure ranking each snapshot's entities (default degree).", valueName: "measure"))
        var measure: String = CentralityMeasure.degree.rawValue

        @Option(help: ArgumentHelp("How many top entities per snapshot (default 5).", valueName: "k"))
        var top: Int = 5

        @Option(help: ArgumentHelp("Also draw the timeline as an SVG chart to this file.", valueName: "file"))
        var svg: String?

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        /// The period `--every` names.
        static func period(_ text: String) -> Timeline.Period? {
            switch text {
            case "year": return .year
            case "month": return .month
            default:
                guard text.hasSuffix("-days"), let n = Int(text.dropLast(5)), n >= 1 else { return nil }
                return .days(n)
            }
        }

        func validate() throws {
            guard Self.period(every) != nil else {
                throw ValidationError("--every '\(every)' is not a period (year, month, or N-days such as 7-days)")
            }
            guard CentralityMeasure(rawValue: measure) != nil else {
                throw ValidationError("unknown measure '\(measure)' (known: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard top >= 0 else { throw ValidationError("--top must be at least 0") }
            if filters.asOf != nil || !filters.between.isEmpty {
                throw ValidationError("timeline makes its own windows: --as-of and --between do not apply")
            }
        }

        func run() throws {
            if let svg { try options.input.checkOutput(svg, operand: path) }
            let graph = try filters.apply(to: try options.load(operand: path))
            let measure = CentralityMeasure(rawValue: measure)!
            let timeline: Timeline
            do {
                timeline = try Timeline(graph: graph, every: Self.period(every)!, undated: filters.undated, measure: measure, k: top)
            } catch let error as Timeline.TimelineError {
                if case let .tooManyPeriods(count) = error {
                    throw CommandError.usage("--every \(every) makes \(count) snapshots, more than \(Timeline.maximumSnapshots); choose a longer period")
                }
                throw CommandError.usage("--every \(every) is not a period")
            } catch let error as CentralityError {
                throw CommandError.input(error.description)
            }
            let undated = timeline.undatedRelations
            if timeline.snapshots.isEmpty {
                Diagnostics.notice("no relation is dated: there is no timeline")
            } else if undated > 0 && filters.undated == .keep {
                Diagnostics.notice("\(undated) undated relation\(undated == 1 ? " is" : "s are") in every snapshot (--undated drop leaves them out)")
            }
            if let svg {
                let chart = TimelineChart.svg(timeline, of: graph, title: "\(graph.name): timeline by \(every)", measure: measure.rawValue)
                do {
                    if svg == "-" { Emit.text(chart); return }
                    try GraphFile.writeAtomically(chart, to: svg)
                } catch {
                    throw CommandError.input("cannot write '\(svg)': \(error.localizedDescription)")
                }
                Diagnostics.notice("wrote \(svg)")
            }
            TimelineResult(graph: graph, timeline: timeline, every: every, measure: measure).write(as: options.format)
        }
    }
}
