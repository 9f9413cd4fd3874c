/// Writes a ``Graph`` as GEXF 1.3 (https://gexf.net), Gephi's format: entity kind, aliases,
/// description and dates as node attributes, relation type, dates, status, source and quote
/// as edge attributes, and each edge directed or undirected as its relation type is.
///
/// Parallel relations are kept apart by their `kind` (the relation type), which is how GEXF
/// 1.3 marks multi-edges; Gephi imports them as parallel edges.
public struct GEXFWriter: Sendable {
    public init() {}

    public func write(_ graph: Graph) -> String {
        let nodeFields = ["kind", "aliases", "description", "since", "until"]
        let edgeFields = ["type", "date", "since", "until", "status", "source", "quote"]
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>netgraph</creator>
                <description>\(XMLText.escape(graph.summary ?? graph.name))</description>
              </meta>
              <graph mode="static" defaultedgetype="directed">
                <attributes class="node">

            """
        for (index, field) in nodeFields.enumerated() {
            out += "      <attribute id=\"\(index)\" title=\"\(field)\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for (index, field) in edgeFields.enumerated() {
            out += "      <attribute id=\"\(index)\" title=\"\(field)\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        func values(_ fields: [String?]) -> String {
            var text = ""
            for (index, value) in fields.enumerated() {
                guard let value else { continue }
                text += "          <attvalue for=\"\(index)\" value=\"\(XMLText.escape(value))\"/>\n"
            }
            return text.isEmpty ? "" : "        <attvalues>\n" + text + "        </attvalues>\n"
        }
        for entity in graph.entities {
            out += "      <node id=\"\(XMLText.escape(entity.id))\" label=\"\(XMLText.escape(entity.name))\">\n"
            out += values([entity.kind.rawValue, entity.aliases.isEmpty ? nil : entity.aliases.joined(separator: "; "),
                           entity.description, entity.since?.description, entity.until?.description])
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, relation) in graph.relations.enumerated() {
            let type = graph.isDirected(relation: index) ? "directed" : "undirected"
            let weight = relation.weight.map { " weight=\"\($0)\"" } ?? ""
            out += "      <edge id=\"e\(index)\" source=\"\(XMLText.escape(relation.from))\" target=\"\(XMLText.escape(relation.to))\" type=\"\(type)\" kind=\"\(XMLText.escape(relation.type.rawValue))\" label=\"\(XMLText.escape(relation.type.rawValue))\"\(weight)>\n"
            out += values([relation.type.rawValue, relation.date?.description, relation.since?.description,
                           relation.until?.description, relation.status?.rawValue, relation.source, relation.quote])
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
