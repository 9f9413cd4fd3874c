import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a GEXF file says, element by element, before any of it is given meaning: the
/// attribute declarations, the nodes and edges with their XML attributes, attribute values
/// and spells, the graph's settings and netgraph's header. ``GEXFReader`` makes the graph.
///
/// Collected by ``GEXFDocument/Collector``, the XML parser's delegate, which also refuses
/// what a GEXF graph cannot be: a root other than `<gexf>`, a second `<graph>`, a hierarchy
/// (`<nodes>` inside a `<node>`), a node without an id, an edge without its ends, an
/// attribute value without its attribute. Elements it does not know (`viz:color`,
/// `viz:position`, `viz:size`, `<parents>`) are passed over.
struct GEXFDocument {
    /// An `<attribute>` declaration of the node or edge class.
    struct Declaration {
        var title: String
        /// GEXF's `type` (`string`, `integer`, `double`, `boolean`, …), lowercased.
        var type: String
        var defaultValue: String?
        var location: SourceLocation
    }

    /// An `<attvalue>`: the declaration it is `for`, its value, and where it is.
    struct Value {
        var key: String
        var value: String
        var location: SourceLocation
    }

    /// A `<spell>` (or the element's own `start`/`end`): when the node or edge existed.
    struct Spell {
        var start: String?
        var end: String?
    }

    /// A `<node>` or `<edge>`.
    struct Item {
        /// The element's XML attributes (`id`, `label`, `source`, `target`, `type`, `kind`,
        /// `weight`, `start`, `end`, …).
        var attributes: [String: String]
        var values: [Value] = []
        var spells: [Spell] = []
        var location: SourceLocation
    }

    /// The JSON of netgraph's `<?netgraph …?>` processing instruction, and where it is.
    var header: (json: String, location: SourceLocation)?
    /// The `<meta>` element's `<creator>` and `<description>` texts.
    var creator: String?
    var description: String?
    /// The `<graph>` element's attributes (`defaultedgetype`, `mode`, `timeformat`).
    var graphAttributes: [String: String] = [:]
    var graphLocation = SourceLocation(file: "", line: 1, column: 1)
    /// Declarations by id, one table per class (`node`, `edge`).
    var nodeDeclarations: [String: Declaration] = [:]
    var edgeDeclarations: [String: Declaration] = [:]
    var nodes: [Item] = []
    var edges: [Item] = []

    /// The XML parser's delegate: fills a ``GEXFDocument`` and records the first problem.
    final class Collector: NSObject, XMLParserDelegate {
        let file: String
        let limits: ReadLimits
        var document = GEXFDocument()
        var failure: Diagnostic?
        private var guardrail: SafeXML.ElementGuard
        /// The names of the open elements, outermost first.
        private var path: [String] = []
        private var graphs = 0
        private var attributeClass: String?
        private var declarationID: String?
        private var current: Item?
        /// The text of the `<creator>`, `<description>` or `<default>` being read, if any.
        private var text: String?

        init(file: String, limits: ReadLimits) {
            self.file = file
            self.limits = limits
            guardrail = SafeXML.ElementGuard(limits: limits)
        }

        private func here(_ parser: XMLParser) -> SourceLocation { SafeXML.location(of: parser, file: file) }

        private func fail(_ parser: XMLParser, _ message: String, limit: ReadLimits.Limit? = nil) {
            if failure == nil { failure = Diagnostic(message, at: here(parser), limit: limit) }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            guard failure == nil, target == GEXFWriter.headerTarget, path.isEmpty else { return }
            guard document.header == nil else { return fail(parser, "a second <?\(target) …?> header; netgraph writes one") }
            let json = data ?? ""
            if json.utf8.count > limits.maxTextLength,
               let problem = limits.textLengthProblem("the <?\(target) …?> header", length: json.count) {
                return fail(parser, problem, limit: .textLength)
            }
            document.header = (json, here(parser))
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            guard failure == nil else { return }
            if let (problem, limit) = guardrail.enter(attributes) { return fail(parser, problem, limit: limit) }
            let parent = path.last
            path.append(element)
            if path.count == 1 && element != "gexf" {
                return fail(parser, "not a GEXF document: the root element is <\(element.prefix(40))>, not <gexf>")
            }
            switch (parent, element) {
            case ("gexf", "graph"):
                graphs += 1
                if graphs > 1 { return fail(parser, "a second <graph>: a GEXF file holds one graph") }
                document.graphAttributes = attributes
                document.graphLocation = here(parser)
            case ("meta", "creator"), ("meta", "description"):
                text = ""
            case ("graph", "attributes"):
                let kind = attributes["class"] ?? ""
                guard kind == "node" || kind == "edge" else {
                    return fail(parser, "<attributes> of class '\(kind.prefix(40))'; GEXF's classes are node and edge")
                }
                attributeClass = kind
            case ("attributes", "attribute"):
                guard let id = attributes["id"] else { return fail(parser, "<attribute> without an id") }
                let declaration = Declaration(title: attributes["title"] ?? id, type: (attributes["type"] ?? "string").lowercased(),
                                              location: here(parser))
                if attributeClass == "node" {
                    guard document.nodeDeclarations[id] == nil else { return fail(parser, "a second node attribute with id '\(id.prefix(40))'") }
                    document.nodeDeclarations[id] = declaration
                } else {
                    guard document.edgeDeclarations[id] == nil else { return fail(parser, "a second edge attribute with id '\(id.prefix(40))'") }
                    document.edgeDeclarations[id] = declaration
                }
                declarationID = id
            case ("attribute", "default"):
                text = ""
            case ("node", "nodes"), ("node", "edges"):
                return fail(parser, "nodes inside a node (a GEXF hierarchy) are not supported; netgraph reads a flat graph")
            case ("nodes", "node"):
                guard path.count == 4 else { return fail(parser, "<node> outside the graph's <nodes>") }
                guard attributes["id"] != nil else { return fail(parser, "<node> without an id") }
                current = Item(attributes: attributes, location: here(parser))
            case ("edges", "edge"):
                guard path.count == 4 else { return fail(parser, "<edge> outside the graph's <edges>") }
                guard attributes["source"] != nil, attributes["target"] != nil else {
                    return fail(parser, "<edge> without a source and a target")
                }
                current = Item(attributes: attributes, location: here(parser))
            case ("attvalues", "attvalue"):
                guard current != nil else { return }
                guard let key = attributes["for"] ?? attributes["id"] else { return fail(parser, "<attvalue> without 'for'") }
                guard let value = attributes["value"] else { return fail(parser, "<attvalue> without a value") }
                current!.values.append(Value(key: key, value: value, location: here(parser)))
            case ("spells", "spell"):
                guard current != nil else { return }
                current!.spells.append(Spell(start: attributes["start"] ?? attributes["timestamp"],
                                             end: attributes["end"] ?? attributes["timestamp"]))
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard failure == nil, text != nil else { return }
            text! += string
            if text!.count > limits.maxTextLength {
                fail(parser, "a text is longer than \(limits.maxTextLength) characters", limit: .textLength)
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            guard failure == nil else { return }
            guardrail.leave()
            path.removeLast()
            switch (path.last, element) {
            case ("meta", "creator"): document.creator = text; text = nil
            case ("meta", "description"): document.description = text; text = nil
            case ("attribute", "default"):
                if let id = declarationID {
                    if attributeClass == "node" { document.nodeDeclarations[id]?.defaultValue = text }
                    else { document.edgeDeclarations[id]?.defaultValue = text }
                }
                text = nil
            case ("attributes", "attribute"): declarationID = nil
            case ("graph", "attributes"): attributeClass = nil
            case ("nodes", "node"):
                if let item = current { document.nodes.append(item) }
                current = nil
            case ("edges", "edge"):
                if let item = current { document.edges.append(item) }
                current = nil
            default: break
            }
        }
    }
}
