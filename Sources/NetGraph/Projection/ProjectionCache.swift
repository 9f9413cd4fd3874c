import Foundation

/// A graph's undirected, unweighted projection (the default of every analysis), built on
/// first use and kept with the graph or view it projects: a command asks for it once or
/// several times (`stats`, then its components), and `netgraph` builds it on the thread that
/// read the graph while the command line is still being parsed. A second caller while it is
/// built waits for it rather than building it again.
///
/// The projection is kept as long as its graph: O(n + m) memory, which the analysis holds
/// while it runs anyway.
final class ProjectionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var projection: AnalysisGraph?

    /// The projection, built by `build` on first use.
    func value(_ build: () -> AnalysisGraph) -> AnalysisGraph {
        lock.lock()
        defer { lock.unlock() }
        if let projection { return projection }
        let built = build()
        projection = built
        return built
    }
}
