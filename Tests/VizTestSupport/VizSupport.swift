import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NetGraph

/// Fixtures and parsers shared by the rendering and report tests.
public enum VizSupport {
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    public static let starterPath = repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/graphs/starter.yaml").path

    public static func starter() throws -> Graph { try GraphFile.read(path: starterPath) }

    /// The graph of every awkward value (`Tests/NetGraphTests/Fixtures/graphs/tricky.yaml`),
    /// shared with the native and convert round trips.
    public static func tricky() throws -> Graph {
        try GraphFile.read(path: repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/graphs/tricky.yaml").path)
    }

    /// Every graph file of the repository that netgraph reads (native YAML and JSON, GraphML,
    /// GEXF, edge lists), by its path inside its folder, with the graph read from it: what
    /// the fast paths' tests write in each format and read back both ways.
    public static func repositoryGraphs() -> [(name: String, graph: Graph)] {
        var graphs: [(name: String, graph: Graph)] = []
        let folders = ["graphs", "examples", "Sources/NetGraph/Resources", "Tests/NetGraphTests/Fixtures", "Tests/netgraphCLITests/Hostile"]
        for folder in folders {
            let base = repository.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let relative as String in walk {
                guard ["yaml", "json", "graphml", "gexf", "edges"].contains(where: { relative.hasSuffix("." + $0) }),
                      let graph = try? GraphFile.read(path: base.appendingPathComponent(relative).path) else { continue }
                graphs.append((relative, graph))
            }
        }
        return graphs
    }

    /// Native-format text read as a graph.
    public static func read(_ text: String) throws -> Graph {
        try NativeGraphReader().read(Array(text.utf8), file: "test.yaml")
    }

    /// Names that Graphviz would expand, mark up or choke on if netgraph passed them on raw.
    public static let hostileNames = [
        #"He said "stop" \"#, #"back\slash \\ double"#, #"\N \G \E \T \H \L \n \l \r"#,
        "<b>tag</b> & &amp; &#60;", "🦅 Águila 🇲🇽", String(repeating: "x", count: 10_000),
    ]

    /// One person per hostile name (`h0`, `h1`…), with hostile descriptions, and relations
    /// from `h0` to each other one with hostile quotes.
    public static func hostile() throws -> Graph {
        var builder = GraphBuilder(name: #"hostile \G "graph""#)
        for (i, name) in hostileNames.enumerated() {
            builder.add(Entity(id: "h\(i)", kind: .person, name: name, description: "about \\N & \"\(i)\""))
        }
        for i in 1..<hostileNames.count {
            builder.add(Relation(from: "h0", to: "h\(i)", type: "family-of", quote: #"quote \E "\#(i)" <&>"#))
        }
        return try builder.build()
    }

    /// A typed graph of `nodes` entities and `edges` relations of the built-in schema, the
    /// same for the same seed: kinds cycle through cartel, person, official, agency, location;
    /// relations are chosen among types their endpoint kinds allow.
    public static func generated(nodes: Int, edges: Int, seed: UInt64 = 42) throws -> Graph {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let kinds: [EntityKind] = [.cartel, .person, .official, .agency, .location]
        var builder = GraphBuilder(name: "generated-\(nodes)-\(edges)")
        builder.add(Source(id: "s", title: "Generated"))
        for i in 0..<nodes {
            builder.add(Entity(id: "n\(i)", kind: kinds[i % kinds.count], name: "Entity number \(i)"))
        }
        let types = Schema.default.relations
        var made = 0
        while made < edges {
            let a = Int(next() % UInt64(nodes))
            let b = Int(next() % UInt64(nodes))
            if a == b { continue }
            let fits = types.filter { $0.allows(from: kinds[a % kinds.count], to: kinds[b % kinds.count]) }
            guard !fits.isEmpty else { continue }
            let declaration = fits[Int(next() % UInt64(fits.count))]
            builder.add(Relation(from: "n\(a)", to: "n\(b)", type: declaration.type, source: "s",
                                 quote: "relation \(made)"))
            made += 1
        }
        return try builder.build()
    }
}

/// The parts of a Graphviz SVG the tests look at: node and edge groups with their ids,
/// tooltips and text.
public struct SVGSummary {
    public struct Element {
        public var id: String
        public var title: String = ""
        public var tooltip: String?
        public var texts: [String] = []
        public var strokes: [String] = []
        public var strokeWidths: [String] = []
    }

    public var nodes: [Element] = []
    public var edges: [Element] = []
    /// The ids of the cluster boxes, in drawing order.
    public var clusters: [String] = []

    public init(_ data: Data) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw delegate.error ?? parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        nodes = delegate.nodes
        edges = delegate.edges
        clusters = delegate.clusters
    }

    /// Entity nodes only (the legend's nodes have ids starting `legend-`).
    public var entityNodes: [Element] { nodes.filter { !$0.id.hasPrefix("legend-") } }

    private final class Delegate: NSObject, XMLParserDelegate {
        var nodes: [Element] = []
        var edges: [Element] = []
        var clusters: [String] = []
        var error: Error?
        private var current: Element?
        private var isNode = false
        private var depth = 0
        private var elementDepth = 0
        private var inTitle = false
        private var inText = false
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            depth += 1
            if name == "g", attributes["class"] == "cluster" { clusters.append(attributes["id"] ?? "") }
            if name == "g", let kind = attributes["class"], kind == "node" || kind == "edge" {
                current = Element(id: attributes["id"] ?? "")
                isNode = kind == "node"
                elementDepth = depth
            } else if current != nil {
                if name == "a", let title = attributes["xlink:title"] { current!.tooltip = title }
                if name == "title" { inTitle = true; text = "" }
                if name == "text" { inText = true; text = "" }
                if let stroke = attributes["stroke"] { current!.strokes.append(stroke) }
                if let width = attributes["stroke-width"] { current!.strokeWidths.append(width) }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle || inText { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { depth -= 1 }
            guard current != nil else { return }
            if name == "title" && inTitle { current!.title = text; inTitle = false }
            if name == "text" && inText { current!.texts.append(text); inText = false }
            if name == "g" && depth == elementDepth {
                if isNode { nodes.append(current!) } else { edges.append(current!) }
                current = nil
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
    }
}
