import ArgumentParser
import NetGraph

/// How an analysis sees the graph: undirected and unweighted unless asked otherwise.
struct AnalysisOptions: ParsableArguments {
    @Flag(help: "Respect relation direction (default: undirected). Undirected relation types count both ways.")
    var directed = false

    @Option(help: ArgumentHelp("Use this relation attribute as edge weight ('weight' is the relation's own weight field); relations without it weigh 1. Default: unweighted.", valueName: "attr"))
    var weight: String?

    /// The simple graph the analysis runs on.
    func analysisGraph(of graph: Graph) throws -> AnalysisGraph {
        try graph.analysisGraph(directed: directed, weight: weight)
    }
}
