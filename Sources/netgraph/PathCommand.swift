import ArgumentParser
import Foundation
import NetGraph

extension NetGraphCommand {
    /// `netgraph path`: how one actor is linked to another, with the evidence for each step.
    struct PathCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "path",
            abstract: "Find the shortest chains of relations between two entities, citing each step.",
            discussion: """
                By default one shortest path (fewest steps, or least total weight with --weight). \
                --k N lists the N shortest simple paths (Yen's algorithm); --all lists every shortest \
                path (at most --max-paths, with a note when there are more). Ties are broken by node \
                order, so the answer is the same on every run.

                Constraints: --avoid NODE (repeatable) never passes through NODE; --via-kinds K,… lets \
                only entities of those kinds be intermediate steps (the two ends are exempt); \
                --max-hops H caps the number of steps; --relations, --kinds, --as-of and \
                --exclude-status narrow the whole graph first.

                Evidence: each step lists every relation joining the two entities, in file order, as \
                its own entry of "edges" (so "edges" can be longer than "hops"), with its step \
                number and the relation in full, as 'netgraph relations' writes it (date, since, \
                until, status, source, quote, weight, attributes); "from"/"to" give the \
                relation's own direction. CSV has the same columns after "path" and "step". The table draws each path as a chain \
                (A —leads→ B ←appointed— C) followed by the numbered evidence.

                No path is not an error: JSON gives "paths": [] and the table says so; the exit \
                status is 0. An unknown or ambiguous name exits 2.

                Each path names the documents it rests on ("sources", by first appearance) and the \
                steps whose relations cite one source or none ("single_source_steps"); the table \
                marks them "single source", or says the chain "rests on one document".

                JSON: {"from":ID,"to":ID,"paths":[{"hops":H,"cost":C,"nodes":[ID…],"sources":[S…],"single_source_steps":[N…],"weakest_grade":G,\
                "edges":[{"step":S,"id":R,"from":ID,"to":ID,"type":T,"family":F,"date":D,"since":D,\
                "until":D,"status":S,"source":S,"quote":Q,"weight":W,"attributes":{…}}…]}…]}

                --time-respecting [--start DATE] takes the relations at non-decreasing dates (a \
                dated relation on its day, any day of a partial date; a since/until relation on any \
                day inside it) and gives the earliest arrival, with the fewest steps among equal \
                arrivals. Undated relations are left out and counted. JSON: {"from":ID,"to":ID,\
                "undated_left_out":n,"paths":[{"hops":H,"departure":D,"arrival":D,"nodes":[ID…],\
                "edges":[{"step":S,"at":D,"id":R,"from":ID,…}…]}]}: each edge is the relation in \
                full, as above, with the day it is taken ("at"; null when any time will do). \
                --latest-departure [--arrive-by DATE] gives instead the path that sets out latest \
                and still arrives (by the end of DATE), fewest steps among equal departures. \
                --max-wait DURATION (N-days or N-weeks) waits at most that long at an entity \
                between arriving and taking the next relation; the start may wait as long as it \
                likes (with --latest-departure, the end). With a limit, the chain is a walk and \
                may pass an entity twice. JSON gives "max_wait" (days, or null).

                Example: netgraph path "El Mencho" Sheinbaum --k 3
                """)

        @Argument(help: ArgumentHelp("[GRAPH] FROM TO: an optional graph file, then two ids, names or aliases.", valueName: "graph-from-to"))
        var operands: [String] = []

        @Option(name: .customLong("k"), help: ArgumentHelp("List the N shortest simple paths.", valueName: "n"))
        var k: Int?

        @Flag(help: "List every shortest path (up to --max-paths).")
        var all = false

        @Option(help: ArgumentHelp("With --all, the most paths listed.", valueName: "n"))
        var maxPaths: Int = 100

        @Option(parsing: .singleValue, help: ArgumentHelp("Never pass through this entity (repeatable).", valueName: "node"))
        var avoid: [String] = []

        @Option(parsing: .singleValue, help: ArgumentHelp("Only entities of these kinds may be intermediate steps (comma-separated or repeated).", valueName: "kind"))
        var viaKinds: [String] = []

        @Option(help: ArgumentHelp("At most this many steps.", valueName: "h"))
        var maxHops: Int?

        @Flag(help: "Take relations at non-decreasing dates: the earliest arrival, fewest steps among equal arrivals (undated relations are left out).")
        var timeRespecting = false

        @Option(help: ArgumentHelp("With --time-respecting, set out on this day (the first day of a partial date).", valueName: "date"))
        var start: String?

        @Option(help: ArgumentHelp("With --time-respecting, wait at most this long at an entity before taking the next relation (N-days or N-weeks).", valueName: "duration"))
        var maxWait: String?

        @Flag(help: "With --time-respecting, the latest departure that still arrives (by --arrive-by), fewest steps among equal departures.")
        var latestDeparture = false

        @Option(help: ArgumentHelp("With --latest-departure, arrive by the end of this day (the last day of a partial date).", valueName: "date"))
        var arriveBy: String?

        @OptionGroup var analysis: AnalysisOptions
        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard (2...3).contains(operands.count) else {
                throw ValidationError("expected FROM and TO, optionally preceded by a graph file")
            }
            if all && k != nil { throw ValidationError("use either --k or --all, not both") }
            if let k, k < 1 { throw ValidationError("--k must be at least 1") }
            if maxPaths < 1 { throw ValidationError("--max-paths must be at least 1") }
            if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
            try validateTimeRespecting()
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: operands.count == 3 ? operands[0] : nil))
            let resolver = NameResolver(graph: graph)
            let source = try resolver.resolve(operands[operands.count - 2])
            let target = try resolver.resolve(operands[operands.count - 1])
            if timeRespecting {
                runTimeRespecting(graph: graph, from: source, to: target)
                return
            }
            var avoided: Set<Int> = []
            for name in avoid {
                let node = try resolver.resolve(name)
                if node == source || node == target {
                    throw CommandError.usage("--avoid '\(name)' names an end of the path")
                }
                avoided.insert(node)
            }
            var transit: [Bool]? = nil
            let kinds = FilterOptions.split(viaKinds).map { EntityKind($0) }
            if !kinds.isEmpty {
                for kind in kinds where !graph.schema.contains(kind) {
                    throw CommandError.usage("unknown kind '\(kind)' in --via-kinds (known: \(graph.schema.kinds.map(\.rawValue).joined(separator: ", ")))")
                }
                let allowed = Set(kinds)
                transit = graph.entities.map { allowed.contains($0.kind) }
            }
            let constraints = PathConstraints(avoided: avoided, transit: transit, maxHops: maxHops)
            let simple = try analysis.analysisGraph(of: graph)
            let weighted = analysis.weight != nil
            var capped = false
            var total: Double? = nil
            // --all hands the paths over one at a time, so a million of them are written out
            // without being held (with their evidence and output) in memory.
            var listing: ShortestPathListing? = nil
            var ranked: [NetGraph.Path] = []
            do {
                if all {
                    let found = try ShortestPathListing(from: source, to: target, in: simple, weighted: weighted,
                                                        constraints: constraints, limit: maxPaths)
                    capped = found.isCapped
                    total = found.totalCount
                    listing = found
                } else {
                    ranked = try KShortestPaths.paths(from: source, to: target, k: k ?? 1, in: simple,
                                                      weighted: weighted, constraints: constraints)
                }
            } catch {
                guard case let .invalidWeight(_, from, to, weight) = error else { throw error }
                let edge = simple.edge(from: from, to: to) ?? simple.edge(from: to, to: from)
                let named = edge.flatMap { graph.evidence(forEdge: $0, in: simple).first }
                    .map { "relation \(graph.id(ofNode: $0.from)) -\($0.type)-> \(graph.id(ofNode: $0.to))" } ?? "an edge"
                throw CommandError.input("\(named): weight \(weight) is \(weight.isNaN ? "not a number" : "negative"); shortest paths need weights ≥ 0")
            }
            let pathCount = listing?.count ?? ranked.count
            if capped {
                let count = total.map { " of \(Self.count($0))" } ?? ""
                Diagnostics.warning("showing \(pathCount)\(count) shortest paths (raise --max-paths to see more)")
            }
            PathResult(graph: graph, simple: simple, from: source, to: target,
                       paths: listing.map { AnySequence($0) } ?? AnySequence(ranked), pathCount: pathCount,
                       weighted: weighted, all: all, capped: capped,
                       constrained: !constraints.isEmpty).write(as: options.format)
        }

        /// The weakest grade along a chain, each step graded by its best relation (a step
        /// stands if any of its relations does); nil when nothing on it is graded.
        static func weakestGrade(_ steps: [[Evidence]], in graph: Graph) -> String? {
            let stepGrades = steps.map { items -> Grade in
                let grades = items.map { graph.grade(ofRelation: $0.relation) }
                let reliabilities = grades.compactMap(\.reliability)
                let credibilities = grades.compactMap(\.credibility)
                return Grade(reliability: reliabilities.min(), credibility: credibilities.min())
            }
            guard stepGrades.contains(where: \.isGraded) else { return nil }
            return Grade.weakest(stepGrades).description
        }

        static func count(_ value: Double) -> String {
            value < 1e15 ? String(Int64(value)) : String(format: "%.3g", value)
        }
    }
}
