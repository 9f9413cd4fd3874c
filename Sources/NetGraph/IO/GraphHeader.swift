/// A graph's own fields — name, description, the sources its relations cite and the
/// schema's extensions — in the form exchange formats carry them: the `sources` and `schema`
/// sections of the native format as JSON text, each in one graph-level attribute (GraphML
/// `<data>`, DOT graph attributes).
///
/// Reading goes through ``NativeGraphReader``, so the JSON is checked exactly as a native
/// file's sections are (dates, duplicate ids, unknown fields, limits).
public struct GraphHeader: Hashable, Sendable {
    public var name: String
    public var description: String?
    /// The native `sources` list as JSON text; nil when the graph cites no source.
    public var sourcesJSON: String?
    /// The native `schema` section (what differs from ``Schema/default``) as JSON text; nil
    /// when the graph uses the built-in schema.
    public var schemaJSON: String?

    public init(name: String, description: String? = nil, sourcesJSON: String? = nil, schemaJSON: String? = nil) {
        self.name = name
        self.description = description
        self.sourcesJSON = sourcesJSON
        self.schemaJSON = schemaJSON
    }

    /// The header of `graph`.
    /// - Complexity: O(number of sources + size of the schema).
    public init(of graph: Graph) {
        let sections = NativeGraphWriter(format: .json).headerSections(graph)
        self.init(name: graph.name, description: graph.summary, sourcesJSON: sections.sources?.serialized(),
                  schemaJSON: sections.schema?.serialized())
    }

    /// A builder holding the header's name, description, schema and sources, ready for the
    /// entities and relations; `file` names the input in messages.
    ///
    /// - Throws: ``GraphInputError`` when the JSON is not a valid native `sources` or
    ///   `schema` section.
    public func builder(file: String, limits: ReadLimits = .standard) throws(GraphInputError) -> GraphBuilder {
        var document = "{\"graph\": {\"name\": \(JSONValue.string(name).serialized())"
        if let description { document += ", \"description\": \(JSONValue.string(description).serialized())" }
        document += "}, \"sources\": \(sourcesJSON ?? "[]"), \"entities\": []"
        if let schemaJSON { document += ", \"schema\": \(schemaJSON)" }
        document += "}"
        let base = try NativeGraphReader(limits: limits).read(Array(document.utf8), file: file)
        var builder = GraphBuilder(name: base.name, schema: base.schema)
        builder.summary = base.summary
        let origin = SourceLocation(file: file, line: 1, column: 1)
        for source in base.sources { builder.add(source, marks: GraphBuilder.Marks(item: origin)) }
        return builder
    }
}
