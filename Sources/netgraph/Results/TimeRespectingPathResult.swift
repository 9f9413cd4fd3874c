import NetGraph

/// `path --time-respecting`: the chain of relations in time order between two entities, each
/// step with the day it is taken.
struct TimeRespectingPathResult: CommandResult {
    let graph: Graph
    let source: Int
    let target: Int
    /// The chain, nil when none exists.
    let steps: [EarliestArrival.Step]?
    let hops: Int?
    let departure: Int?
    let arrival: Int?
    let waitDays: Int?
    let undatedLeftOut: Int

    private func day(_ value: Int?) -> String? { value.flatMap { NetGraphCommand.ReachCommand.text(ofDay: $0) } }

    func json() -> JSONDocument {
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
        return .value(.object([("from", .string(graph.id(ofNode: source))), ("to", .string(graph.id(ofNode: target))),
                               ("undated_left_out", .int(undatedLeftOut)), ("max_wait", waitDays.map(JSONValue.int) ?? .null),
                               ("paths", .array(paths))]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["path", "step", "at"] + RelationOutput.csvHeaders(seenFrom: false))
        for (index, step) in (steps ?? []).enumerated() {
            table.add(["1", String(index + 1), day(step.day) ?? ""] + RelationOutput.csvRow(graph.record(ofRelation: step.relation), in: graph))
        }
        return table
    }

    func display() -> [DisplayBlock] {
        guard let steps, let hops else {
            return [.line("no time-respecting path from \(graph.name(ofNode: source)) to \(graph.name(ofNode: target))")]
        }
        let limit = waitDays.map { ", waiting at most \($0) day\($0 == 1 ? "" : "s")" } ?? ""
        var blocks: [DisplayBlock] = [
            .title("\(hops) step\(hops == 1 ? "" : "s")\(limit), departure \(day(departure) ?? "any time"), arrival \(day(arrival) ?? "any time")")]
        for (index, step) in steps.enumerated() {
            let names = RelationOutput.arrow(graph.record(ofRelation: step.relation), in: graph, seenFrom: step.from)
            let dated = graph.interval(ofRelation: step.relation).text ?? ""
            blocks.append(.entry("\(day(step.day) ?? "any time")  \(names) (\(dated))", label: String(index + 1),
                                 quote: graph.quote(ofRelation: step.relation)))
        }
        return blocks
    }
}
