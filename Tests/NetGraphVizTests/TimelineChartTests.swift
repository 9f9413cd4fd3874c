import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NetGraph
import NetGraphViz
import Testing

/// The timeline chart: well-formed SVG, one line per series and per run of a trajectory,
/// the same bytes every time, text escaped.
@Suite struct TimelineChartTests {
    /// a–b in 2019 and 2021, c–d in 2020: with the top 1 by degree, a leads 2019 and 2021
    /// (two separate runs, drawn as points) and c leads 2020.
    static let graph = """
        entities:
          - {id: a, kind: person, name: "A & <Co>"}
          - {id: b, kind: person}
          - {id: c, kind: person}
          - {id: d, kind: person}
        relations:
          - {from: a, to: b, type: supports, date: 2019}
          - {from: a, to: b, type: supports, date: 2021}
          - {from: c, to: d, type: supports, date: 2020}

        """

    final class Counter: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[element, default: 0] += 1
        }
    }

    @Test func drawsEachSeriesAndEachRunOfATrajectory() throws {
        let graph = try NativeGraphReader().read(Array(Self.graph.utf8), file: "g.yaml")
        let timeline = try Timeline(graph: graph, every: .year, measure: .degree, k: 1)
        let svg = TimelineChart.svg(timeline, of: graph, title: "t", measure: "degree")
        let counter = Counter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        // Two count series; a's two single-period runs and c's one are points.
        #expect(counter.elements["polyline"] == 2)
        #expect(counter.elements["circle"] == 3)
        #expect(svg.contains("A &amp; &lt;Co&gt;") && !svg.contains("<Co>"))
        #expect(svg == TimelineChart.svg(timeline, of: graph, title: "t", measure: "degree"))
    }

    @Test func anUndatedGraphSaysSo() throws {
        let graph = try NativeGraphReader().read(Array("entities:\n  - {id: a, kind: person}\n".utf8), file: "g.yaml")
        let svg = TimelineChart.svg(try Timeline(graph: graph, every: .year), of: graph, title: "t", measure: "degree")
        #expect(svg.contains("No relation is dated") && svg.hasSuffix("</svg>\n"))
    }
}
