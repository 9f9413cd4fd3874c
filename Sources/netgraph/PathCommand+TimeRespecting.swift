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
        TimeRespectingPathResult(graph: graph, source: source, target: target, steps: steps, hops: hops, departure: departure,
                                 arrival: arrival, waitDays: waitDays, undatedLeftOut: contacts.undatedCount).write(as: options.format)
    }
}
