import ArgumentParser
import NetGraph

/// The options every command that prints data shares: the graph to read (``GraphInputOptions``)
/// and the output format.
struct GraphOptions: ParsableArguments {
    @OptionGroup var input: GraphInputOptions

    @Option(name: .long, help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    var graph: String? { input.graph }
    var limits: ReadLimits { input.limits }

    func load(operand: String? = nil) throws -> Graph { try input.load(operand: operand) }
    func displayName(operand: String? = nil) -> String { input.displayName(operand: operand) }
}
