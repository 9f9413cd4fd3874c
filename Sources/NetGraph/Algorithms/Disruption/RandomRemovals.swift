/// Random removals repeated: the baseline an attack is compared with (Schneider et al.'s
/// random failure). Each run removes the candidates in an order drawn from a seeded
/// SplitMix64 stream (a Fisher–Yates shuffle); each step reports the mean and the population
/// standard deviation of every measure over the runs.
public struct RandomRemovals: Sendable {
    /// Mean and spread of a measure over the runs; the average path length averages the runs
    /// where it is defined and is nil when none is.
    public struct Summary: Sendable {
        public var largestComponentShare: (mean: Double, spread: Double)
        public var components: (mean: Double, spread: Double)
        public var fragmentation: (mean: Double, spread: Double)
        public var distanceFragmentation: (mean: Double, spread: Double)
        public var efficiency: (mean: Double, spread: Double)
        public var averagePathLength: (mean: Double, spread: Double)?

        init(_ impacts: [RemovalImpact]) {
            func stats(_ values: [Double]) -> (mean: Double, spread: Double) {
                // Equal values have no spread; their rounded mean could show one of 1e-16.
                if let first = values.first, values.allSatisfy({ $0 == first }) { return (first, 0) }
                let mean = values.reduce(0, +) / Double(values.count)
                let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
                return (mean, variance.squareRoot())
            }
            largestComponentShare = stats(impacts.map(\.largestComponentShare))
            components = stats(impacts.map { Double($0.components) })
            fragmentation = stats(impacts.map(\.fragmentation))
            distanceFragmentation = stats(impacts.map(\.distanceFragmentation))
            efficiency = stats(impacts.map(\.efficiency))
            let lengths = impacts.compactMap(\.averagePathLength)
            averagePathLength = lengths.isEmpty ? nil : stats(lengths)
        }
    }

    public let runs: Int
    /// Step by step (after 1, 2, … removals).
    public let steps: [Summary]
    /// Robustness of each run, and their mean and spread.
    public let robustness: (mean: Double, spread: Double)

    /// `runs` random removal sequences of `steps` removals among `candidates` (every node when
    /// nil), seeded by `seed`.
    ///
    /// - Complexity: runs × steps × O(n·(n + m)).
    public init(_ graph: AnalysisGraph, steps: Int, runs: Int, seed: UInt64, candidates: [Int]? = nil) {
        var rng = SplitMix64(seed: seed)
        let pool = (candidates.map { Array(Set($0)).sorted() }) ?? Array(0..<graph.nodeCount)
        let limit = min(steps, pool.count)
        var perStep = [[RemovalImpact]](repeating: [], count: limit)
        var robustnesses: [Double] = []
        for _ in 0..<max(1, runs) {
            var order = pool
            // Fisher–Yates, drawing from the seeded stream so runs repeat exactly.
            if order.count > 1 {
                for i in stride(from: order.count - 1, to: 0, by: -1) {
                    let j = Int(rng.next() % UInt64(i + 1))
                    order.swapAt(i, j)
                }
            }
            // A given order computes no centrality, so it cannot throw.
            guard let run = try? RemovalSimulation(graph, strategy: .list(Array(order.prefix(limit))), steps: limit, tieBreak: { $0 }) else { continue }
            for (index, impact) in run.steps.enumerated() { perStep[index].append(impact) }
            robustnesses.append(run.robustness)
        }
        self.runs = max(1, runs)
        self.steps = perStep.map(Summary.init)
        let mean = robustnesses.reduce(0, +) / Double(max(1, robustnesses.count))
        let variance = robustnesses.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, robustnesses.count))
        robustness = (mean, variance.squareRoot())
    }
}
