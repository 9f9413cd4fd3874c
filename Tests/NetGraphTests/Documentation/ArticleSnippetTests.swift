import Foundation
import NetGraph
import Testing

/// The code of the DocC articles GettingStarted, Measures and Paths, line for line, so that it compiles and
/// runs against the real API; `everyArticleLineIsHere` fails when an article's code changes
/// without this file.
@Suite struct ArticleSnippetTests {
    @Test func measures() throws {
        // Overview
        let graph = try BundledGraph.load()
        let simple = try graph.analysisGraph()                              // undirected, unweighted
        let directed = try graph.analysisGraph(directed: true)              // undirected types give an edge each way
        let weighted = try graph.analysisGraph(weight: "weight")            // a relation without one weighs 1
        #expect(!simple.isDirected && directed.isDirected && weighted.isWeighted)
        #expect(simple.nodeCount == graph.nodeCount)

        // Centrality
        let degree = DegreeCentrality.scores(simple)
        let brokers = try Betweenness.scores(simple)                        // exact, all cores
        let closeness = try Closeness.scores(simple)
        let harmonic = try Harmonic.scores(simple)
        let eigenvector = try Eigenvector.scores(simple)
        let pagerank = try PageRank.scores(directed, alpha: 0.85)
        let katz = try Katz.scores(simple, alpha: 0.05, beta: 1)             // α below 1/λmax ≈ 1/10.4
        let topBroker = graph.entities[brokers.ranked { graph.entities[$0].id }[0]]
        for scores in [degree, brokers, closeness, harmonic, eigenvector, pagerank, katz] {
            #expect(scores.count == graph.nodeCount)
        }
        #expect(abs(pagerank.values.reduce(0, +) - 1) < 1e-9)
        #expect(topBroker.name == "Mexico")   // the README's top broker of the bundled graph

        var rng = SplitMix64(seed: 7)
        let estimate = try Betweenness.scores(simple, sampling: 50, using: &rng)
        let raw = try Betweenness.scores(simple, options: Betweenness.Options(normalized: false, threads: 1))
        let edgeScores = try Betweenness.edgeScores(simple)                 // by edge id
        #expect(estimate.count == graph.nodeCount)
        let n = Double(simple.nodeCount)
        // Raw undirected betweenness is the normalised value times (n − 1)(n − 2) / 2.
        #expect(abs(raw[0] - brokers[0] * (n - 1) * (n - 2) / 2) < 1e-6 * max(1, raw[0]))
        #expect(edgeScores.count == simple.edgeCount)

        // Structure
        let components = ConnectedComponents(simple)                        // components.sizes, largest first
        let strong = StrongComponents(directed)
        let cutNodes = ArticulationPoints(simple).nodes
        let cutEdges = Bridges(simple).pairs
        let cores = CoreNumber(simple)                                      // cores.maxCore, cores.maxCoreMembers
        let clustering = Clustering(simple)                                 // clustering.average
        let transitivity = Clustering.transitivity(simple)
        let extent = Eccentricity(largestComponentOf: simple)               // extent.diameter, extent.radius
        #expect(components.sizes.reduce(0, +) == graph.nodeCount)
        #expect(strong.sizes.reduce(0, +) == graph.nodeCount)
        #expect(cutNodes.allSatisfy { $0 < graph.nodeCount } && cutEdges.allSatisfy { $0.0 <= $0.1 })
        #expect(cores.maxCore >= 1 && !cores.maxCoreMembers.isEmpty)
        #expect((0...1).contains(clustering.average) && (0...1).contains(transitivity))
        #expect(extent.radius <= extent.diameter && extent.nodes.count == components.sizes[0])

        // Communities
        var seeded = SplitMix64(seed: 1)
        let louvain = Louvain.communities(simple, resolution: 1, using: &seeded)
        let quality = Modularity.of(louvain, in: simple)
        let leiden = Leiden.communities(simple, objective: .cpm, resolution: 0.1, using: &seeded)
        let density = LeidenObjective.cpm.quality(of: leiden, in: simple, resolution: 0.1)
        #expect(leiden.communities.joined().sorted() == Array(0..<graph.nodeCount) && density > 0)
        let propagated = try LabelPropagation.communities(simple)
        let largest = louvain.communities[0].map { graph.entities[$0].name }
        #expect(quality > 0 && quality < 1)
        #expect(propagated.nodeCount == graph.nodeCount)
        // Communities come largest first and cover every entity once.
        #expect(zip(louvain.communities, louvain.communities.dropFirst()).allSatisfy { $0.count >= $1.count })
        #expect(louvain.communities.joined().sorted() == Array(0..<graph.nodeCount))
        #expect(largest == louvain.communities[0].map { graph.name(ofNode: $0) })

        // Brokerage
        let roles = GouldFernandez(try graph.analysisGraph(directed: true), groups: (0..<graph.nodeCount).map { Int32(graph.kindCode(ofNode: $0)) })
        let gatekeeping = roles.counts(of: 0)[.gatekeeper]      // and roles.zScores(of: 0), roles.expected(of: 0)
        #expect(gatekeeping >= 0 && gatekeeping <= roles.counts(of: 0).total)

        // Key players
        let fragmenters = Fragmentation.keyPlayers(simple, k: 3)            // fragmenters.members, fragmenters.score
        let reachers = Reach.keyPlayers(simple, k: 3, depth: 2)
        let leftOver = Fragmentation.score(removing: fragmenters.members, in: simple)
        #expect(fragmenters.members.count == 3 && reachers.members.count == 3)
        #expect(leftOver == fragmenters.score)
    }

    @Test func paths() throws {
        // Overview
        let graph = try BundledGraph.load()
        let resolver = NameResolver(graph: graph)
        let mencho = try resolver.resolve("El Mencho")
        let sheinbaum = try resolver.resolve("Sheinbaum")
        let simple = try graph.analysisGraph()

        // Fewest steps
        let chain = BreadthFirst.shortestPath(from: mencho, to: sheinbaum, in: simple)
        let names = chain?.nodes.map { graph.entities[$0].name } ?? []
        let hops = BreadthFirst.distances(from: mencho, in: simple)         // -1 where unreachable
        #expect(names.first == "Nemesio Oseguera Cervantes" && names.last == "Claudia Sheinbaum")
        #expect(Int(hops[sheinbaum]) == chain?.hops)

        let steps = graph.evidence(along: chain!, in: simple)                // one list per step
        let quotes = steps[0].compactMap { $0.quote }
        #expect(steps.count == chain!.hops && !steps[0].isEmpty && !quotes.isEmpty)

        // Least total weight
        let weighted = try graph.analysisGraph(weight: "weight")
        let cheapest = try Dijkstra.shortestPath(from: mencho, to: sheinbaum, in: weighted)
        let costs = try Dijkstra.distances(from: mencho, in: weighted)      // .infinity where unreachable
        #expect(cheapest?.cost == costs[sheinbaum])

        // The k shortest, and every shortest
        let alternatives = try KShortestPaths.paths(from: mencho, to: sheinbaum, k: 5, in: simple)
        let tied = try AllShortestPaths(from: mencho, to: sheinbaum, in: simple, limit: 100)
        let more = tied.isCapped                                            // more than `limit` exist
        #expect(alternatives.first?.hops == chain?.hops && alternatives == alternatives.sorted())
        #expect(tied.paths.allSatisfy { $0.hops == chain?.hops } && more == (tied.paths.count < Int(tied.totalCount ?? 0)))

        // Constraints
        let harfuch = try resolver.resolve("García Harfuch")
        let stateOnly = graph.entities.map { [.official, .agency, .country].contains($0.kind) }
        let constraints = PathConstraints(avoided: [harfuch], transit: stateOnly, maxHops: 6)
        let detour = BreadthFirst.shortestPath(from: mencho, to: sheinbaum, in: simple, constraints: constraints)
        if let detour {
            #expect(!detour.nodes.contains(harfuch) && detour.hops <= 6)
            #expect(detour.nodes.dropFirst().dropLast().allSatisfy { stateOnly[$0] })
        }

        // Neighbourhoods
        let near = NeighborhoodSearch.neighbors(of: harfuch, in: graph, depth: 2)
        let via = near.map { graph.relations[$0.relation].type }
        #expect(near.count == via.count && near.allSatisfy { (1...2).contains($0.depth) })

        // As of a date, and filtered
        let then = graph.asOf(PartialDate("2019")!).filtered(excludingStatuses: [.alleged])
        let thenResolver = NameResolver(graph: then)
        let thenChain = BreadthFirst.shortestPath(from: try thenResolver.resolve("El Mencho"),
                                                  to: try thenResolver.resolve("Sheinbaum"), in: try then.analysisGraph())
        #expect(then.relationCount < graph.relationCount)
        #expect((thenChain?.hops ?? Int.max) >= chain!.hops)

        // Time-respecting paths
        let contacts = TemporalContacts(graph: graph, directed: false)
        let search = EarliestArrival(contacts: contacts, source: 0, start: PartialDate("2019")!.lowerBound)
        let arrivals = search.arrivals
        #expect(contacts.undatedCount > 0 && arrivals.first?.node == 0)
        #expect(arrivals.allSatisfy { $0.day >= PartialDate("2019")!.lowerBound })
    }

    @Test func gettingStarted() throws {
        // Load and look
        let graph = try BundledGraph.load()          // graphs/mexico-security.yaml
        print(graph.nodeCount, graph.relationCount)

        let resolver = NameResolver(graph: graph)
        let harfuch = try resolver.resolve("garcia harfuch")   // case- and accent-insensitive
        for neighbor in NeighborhoodSearch.neighbors(of: harfuch, in: graph, depth: 1) {
            let relation = graph.relations[neighbor.relation]
            print(graph.entities[neighbor.node].name, relation.type, relation.quote ?? "")
        }
        #expect(graph.entities[harfuch].id == "garcia-harfuch")

        // Narrow the graph
        let established = graph.filtered(excludingStatuses: [.alleged, .planned])
        let in2019 = established.asOf(PartialDate("2019")!)
        let stateActors = in2019.filtered(kinds: [.official, .agency, .country])
        #expect(stateActors.entities.allSatisfy { [.official, .agency, .country].contains($0.kind) })

        // Analyse
        let simple = try graph.analysisGraph()        // undirected, unweighted
        let components = ConnectedComponents(simple)
        print(components.sizes)                        // largest first
        #expect(components.sizes == components.sizes.sorted(by: >))

        // Handle bad input: a real file whose twelfth line misspells a kind, so the snippet is
        // judged on the diagnostic it prints, not on a missing file.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-article-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let colleagueFile = directory.appendingPathComponent("colleague.yaml").path
        try """
        # A colleague's graph.
        graph:
          name: colleague
        entities:
          - id: a
            kind: person
            name: A
          - id: b
            kind: person
            name: B
          - id: c
            kind: cartell
            name: C
        relations: []
        """.write(toFile: colleagueFile, atomically: true, encoding: .utf8)
        var reported: [String] = []
        do {
            _ = try GraphFile.read(path: colleagueFile)
        } catch {
            for diagnostic in error.diagnostics { print(diagnostic) }   // colleague.yaml:12:11: error: unknown kind 'cartell' …
            reported = error.diagnostics.map(\.description)
        }
        #expect(reported.count == 1)
        #expect(reported.first?.hasPrefix("\(colleagueFile):12:11: error: unknown kind 'cartell'") == true, "\(reported)")
    }

    @Test(arguments: [
        ("Sources/NetGraph/NetGraph.docc/Measures.md", "Tests/NetGraphTests/Documentation/ArticleSnippetTests.swift"),
        ("Sources/NetGraph/NetGraph.docc/Paths.md", "Tests/NetGraphTests/Documentation/ArticleSnippetTests.swift"),
        ("Sources/NetGraph/NetGraph.docc/GettingStarted.md", "Tests/NetGraphTests/Documentation/ArticleSnippetTests.swift"),
        ("Sources/NetGraphViz/NetGraphViz.docc/Rendering.md", "Tests/NetGraphVizTests/Documentation/RenderingArticleTests.swift"),
    ])
    func everyArticleLineIsHere(_ article: String, _ tests: String) throws {
        try ArticleCode.expectEveryLine(of: article, in: ArticleCode.repository.appendingPathComponent(tests).path)
    }
}

/// Checks that an article's Swift code appears, line by line, in a test file.
enum ArticleCode {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The lines of the article's ```swift blocks, trimmed, blank lines and package manifest
    /// excerpts left out.
    static func swiftLines(of article: String) throws -> [String] {
        let text = try String(contentsOf: repository.appendingPathComponent(article), encoding: .utf8)
        var blocks: [[String]] = []
        var inSwift = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                inSwift = !inSwift && trimmed == "```swift"
                if inSwift { blocks.append([]) }
            } else if inSwift && !trimmed.isEmpty {
                blocks[blocks.count - 1].append(trimmed)
            }
        }
        // A package manifest excerpt is configuration, not API code.
        return blocks.filter { $0.first != "// Package.swift" }.flatMap { $0 }
    }

    static func expectEveryLine(of article: String, in testFile: String) throws {
        let lines = try swiftLines(of: article)
        #expect(lines.count >= 5, "\(article) has no Swift code")
        let test = try String(contentsOfFile: testFile, encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(test)
        for line in lines {
            #expect(known.contains(line), "\(article): not in the snippet tests: \(line)")
        }
    }
}
