import NetGraph

/// `disrupt --strategy random`: removal in random order, averaged over several runs, each
/// measure's mean and spread after each removal.
struct RandomRemovalResult: CommandResult {
    let result: RandomRemovals
    let seed: UInt64

    private func pair(_ value: (mean: Double, spread: Double)) -> (JSONValue, JSONValue) { (.double(value.mean), .double(value.spread)) }

    func json() -> JSONDocument {
        .value(.object([
            ("strategy", .string("random")), ("runs", .int(result.runs)), ("seed", .int(Int(truncatingIfNeeded: seed))),
            ("steps", .array(result.steps.map { step in
                let fields: [(String, (mean: Double, spread: Double)?)] = [
                    ("largest_component_share", step.largestComponentShare), ("components", step.components),
                    ("fragmentation", step.fragmentation), ("distance_fragmentation", step.distanceFragmentation),
                    ("efficiency", step.efficiency), ("average_path_length", step.averagePathLength),
                ]
                return .object(fields.map { ($0.0, $0.1.map { .double($0.mean) } ?? .null) }
                               + [("spread", .object(fields.map { ($0.0, $0.1.map { .double($0.spread) } ?? .null) }))])
            })),
            ("robustness", pair(result.robustness).0), ("robustness_spread", pair(result.robustness).1),
        ]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["step", "largest_share_mean", "largest_share_spread", "fragmentation_mean", "fragmentation_spread",
                              "efficiency_mean", "efficiency_spread"])
        for (index, step) in result.steps.enumerated() {
            table.add([String(index + 1)] + [step.largestComponentShare, step.fragmentation, step.efficiency].flatMap { ["\($0.mean)", "\($0.spread)"] })
        }
        return table
    }

    func display() -> [DisplayBlock] {
        var table = TextTable(["step", "largest share", "±", "F", "±", "efficiency", "±"], numeric: Set(0...6))
        for (index, step) in result.steps.enumerated() {
            table.add([String(index + 1)] + [step.largestComponentShare, step.fragmentation, step.efficiency]
                .flatMap { [$0.mean.tableDescription, $0.spread.tableDescription] })
        }
        return [.title("random removal, \(result.runs) runs (seed \(seed)); robustness R = \(result.robustness.mean.tableDescription) "
                       + "± \(result.robustness.spread.tableDescription)"), .table(table)]
    }
}
