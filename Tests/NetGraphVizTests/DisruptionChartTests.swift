import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NetGraph
import NetGraphViz
import Testing
import VizTestSupport

/// The disruption chart: well-formed SVG, three curves, each removed actor named.
@Suite struct DisruptionChartTests {
    @Test func drawsThreeCurvesAndNamesTheRemoved() throws {
        let graph = try VizSupport.starter()
        let simulation = try RemovalSimulation(try graph.analysisGraph(), strategy: .degree(recompute: false), steps: 3) { graph.id(ofNode: $0) }
        let svg = DisruptionChart.svg(simulation, of: graph, title: "t & <u>")
        let counter = TimelineChartTests.Counter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        #expect(parser.parse())
        #expect(counter.elements["polyline"] == 3)
        for node in simulation.removed {
            let name = graph.name(ofNode: node)
            #expect(svg.contains(">\(name.count > 24 ? name.prefix(23) + "…" : name)</text>"), "\(name)")
        }
        #expect(svg.contains("t &amp; &lt;u&gt;"))
        #expect(svg == DisruptionChart.svg(simulation, of: graph, title: "t & <u>"))
    }
}
