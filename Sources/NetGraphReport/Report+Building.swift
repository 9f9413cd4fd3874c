import Foundation
import NetGraph
import NetGraphViz

extension Report {
    /// Computes the report of `graph` as `options` ask.
    ///
    /// Every analysis runs on the undirected, unweighted simple graph (parallel relations
    /// count once), with NetworkX's definitions and defaults:
    /// - the top ``ReportOptions/top`` actors under each ``ReportMeasure``, ties broken by id;
    ///   a power iteration that does not converge leaves its table empty with the reason;
    /// - Louvain's communities (Blondel et al. 2008, doi:10.1088/1742-5468/2008/10/P10008),
    ///   seeded with ``ReportOptions/communitySeed``, and NetworkX's modularity;
    /// - Borgatti's key players (2006, doi:10.1007/s10588-006-7084-x): the set whose removal
    ///   fragments the rest most and the set that reaches most within
    ///   ``ReportOptions/reachDepth`` steps, as `netgraph keyplayers` finds them;
    /// - the first ``ReportOptions/top`` removals by degree and by betweenness, each ranked
    ///   again after every removal (`RemovalSimulation`; Duijn, Kashirin & Sloot 2014,
    ///   doi:10.1038/srep04238), with Schneider et al.'s robustness R, on graphs of at most
    ///   ``Report/whatIfLimit`` entities;
    /// - which of the top ``ReportOptions/top`` by betweenness leave the top when each cited
    ///   source, and each status, is left out in turn (`Sensitivity`), on graphs of at most
    ///   ``Report/whatIfLimit`` entities;
    /// - the graph year by year (`Timeline`: each year's active entities, relations,
    ///   arrivals, departures, components and top five by degree), when relations are dated;
    /// - for each pair, the shortest chain ignoring direction (`ShortestChain`, the answer
    ///   `render --highlight-path` draws) with every relation joining each step as evidence.
    ///
    /// Pair names are resolved before anything is computed, so a misspelt name fails fast.
    ///
    /// - Parameters:
    ///   - graph: the graph the report is about.
    ///   - options: what the report holds and how it is drawn.
    ///   - graphviz: the context to draw with; a new one when nil.
    /// - Throws: `NameResolutionError` for a pair name that matches no entity or several;
    ///   `RenderError` for options that do not fit (kind `usage`) or a failed drawing (kind
    ///   `graphviz`); `CentralityError` when ``ReportOptions/sizeBy`` names a measure that
    ///   did not converge.
    /// - Complexity: dominated by betweenness and closeness, O(nm), by the key-player search
    ///   (see `Fragmentation.keyPlayers(_:k:search:)`) and by the layout engine.
    public init(graph: Graph, options: ReportOptions = ReportOptions(), graphviz: GraphvizContext? = nil) throws {
        try options.validate()
        let resolver = NameResolver(graph: graph)
        var ends: [(from: Int, to: Int)] = []
        for pair in options.pairs {
            ends.append((try resolver.resolve(pair.from), try resolver.resolve(pair.to)))
        }
        let simple = try graph.analysisGraph()
        func actor(_ node: Int) -> Actor {
            let entity = graph.entities[node]
            return Actor(id: entity.id, name: entity.name, kind: entity.kind)
        }

        title = graph.name
        summary = graph.summary
        scope = options.scope
        coloring = options.coloring
        counts = Counts(entities: graph.nodeCount, relations: graph.relationCount, sources: graph.sources.count,
                        components: ConnectedComponents(simple).count, kinds: Self.kindCounts(in: graph))
        sources = Self.citedSources(in: graph)

        var scores: [ReportMeasure: Scores] = [:]
        rankings = ReportMeasure.allCases.map { measure in
            do throws(CentralityError) {
                let values = try measure.scores(simple)
                scores[measure] = values
                let ranked = values.ranked { graph.entities[$0].id }.prefix(options.top)
                return Ranking(measure: measure, entries: ranked.map { (actor($0), values[$0]) }, failure: nil)
            } catch {
                return Ranking(measure: measure, entries: [], failure: error.description)
            }
        }

        var rng = SplitMix64(seed: options.communitySeed)
        let partition = Louvain.communities(simple, using: &rng)
        let modularity = Modularity.of(partition, in: simple)
        communities = Communities(seed: options.communitySeed, modularity: modularity.isFinite ? modularity : nil,
                                  groups: partition.communities.map { $0.map(actor) })

        keyPlayers = []
        let k = min(options.keyPlayers, graph.nodeCount)
        if k > 0 {
            let fragment = Fragmentation.keyPlayers(simple, k: k)
            let reach = Reach.keyPlayers(simple, k: k, depth: options.reachDepth)
            keyPlayers = [
                KeyPlayers(mode: .fragment, depth: 0, score: fragment.score, members: fragment.members.map(actor)),
                KeyPlayers(mode: .reach, depth: options.reachDepth, score: reach.score, members: reach.members.map(actor)),
            ]
        }

        let brokerage = GouldFernandez(simple, groups: (0..<graph.nodeCount).map { Int32(graph.kindCode(ofNode: $0)) })
        brokers = (0..<graph.nodeCount).filter { brokerage.counts(of: $0).total > 0 }
            .sorted { (-brokerage.counts(of: $0).total, graph.id(ofNode: $0)) < (-brokerage.counts(of: $1).total, graph.id(ofNode: $1)) }
            .prefix(options.top)
            .map { node in
                let counts = brokerage.counts(of: node)
                let z = brokerage.zScores(of: node).total
                return Broker(actor: actor(node), roles: counts.byRole, total: counts.total, z: z.isFinite ? z : nil)
            }

        disruption = []
        if graph.nodeCount <= Self.whatIfLimit && options.top > 0 {
            for (strategy, words) in [(RemovalSimulation.Strategy.degree(recompute: true), "degree"),
                                      (.betweenness(recompute: true), "betweenness")] {
                // Ranking by degree cannot fail; betweenness can only fail on a graph too
                // large for it, which the limit rules out. Either failure leaves the row out.
                guard let simulation = try? RemovalSimulation(simple, strategy: strategy, steps: options.top,
                                                              tieBreak: { graph.id(ofNode: $0) }) else { continue }
                let title = "Removal by \(words), ranked again after each removal"
                disruption.append(Disruption(
                    strategy: "\(words), ranked again after each removal", intact: simulation.intact,
                    steps: zip(simulation.removed, simulation.steps).map { Disruption.Step(removed: actor($0), impact: $1) },
                    robustness: simulation.robustness,
                    chart: DisruptionChart.svg(simulation, of: graph, title: title)))
            }
        }

        sensitivity = nil
        if graph.nodeCount <= Self.whatIfLimit && options.top > 0,
           let top = try? Sensitivity.topK(of: .betweenness, k: options.top, in: graph), !top.scenarios.isEmpty {
            let lost = top.lostIn
            sensitivity = SensitivitySection(
                measure: CentralityMeasure.betweenness.rawValue, scenarios: top.scenarios.count,
                members: top.baseline.indices.map { position in
                    SensitivitySection.Member(actor: actor(top.baseline[position]), lostWithout: lost[position].map { index in
                        switch top.scenarios[index].scenario.removal {
                        case let .source(id): "source \(id)"
                        case let .status(status): "status \(status.rawValue)"
                        }
                    })
                })
        }

        timeline = nil
        if let years = try? Timeline(graph: graph, every: .year, measure: .degree, k: 5), !years.snapshots.isEmpty {
            timeline = TimelineSection(
                years: years.snapshots.map { snapshot in
                    TimelineSection.Year(period: snapshot.start.description, entities: snapshot.entities.count,
                                         relations: snapshot.relations, entered: snapshot.entered.count,
                                         left: snapshot.left.count, components: snapshot.components,
                                         top: snapshot.top.map { actor($0.node) })
                },
                undatedRelations: years.undatedRelations,
                chart: TimelineChart.svg(years, of: graph, title: "Year by year", measure: CentralityMeasure.degree.rawValue))
        }

        chains = ends.map { Self.chain(from: $0.from, to: $0.to, in: graph, actor: actor) }

        var nodeSize: [Double]?
        if let measure = options.sizeBy {
            nodeSize = try scores[measure]?.values ?? measure.scores(simple).values
        }
        let emphasised = chains.compactMap(\.steps).flatMap { $0 }
        let emphasis = emphasised.isEmpty ? nil : RenderOptions.Emphasis(
            nodes: Array(Set(emphasised.flatMap { [$0.from.id, $0.to.id] }.compactMap(graph.index(of:)))).sorted(),
            relations: emphasised.flatMap { $0.evidence.map(\.relation) }.sorted(),
            fadeOthers: false)
        let drawing = RenderOptions(
            layout: options.layout, format: .svg, legend: true, title: false, nodeSize: nodeSize,
            groups: options.coloring == .community ? partition.communityOfNode.map(Int.init) : nil,
            emphasis: emphasis, seed: options.layoutSeed)
        let rendering = try (graphviz ?? GraphvizContext()).render(graph, options: drawing)
        svg = InlineSVG.markup(from: rendering.data)
        drawingWarnings = rendering.warnings
    }

    /// Entities per kind present, in schema order, then other kinds by name.
    private static func kindCounts(in graph: Graph) -> [(kind: EntityKind, count: Int)] {
        var count: [EntityKind: Int] = [:]
        for entity in graph.entities { count[entity.kind, default: 0] += 1 }
        return graph.kindsInUse.map { ($0, count[$0] ?? 0) }
    }

    /// The graph's sources in file order, each with the number of relations citing it.
    private static func citedSources(in graph: Graph) -> [CitedSource] {
        var citations: [String: Int] = [:]
        for relation in graph.relations {
            if let source = relation.source { citations[source, default: 0] += 1 }
        }
        return graph.sources.map { CitedSource(source: $0, citations: citations[$0.id] ?? 0) }
    }

    private static func chain(from source: Int, to target: Int, in graph: Graph, actor: (Int) -> Actor) -> Chain {
        guard source != target, let projection = try? graph.analysisGraph(),
              let path = BreadthFirst.shortestPath(from: source, to: target, in: projection) else {
            return Chain(from: actor(source), to: actor(target), steps: source == target ? [] : nil)
        }
        let steps = graph.evidence(along: path, in: projection).enumerated().map { step, items in
            Step(from: actor(path.nodes[step]), to: actor(path.nodes[step + 1]), evidence: items.map { item in
                Evidence(
                    relation: item.relation, from: actor(item.from), to: actor(item.to),
                    type: item.type.rawValue, isDirected: item.isDirected,
                    date: item.interval.text, status: item.status?.rawValue, quote: item.quote,
                    sourceID: item.source?.id, source: item.source)
            })
        }
        return Chain(from: actor(source), to: actor(target), steps: steps)
    }
}
