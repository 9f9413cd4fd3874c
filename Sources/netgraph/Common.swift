import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph common`: what two actors have in common.
    struct Common: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "common",
            abstract: "What two entities have in common: shared associates, direct relations, shortest chains.",
            discussion: """
                Lists the associates A and B share, each with the relations that link it to A and \
                to B; the relations directly between A and B; and every entity on any shortest \
                chain between them (ends excluded), by distance from A. Links are followed either \
                way and parallel relations count once, after the shared filters.

                Example: netgraph common CJNG "Sinaloa Cartel" --format json
                """)

        @Argument(help: ArgumentHelp("[GRAPH] A B: an optional graph file, then two ids, names or aliases.", valueName: "graph-and-nodes"))
        var operands: [String] = []

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard (2...3).contains(operands.count) else {
                throw ValidationError("expected A and B, optionally preceded by a graph file")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: operands.count == 3 ? operands[0] : nil))
            let resolver = NameResolver(graph: graph)
            let a = try resolver.resolve(operands[operands.count - 2])
            let b = try resolver.resolve(operands[operands.count - 1])
            guard a != b else { throw CommandError.usage("A and B name the same entity, '\(graph.id(ofNode: a))'") }
            let common = CommonGround(a, b, in: graph)
            CommonResult(graph: graph, common: common).write(as: options.format)
        }
    }
}
