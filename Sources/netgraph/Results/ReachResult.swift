import NetGraph

/// `reach`: every entity a chain of relations in time order can reach from one entity, with
/// the earliest day it arrives and in how many steps.
struct ReachResult: CommandResult {
    let graph: Graph
    let source: Int
    let startDate: PartialDate?
    let waitDays: Int?
    let undatedLeftOut: Int
    let reached: [EarliestArrival.Arrival]

    private func text(ofDay day: Int) -> String? { NetGraphCommand.ReachCommand.text(ofDay: day) }

    func json() -> JSONDocument {
        .streaming([("from", .string(graph.id(ofNode: source))),
                    ("start", startDate.map { .string($0.description) } ?? .null),
                    ("max_wait", waitDays.map(JSONValue.int) ?? .null),
                    ("undated_left_out", .int(undatedLeftOut))],
                   "reached", reached.lazy.map { arrival in
                       .object([("id", .string(graph.id(ofNode: arrival.node))),
                                ("arrival", text(ofDay: arrival.day).map(JSONValue.string) ?? .null),
                                ("hops", .int(arrival.hops))])
                   })
    }

    func records() -> CSVTable {
        var table = CSVTable(["id", "name", "kind", "arrival", "hops"])
        for arrival in reached {
            table.add([graph.id(ofNode: arrival.node), graph.name(ofNode: arrival.node), graph.kind(ofNode: arrival.node).rawValue,
                       text(ofDay: arrival.day) ?? "", String(arrival.hops)])
        }
        return table
    }

    func display() -> [DisplayBlock] {
        var table = TextTable(["arrival", "hops", "id", "name", "kind"], numeric: [1])
        for arrival in reached {
            table.add([text(ofDay: arrival.day) ?? "any time", String(arrival.hops), graph.id(ofNode: arrival.node),
                       graph.name(ofNode: arrival.node), graph.kind(ofNode: arrival.node).rawValue])
        }
        let limit = waitDays.map { ", waiting at most \($0) day\($0 == 1 ? "" : "s")" } ?? ""
        return [.title("\(graph.name(ofNode: source)): \(reached.count) entit\(reached.count == 1 ? "y" : "ies") reached in time\(limit)"), .table(table)]
    }
}
