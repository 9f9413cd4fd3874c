import Foundation
import NetGraph
import NetGraphReport
import NetGraphViz
import Testing
import VizTestSupport

@Suite struct ReportTests {
    @Test func countsSourcesAndDrawingDescribeTheGraph() throws {
        let graph = try VizSupport.starter()
        let report = try Report(graph: graph)
        #expect(report.title == "starter")
        #expect(report.summary == graph.summary)
        #expect(report.counts.entities == 11 && report.counts.relations == 13)
        #expect(report.counts.sources == graph.sources.count)
        #expect(report.counts.kinds.map(\.count).reduce(0, +) == 11)
        #expect(report.sources.map(\.source.id) == graph.sources.map(\.id))
        let cited = graph.relations.filter { $0.source != nil }.count
        #expect(report.sources.map(\.citations).reduce(0, +) == cited)
        #expect(report.svg.hasPrefix("<svg") && report.svg.hasSuffix("</svg>"))
        let drawing = try SVGSummary(Data(report.svg.utf8))
        #expect(drawing.entityNodes.map(\.id).sorted() == graph.entities.map(\.id).sorted())
        #expect(drawing.edges.count == 13)
    }

    @Test func rankingsAreTheTopScoresOfEachMeasure() throws {
        let graph = try VizSupport.starter()
        let report = try Report(graph: graph, options: ReportOptions(top: 4))
        let simple = try graph.analysisGraph()
        #expect(report.rankings.map(\.measure) == [.degree, .betweenness, .closeness, .pagerank, .eigenvector])
        for ranking in report.rankings {
            #expect(ranking.failure == nil)
            let scores = try ranking.measure.scores(simple)
            let expected = scores.ranked { graph.entities[$0].id }.prefix(4)
            #expect(ranking.entries.map(\.actor.id) == expected.map { graph.entities[$0].id })
            #expect(ranking.entries.map(\.score) == expected.map { scores[$0] })
        }
        let betweenness = try Betweenness.scores(simple)
        #expect(report.rankings[1].entries[0].score == betweenness.maximum)
    }

    @Test func communitiesAndKeyPlayersAreTheLibrarysAnswers() throws {
        let graph = try VizSupport.starter()
        let report = try Report(graph: graph, options: ReportOptions(keyPlayers: 2, reachDepth: 2, communitySeed: 7))
        let simple = try graph.analysisGraph()
        var rng = SplitMix64(seed: 7)
        let partition = Louvain.communities(simple, using: &rng)
        #expect(report.communities.seed == 7)
        #expect(report.communities.groups.map { $0.map(\.id) } == partition.communities.map { $0.map { graph.entities[$0].id } })
        #expect(report.communities.modularity == Modularity.of(partition, in: simple))
        let fragment = Fragmentation.keyPlayers(simple, k: 2)
        let reach = Reach.keyPlayers(simple, k: 2, depth: 2)
        #expect(report.keyPlayers.map(\.mode) == [.fragment, .reach])
        #expect(report.keyPlayers[0].members.map(\.id) == fragment.members.map { graph.entities[$0].id })
        #expect(report.keyPlayers[0].score == fragment.score)
        #expect(report.keyPlayers[1].members.map(\.id) == reach.members.map { graph.entities[$0].id })
        #expect(report.keyPlayers[1].score == reach.score && report.keyPlayers[1].depth == 2)
        #expect(try Report(graph: graph, options: ReportOptions(keyPlayers: 0)).keyPlayers.isEmpty)
        #expect(try Report(graph: graph, options: ReportOptions(keyPlayers: 50)).keyPlayers[0].members.count == 11)
    }

    @Test func aChainListsEveryRelationOfEveryStepWithItsEvidence() throws {
        let graph = try VizSupport.starter()
        let report = try Report(graph: graph, options: ReportOptions(pairs: [.init(from: "El Mencho", to: "Sheinbaum")]))
        let chain = try #require(report.chains.first)
        #expect(chain.from.id == "el-mencho" && chain.to.id == "sheinbaum")
        let steps = try #require(chain.steps)
        let mencho = try #require(graph.index(of: "el-mencho"))
        let sheinbaum = try #require(graph.index(of: "sheinbaum"))
        let drawn = try #require(ShortestChain.relations(from: mencho, to: sheinbaum, in: graph))
        let nodes = ShortestChain.nodes(from: mencho, along: drawn, in: graph)
        #expect([steps[0].from.id] + steps.map(\.to.id) == nodes.map { graph.entities[$0].id })
        for (index, step) in steps.enumerated() {
            let between = graph.relations(between: nodes[index], and: nodes[index + 1])
            #expect(step.evidence.map(\.relation) == between)
            #expect(step.evidence[0].relation == drawn[index])
            for evidence in step.evidence {
                let relation = graph.relations[evidence.relation]
                #expect(evidence.from.id == relation.from && evidence.to.id == relation.to)
                #expect(evidence.type == relation.type.rawValue)
                #expect(evidence.quote == relation.quote && evidence.sourceID == relation.source)
                #expect(evidence.source?.id == relation.source)
                #expect(evidence.status == relation.status?.rawValue)
            }
        }
        // The chain is drawn bold: every evidence relation at pen width 3.5.
        let drawing = try SVGSummary(Data(report.svg.utf8))
        let bold = Set(drawing.edges.filter { $0.strokeWidths.contains("3.5") }.map(\.id))
        #expect(bold == Set(steps.flatMap(\.evidence).map { "e\($0.relation)" }))
    }

    @Test func noChainAndTheSameEntityAreAnswersNotErrors() throws {
        let graph = try VizSupport.read("""
            entities:
              - {id: a, kind: person}
              - {id: b, kind: person}
              - {id: c, kind: person}
            relations:
              - {from: a, to: b, type: family-of}
            """)
        let report = try Report(graph: graph, options: ReportOptions(pairs: [.init(from: "a", to: "c"), .init(from: "b", to: "b")]))
        #expect(report.chains[0].steps == nil)
        #expect(report.chains[1].steps == [])
        #expect(report.counts.components == 2)
    }

    @Test func unknownAndAmbiguousPairNamesThrowBeforeAnythingIsComputed() throws {
        let graph = try VizSupport.read("""
            entities:
              - {id: a, kind: person, aliases: [Twin]}
              - {id: b, kind: person, aliases: [Twin]}
            relations: []
            """)
        #expect {
            try Report(graph: graph, options: ReportOptions(pairs: [.init(from: "a", to: "Nobody")]))
        } throws: { error in
            guard case .unknown(let query, _)? = error as? NameResolutionError else { return false }
            return query == "Nobody"
        }
        #expect {
            try Report(graph: graph, options: ReportOptions(pairs: [.init(from: "Twin", to: "a")]))
        } throws: { error in
            guard case .ambiguous? = error as? NameResolutionError else { return false }
            return true
        }
        #expect(throws: RenderError.self) { try Report(graph: graph, options: ReportOptions(top: -1)) }
        #expect(throws: RenderError.self) { try Report(graph: graph, options: ReportOptions(reachDepth: 0)) }
    }

    @Test func anEmptyGraphGivesAnEmptyReport() throws {
        let graph = try VizSupport.read("entities: []\nrelations: []\n")
        let report = try Report(graph: graph, options: ReportOptions(coloring: .community, sizeBy: .pagerank))
        #expect(report.counts.entities == 0 && report.counts.components == 0)
        #expect(report.rankings.allSatisfy { $0.entries.isEmpty && $0.failure == nil })
        #expect(report.communities.groups.isEmpty && report.communities.modularity == nil)
        #expect(report.keyPlayers.isEmpty)
        #expect(report.svg.hasPrefix("<svg"))
    }

    /// A star: removing the hub leaves five isolated entities of six. By hand: S = 1/6 after
    /// each of the first five removals and 0 after the sixth, so R = (5/6)/6.
    @Test func disruptionRemovesTheHubFirstAndScoresRobustness() throws {
        let graph = try VizSupport.read("""
            entities:
              - {id: hub, kind: person, name: Hub}
            \((1...5).map { "  - {id: leaf\($0), kind: person, name: Leaf \($0)}" }.joined(separator: "\n"))
            relations:
            \((1...5).map { "  - {from: hub, to: leaf\($0), type: allied-with}" }.joined(separator: "\n"))
            """)
        let report = try Report(graph: graph)
        #expect(report.disruption.map(\.strategy) == ["degree, ranked again after each removal",
                                                      "betweenness, ranked again after each removal"])
        for simulation in report.disruption {
            #expect(simulation.steps.first?.removed.id == "hub")
            #expect(simulation.steps.count == 6)
            #expect(simulation.steps[0].impact.largestComponentShare == 1.0 / 6)
            #expect(simulation.steps[0].impact.components == 5)
            #expect(abs(simulation.robustness - (5.0 / 6) / 6) < 1e-12)
            #expect(simulation.intact.components == 1 && simulation.chart.hasPrefix("<svg"))
        }
        let html = ReportHTMLWriter.html(of: report)
        #expect(html.contains("R = \(String(format: "%.4f", (5.0 / 6) / 6))"))
        #expect(html.contains("<td>Hub</td>"))
    }

    /// Two dated relations a year apart and one undated, which is in both years.
    @Test func timelineCountsEachYearAndSaysWhenThereIsNone() throws {
        let graph = try VizSupport.read("""
            entities:
              - {id: a, kind: person, name: A}
              - {id: b, kind: person, name: B}
              - {id: c, kind: person, name: C}
              - {id: d, kind: person, name: D}
            relations:
              - {from: a, to: b, type: allied-with, date: 2019-03-01}
              - {from: b, to: c, type: allied-with, date: 2020-05-01}
              - {from: c, to: d, type: allied-with}
            """)
        let timeline = try #require(try Report(graph: graph).timeline)
        #expect(timeline.years.map(\.period) == ["2019", "2020"])
        #expect(timeline.years.map(\.relations) == [2, 2])
        #expect(timeline.years.map(\.entities) == [4, 3])
        #expect(timeline.years.map(\.left) == [0, 1])
        #expect(timeline.undatedRelations == 1)
        #expect(timeline.chart.hasPrefix("<svg"))

        let undated = try VizSupport.read("""
            entities:
              - {id: a, kind: person, name: A}
              - {id: b, kind: person, name: B}
            relations:
              - {from: a, to: b, type: allied-with}
            """)
        let report = try Report(graph: undated)
        #expect(report.timeline == nil)
        #expect(ReportHTMLWriter.html(of: report).contains("No relation is dated, so there is no timeline."))
    }

    /// B is the broker only through document one: without it B leaves the top.
    @Test func sensitivityNamesTheDocumentATopActorRestsOn() throws {
        let graph = try VizSupport.read("""
            sources:
              - {id: one, title: One}
              - {id: two, title: Two}
            entities:
              - {id: a, kind: person, name: A}
              - {id: b, kind: person, name: B}
              - {id: c, kind: person, name: C}
              - {id: d, kind: person, name: D}
              - {id: e, kind: person, name: E}
            relations:
              - {from: a, to: b, type: allied-with, source: one}
              - {from: b, to: c, type: allied-with, source: one}
              - {from: d, to: e, type: allied-with, source: two}
            """)
        let section = try #require(try Report(graph: graph, options: ReportOptions(top: 1)).sensitivity)
        #expect(section.scenarios == 2)
        #expect(section.members.map(\.actor.id) == ["b"])
        #expect(section.members[0].lostWithout == ["source one"])
    }
}
