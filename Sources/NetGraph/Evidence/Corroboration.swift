/// How many distinct documents support each link: the sources cited by the relations that
/// join a pair of entities, in either direction and of any type.
///
/// A link resting on one document is a claim to check before it carries an argument; two
/// independent documents are corroboration. Relations without a source add no document.
///
/// - Complexity: O(m log m) to build (the relations sorted by pair, then by source); O(1)
///   per query.
public struct Corroboration: Sendable {
    /// Distinct sources of each relation's pair, by relation id.
    public let sourceCounts: [Int32]

    public init(graph: Graph) {
        let m = graph.relationCount
        let ends = (graph.relationSources, graph.relationTargets)
        var keys = [UInt64](repeating: 0, count: m)
        var codes = [Int32](repeating: -1, count: m)
        for r in 0..<m {
            let (u, v) = (UInt64(UInt32(bitPattern: ends.0[r])), UInt64(UInt32(bitPattern: ends.1[r])))
            keys[r] = min(u, v) << 32 | max(u, v)
            codes[r] = graph.sourceCode(ofRelation: r)
        }
        let order = (0..<m).sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : codes[$0] < codes[$1] }
        var counts = [Int32](repeating: 0, count: m)
        var start = 0
        while start < m {
            var end = start
            var distinct: Int32 = 0
            var previous: Int32 = -1
            while end < m && keys[order[end]] == keys[order[start]] {
                let code = codes[order[end]]
                if code >= 0 && code != previous { distinct += 1; previous = code }
                end += 1
            }
            for position in start..<end { counts[order[position]] = distinct }
            start = end
        }
        sourceCounts = counts
    }

    /// The number of distinct sources behind the link relation `r` belongs to.
    public func sourceCount(ofRelation r: Int) -> Int { Int(sourceCounts[r]) }
}

extension Graph {
    /// The position in ``sources`` of relation `r`'s source, or -1 when it cites none.
    func sourceCode(ofRelation r: Int) -> Int32 {
        columns.relations.sourceCodes[relationRow(r)] ?? -1
    }

    /// The graph without the links that fewer than `minimum` distinct sources support
    /// (see ``Corroboration``); entities stay.
    ///
    /// - Complexity: O(m log m).
    public func corroborated(minimumSources minimum: Int) -> Graph {
        guard minimum > 0 else { return self }
        let support = Corroboration(graph: self)
        return view(keepingNodes: { _ in true }, relations: { support.sourceCounts[$0] >= minimum })
    }
}

/// The documents a chain of links rests on.
public struct ChainSupport: Hashable, Sendable {
    /// The distinct sources cited along the chain, by first appearance.
    public var sources: [String]
    /// The steps (from 1) whose relations cite at most one distinct source.
    public var singleSourceSteps: [Int]

    /// Whether the whole chain rests on one document (or none).
    public var restsOnOneDocument: Bool { sources.count <= 1 }

    /// The support of a chain given the evidence of each step (``Graph/evidence(along:in:)``).
    public init(steps: [[Evidence]]) {
        var seen: Set<String> = []
        sources = []
        singleSourceSteps = []
        for (index, step) in steps.enumerated() {
            let ids = Set(step.compactMap { $0.source?.id })
            if ids.count <= 1 { singleSourceSteps.append(index + 1) }
            for item in step { if let id = item.source?.id, seen.insert(id).inserted { sources.append(id) } }
        }
    }
}
