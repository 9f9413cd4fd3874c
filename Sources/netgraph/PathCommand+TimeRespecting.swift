import ArgumentParser
import NetGraph

extension NetGraphCommand.PathCommand {
    /// Options that only apply to one kind of search are usage errors with the other.
    func validateTimeRespecting() throws {
        if let start, PartialDate(start) == nil {
            throw ValidationError("--start '\(start)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if let arriveBy, PartialDate(arriveBy) == nil {
            throw ValidationError("--arrive-by '\(arriveBy)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if let maxWait, WaitingLimit.days(maxWait) == nil {
            throw ValidationError("--max-wait '\(maxWait)' is not a duration (\(WaitingLimit.syntax))")
        }
        guard timeRespecting else {
            if maxWait != nil { throw ValidationError("--max-wait needs --time-respecting") }
            if start != nil { throw ValidationError("--start needs --time-respecting") }
            if latestDeparture { throw ValidationError("--latest-departure needs --time-respecting") }
            if arriveBy != nil { throw ValidationError("--arrive-by needs --time-respecting --latest-departure") }
            return
        }
        if latestDeparture && start != nil {
            throw ValidationError("--latest-departure searches back from the arrival: give --arrive-by DATE, not --start")
        }
        if !latestDeparture && arriveBy != nil { throw ValidationError("--arrive-by needs --latest-departure") }
        if k != nil || all || maxHops != nil || !avoid.isEmpty || !viaKinds.isEmpty || analysis.weight != nil {
            throw ValidationError("--time-respecting cannot be combined with --k, --all, --max-hops, --avoid, --via-kinds or --weight")
        }
    }

    /// The earliest-arrival (or, with --latest-departure, latest-departure), fewest-step
    /// time-respecting path (see ``EarliestArrival`` and ``LatestDeparture``).
    func runTimeRespecting(graph: Graph, from source: Int, to target: Int) {
        let contacts = TemporalContacts(graph: graph, directed: analysis.directed)
        let waitDays = maxWait.flatMap(WaitingLimit.days)
        if contacts.undatedCount > 0 {
            Diagnostics.notice("left out \(contacts.undatedCount) undated relation\(contacts.undatedCount == 1 ? "" : "s"): they cannot be placed in time")
        }
        let steps: [EarliestArrival.Step]?
        let hops: Int?
        let departure: Int?
        let arrival: Int?
        if latestDeparture {
            let search = LatestDeparture(contacts: contacts, target: target, deadline: arriveBy.flatMap { PartialDate($0) }?.upperBound,
                                         maxWait: waitDays)
            let found = search.departure(from: source)
            steps = search.path(from: source)
            hops = found?.hops
            departure = found?.day
            arrival = steps?.last?.day ?? found?.day
        } else {
            let search = EarliestArrival(contacts: contacts, source: source, start: start.flatMap { PartialDate($0) }?.lowerBound,
                                         maxWait: waitDays)
            let found = search.arrival(at: target)
            steps = search.path(to: target)
            hops = found?.hops
            arrival = found?.day
            departure = steps?.first?.day ?? found?.day
        }
        func day(_ value: Int?) -> String? { value.flatMap { NetGraphCommand.ReachCommand.text(ofDay: $0) } }
        switch options.format {
        case .json:
            var paths: [JSONValue] = []
            if let steps, let hops {
                paths.append(.object([
                    ("hops", .int(hops)),
                    ("departure", day(departure).map(JSONValue.string) ?? .null),
                    ("arrival", day(arrival).map(JSONValue.string) ?? .null),
                    ("nodes", .array(([source] + steps.map(\.to)).map { .string(graph.id(ofNode: $0)) })),
                    ("edges", .array(steps.enumerated().map { index, step in
                        RelationOutput.json(graph.record(ofRelation: step.relation), in: graph,
                                            leading: [("step", .int(index + 1)), ("at", day(step.day).map(JSONValue.string) ?? .null)])
                    })),
                ]))
            }
            Emit.json(.object([("from", .string(graph.id(ofNode: source))), ("to", .string(graph.id(ofNode: target))),
                               ("undated_left_out", .int(contacts.undatedCount)), ("max_wait", waitDays.map(JSONValue.int) ?? .null),
                               ("paths", .array(paths))]))
        case .csv:
            var table = CSVTable(["path", "step", "at"] + RelationOutput.csvHeaders(seenFrom: false))
            for (index, step) in (steps ?? []).enumerated() {
                table.add(["1", String(index + 1), day(step.day) ?? ""] + RelationOutput.csvRow(graph.record(ofRelation: step.relation), in: graph))
            }
            Emit.text(table.rendered())
        case .table:
            guard let steps, let hops else {
                Emit.text(DisplayText.visible("no time-respecting path from \(graph.name(ofNode: source)) to \(graph.name(ofNode: target))") + "\n")
                return
            }
            let limit = waitDays.map { ", waiting at most \($0) day\($0 == 1 ? "" : "s")" } ?? ""
            var text = "\(hops) step\(hops == 1 ? "" : "s")\(limit), departure \(day(departure) ?? "any time"), arrival \(day(arrival) ?? "any time")\n"
            for (index, step) in steps.enumerated() {
                let names = DisplayText.visible(RelationOutput.arrow(graph.record(ofRelation: step.relation), in: graph, seenFrom: step.from))
                let dated = graph.interval(ofRelation: step.relation).text ?? ""
                text += "   [\(index + 1)] \(day(step.day) ?? "any time")  \(names) (\(dated))"
                if let quote = graph.quote(ofRelation: step.relation) { text += "\n       “\(DisplayText.visible(quote))”" }
                text += "\n"
            }
            Emit.text(text)
        }
    }
}
