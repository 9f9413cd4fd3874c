/// What a GEXF file says, element by element, before any of it is given meaning: the
/// attribute declarations, the nodes and edges with their XML attributes, attribute values
/// and spells, the graph's settings and netgraph's header. ``GEXFReader`` makes the graph.
///
/// Collected by ``GEXFDocument/Collector``, the XML parsers' handler, which also refuses
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
        var attributes: XMLAttributeList
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

    /// The XML parser's handler (see ``XMLEventHandler``):
    /// fills a ``GEXFDocument`` and records the first problem.
    final class Collector: XMLEventHandler {
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

        var collectsText: Bool { failure == nil && text != nil }

        private func fail(_ message: String, at here: () -> SourceLocation, limit: ReadLimits.Limit? = nil) {
            if failure == nil { failure = Diagnostic(message, at: here(), limit: limit) }
        }

        func processingInstruction(target: String, data: String?, at here: () -> SourceLocation) {
            guard failure == nil, target == GEXFWriter.headerTarget, path.isEmpty else { return }
            guard document.header == nil else { return fail("a second <?\(target) …?> header; netgraph writes one", at: here) }
            let json = data ?? ""
            if json.utf8.count > limits.maxTextLength,
               let problem = limits.textLengthProblem("the <?\(target) …?> header", length: json.count) {
                return fail(problem, at: here, limit: .textLength)
            }
            document.header = (json, here())
        }

        func startElement(_ element: String, attributes: some XMLAttributeSource, at here: () -> SourceLocation) {
            guard failure == nil else { return }
            if let (problem, limit) = guardrail.enter(attributes) { return fail(problem, at: here, limit: limit) }
            let parent = path.last
            path.append(element)
            if path.count == 1 && element != "gexf" {
                return fail("not a GEXF document: the root element is <\(element.prefix(40))>, not <gexf>", at: here)
            }
            switch (parent, element) {
            case ("attvalues", "attvalue"):
                guard current != nil else { return }
                guard let key = attributes["for"] ?? attributes["id"] else { return fail("<attvalue> without 'for'", at: here) }
                guard let value = attributes["value"] else { return fail("<attvalue> without a value", at: here) }
                current!.values.append(Value(key: key, value: value, location: here()))
            case ("edges", "edge"):
                guard path.count == 4 else { return fail("<edge> outside the graph's <edges>", at: here) }
                let all = XMLAttributeList(attributes)
                guard all["source"] != nil, all["target"] != nil else {
                    return fail("<edge> without a source and a target", at: here)
                }
                current = Item(attributes: all, location: here())
            case ("nodes", "node"):
                guard path.count == 4 else { return fail("<node> outside the graph's <nodes>", at: here) }
                let all = XMLAttributeList(attributes)
                guard all["id"] != nil else { return fail("<node> without an id", at: here) }
                current = Item(attributes: all, location: here())
            case ("gexf", "graph"):
                graphs += 1
                if graphs > 1 { return fail("a second <graph>: a GEXF file holds one graph", at: here) }
                document.graphAttributes = attributes.dictionary
                document.graphLocation = here()
            case ("meta", "creator"), ("meta", "description"):
                text = ""
            case ("graph", "attributes"):
                let kind = attributes["class"] ?? ""
                guard kind == "node" || kind == "edge" else {
                    return fail("<attributes> of class '\(kind.prefix(40))'; GEXF's classes are node and edge", at: here)
                }
                attributeClass = kind
            case ("attributes", "attribute"):
                guard let id = attributes["id"] else { return fail("<attribute> without an id", at: here) }
                let declaration = Declaration(title: attributes["title"] ?? id, type: (attributes["type"] ?? "string").lowercased(),
                                              location: here())
                if attributeClass == "node" {
                    guard document.nodeDeclarations[id] == nil else { return fail("a second node attribute with id '\(id.prefix(40))'", at: here) }
                    document.nodeDeclarations[id] = declaration
                } else {
                    guard document.edgeDeclarations[id] == nil else { return fail("a second edge attribute with id '\(id.prefix(40))'", at: here) }
                    document.edgeDeclarations[id] = declaration
                }
                declarationID = id
            case ("attribute", "default"):
                text = ""
            case ("node", "nodes"), ("node", "edges"):
                return fail("nodes inside a node (a GEXF hierarchy) are not supported; netgraph reads a flat graph", at: here)
            case ("spells", "spell"):
                guard current != nil else { return }
                current!.spells.append(Spell(start: attributes["start"] ?? attributes["timestamp"],
                                             end: attributes["end"] ?? attributes["timestamp"]))
            default:
                break
            }
        }

        func characters(_ string: String, at here: () -> SourceLocation) {
            guard failure == nil, text != nil else { return }
            text! += string
            if text!.count > limits.maxTextLength {
                fail("a text is longer than \(limits.maxTextLength) characters", at: here, limit: .textLength)
            }
        }

        func endElement(_ element: String) {
            guard failure == nil else { return }
            guardrail.leave()
            path.removeLast()
            switch (path.last, element) {
            case ("attvalues", "attvalue"): break
            case ("edges", "edge"):
                if let item = current { document.edges.append(item) }
                current = nil
            case ("nodes", "node"):
                if let item = current { document.nodes.append(item) }
                current = nil
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
            default: break
            }
        }
    }
}
