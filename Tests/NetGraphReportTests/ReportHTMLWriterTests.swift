import Foundation
import NetGraph
import NetGraphReport
import NetGraphViz
import Testing
import VizTestSupport

@Suite struct ReportHTMLWriterTests {
    static let longName = String(repeating: "Ñ", count: 10_000)

    /// A graph whose every text field tries to break out of the page.
    static func hostile() throws -> Graph {
        try VizSupport.read("""
            graph: {name: "<b>net</b> & \\"co\\"", description: "</title><script>alert(1)</script>"}
            sources:
              - {id: src, title: "<img src=x onerror=alert(1)>", url: "javascript:alert(1)", author: "--> <!--", publisher: "https://evil.example/x.js"}
            entities:
              - {id: evil, kind: person, name: "<script>alert('x')</script>", description: "</svg><script>alert(2)</script>"}
              - {id: amp, kind: cartel, name: "Tom & Jerry \\"quoted\\" 'single' 🚢🇲🇽"}
              - {id: long, kind: official, name: "\(longName)"}
              - {id: cmt, kind: agency, name: "--> <!-- ]]> </style>"}
            relations:
              - {from: evil, to: amp, type: allied-with, source: src, quote: "<script>alert(3)</script> & \\"q\\""}
              - {from: amp, to: long, type: attacked, date: 2020-06-26, source: src, quote: "</textarea>"}
              - {from: long, to: cmt, type: member-of, status: alleged}
            """)
    }

    static func page(_ graph: Graph, _ options: ReportOptions = ReportOptions()) throws -> String {
        ReportHTMLWriter.html(of: try Report(graph: graph, options: options))
    }

    /// Occurrences of `needle` in `text`.
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func everySectionIsPresentInOrder() throws {
        let report = try Report(graph: try VizSupport.starter(), options: ReportOptions(pairs: [.init(from: "El Mencho", to: "Sheinbaum")]))
        let html = ReportHTMLWriter.html(of: report)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        let anchors = ["<h1>starter</h1>", "id=\"drawing-section\"", "<svg", "id=\"chains\"", "id=\"top-actors\"",
                       "id=\"key-players\"", "id=\"brokers\"", "id=\"disruption\"", "id=\"sensitivity\"", "id=\"timeline\"",
                       "id=\"communities\"", "id=\"sources\"", "<footer>"]
        let positions = try anchors.map { anchor in try #require(html.range(of: anchor), "\(anchor) missing").lowerBound }
        #expect(positions == positions.sorted())
        for measure in ReportMeasure.allCases { #expect(html.contains("<h3>\(measure.title)</h3>")) }
        #expect(html.contains("<b>11</b> entities") && html.contains("<b>13</b> relations"))
        #expect(html.contains("Fragmentation (KPP-Neg)") && html.contains("Reach (KPP-Pos)"))
        #expect(html.contains("The attack on Omar García Harfuch"))
        // The brokers: what GouldFernandez counts by kind, most first.
        let graph = try VizSupport.starter()
        let brokerage = GouldFernandez(try graph.analysisGraph(), groups: (0..<graph.nodeCount).map { Int32(graph.kindCode(ofNode: $0)) })
        let totals = (0..<graph.nodeCount).map { brokerage.counts(of: $0).total }
        #expect(report.brokers.map(\.total) == totals.filter { $0 > 0 }.sorted(by: >).prefix(10).map { $0 })
        let first = try #require(report.brokers.first)
        let node = try #require(graph.index(of: first.actor.id))
        #expect(first.roles == brokerage.counts(of: node).byRole)
        #expect(html.contains("<td class=\"num\">\(first.total)</td>"))
        // The chain: every step's quote and cited document.
        let evidence = try #require(report.chains[0].steps).flatMap(\.evidence)
        #expect(!evidence.isEmpty && html.contains("<p class=\"note\">3 steps; rests on 2 documents: <code>harfuch-attack</code>, <code>harfuch-appointment</code></p>"))
        // Every step of this chain cites one document: each is marked.
        #expect(html.components(separatedBy: "<br><span class=\"status\">single source</span>").count - 1 == evidence.count)
        for item in evidence {
            #expect(html.contains("“\(try #require(item.quote))”"))
            #expect(html.contains("\(try #require(item.source?.title)) <code>[\(try #require(item.sourceID))]</code>"))
        }
    }

    @Test func sectionsWithoutContentAreLeftOut() throws {
        let html = try Self.page(try VizSupport.starter(), ReportOptions(keyPlayers: 0))
        #expect(!html.contains("id=\"chains\"") && !html.contains("id=\"key-players\""))
        #expect(!html.contains("href=\"#chains\"") && !html.contains("href=\"#key-players\""))
    }

    @Test func everyTextFromTheDataIsEscaped() throws {
        let html = try Self.page(try Self.hostile(), ReportOptions(pairs: [.init(from: "evil", to: "cmt")]))
        // Only the page's own two scripts, and no element or comment opened by the data.
        #expect(Self.count("<script", in: html) == 2)
        #expect(!html.contains("<script>alert") && !html.contains("alert('x')") && !html.contains("<img"))
        #expect(!html.contains("<b>net</b>") && !html.contains("</textarea>") && !html.contains("<!--"))
        #expect(!html.contains("]]>") && Self.count("</style>", in: html) == 1)
        #expect(html.contains("<h1>&lt;b&gt;net&lt;/b&gt; &amp; &quot;co&quot;</h1>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("Tom &amp; Jerry &quot;quoted&quot; &#39;single&#39; 🚢🇲🇽"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("--&gt; &lt;!-- ]]&gt; &lt;/style&gt;"))
        // The 10,000-character name is written whole in the tables (the drawing cuts its label).
        #expect(html.contains("<td>\(Self.longName)</td>"))
        // A hostile URL is text, never an attribute.
        #expect(html.contains("<span class=\"url\">javascript:alert(1)</span>"))
        #expect(!html.contains("\"javascript:"))
    }

    @Test func thePageReferencesNothingOutsideItself() throws {
        for html in [try Self.page(try Self.hostile()),
                     try Self.page(try BundledGraph.load(), ReportOptions(pairs: [.init(from: "El Mencho", to: "Sheinbaum")]))] {
            #expect(!html.contains("<link") && !html.contains("src=\"") && !html.contains("src='"))
            #expect(!html.contains("url(") && !html.contains("@import") && !html.contains("<iframe") && !html.contains("<img"))
            // Every href is an anchor within the page.
            for piece in html.components(separatedBy: "href=\"").dropFirst() { #expect(piece.hasPrefix("#")) }
            // Addresses appear only in the SVG's namespace declarations and as text the data
            // holds (a source's URL or publisher), never inside a tag.
            let allowed = ["xmlns=\"http://www.w3.org/2000/svg\"", "xmlns:xlink=\"http://www.w3.org/1999/xlink\""]
            var rest = html
            // One SVG namespace per picture (the drawing and the charts), one xlink (Graphviz's).
            #expect(Self.count(allowed[0], in: rest) == Self.count("<svg ", in: rest))
            #expect(Self.count(allowed[1], in: rest) == 1)
            for declaration in allowed { rest = rest.replacingOccurrences(of: declaration, with: "") }
            for address in ["http://", "https://"] {
                var searched = rest.startIndex
                while let found = rest[searched...].range(of: address) {
                    let before = rest[..<found.lowerBound]
                    let lastOpen = before.lastIndex(of: "<")
                    let lastClose = before.lastIndex(of: ">")
                    #expect(lastClose != nil && (lastOpen == nil || lastClose! > lastOpen!),
                            "an address inside a tag: \(rest[found.lowerBound...].prefix(60))")
                    searched = found.upperBound
                }
            }
        }
    }

    @Test func thePageIsTheSameByteForByte() throws {
        let graph = try BundledGraph.load()
        let options = ReportOptions(pairs: [.init(from: "El Mencho", to: "Sheinbaum")], coloring: .community, sizeBy: .betweenness)
        #expect(try Self.page(graph, options) == Self.page(graph, options))
        let hostile = try Self.hostile()
        #expect(try Self.page(hostile) == Self.page(hostile))
    }

    @Test func theDrawingHasOneNodePerEntityAndKeepsItsTooltips() throws {
        let graph = try VizSupport.starter()
        let html = try Self.page(graph)
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>"))
        let drawing = try SVGSummary(Data(html[start.lowerBound..<end.upperBound].utf8))
        #expect(drawing.entityNodes.count == graph.nodeCount)
        let harfuch = try #require(drawing.nodes.first { $0.id == "garcia-harfuch" })
        #expect(harfuch.tooltip?.contains("Secretary of Citizen Security") == true)
        let first = try #require(drawing.edges.first { $0.id == "e0" })
        #expect(first.tooltip?.contains(try #require(graph.relations[0].quote)) == true)
    }
}
