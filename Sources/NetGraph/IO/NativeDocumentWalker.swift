import Yams

/// The fields of each part of the native format.
enum NativeFormatFields {
    static let topLevel = ["graph", "sources", "schema", "entities", "relations"]
    static let graph = ["name", "description"]
    static let source = ["id", "title", "author", "publisher", "date", "url", "file", "reliability"]
    static let schema = ["kinds", "relations"]
    static let declaration = ["name", "directed", "from", "to"]
    static let entity = ["id", "kind", "name", "aliases", "description", "since", "until", "attributes"]
    static let relation = ["from", "to", "type", "weight", "date", "since", "until", "source", "quote", "status", "attributes"]
}

/// Walks a composed YAML document of the native format, field by field, turning it into a
/// ``GraphBuilder`` and recording a located diagnostic for every field that is missing, of
/// the wrong type, unknown, or malformed.
///
/// It only ever descends into the structure the format defines, so the work it does is
/// bounded by the size of the text even when YAML aliases repeat a subtree many times.
struct NativeDocumentWalker<Document: YAMLDocumentNode> {
    let file: String
    let limits: ReadLimits
    private var problems: [Diagnostic] = []

    init(file: String, limits: ReadLimits) {
        self.file = file
        self.limits = limits
    }

    mutating func graph(from root: Document) throws(GraphInputError) -> Graph {
        guard let top = fields(of: root, allowed: NativeFormatFields.topLevel, what: "the document") else {
            throw GraphInputError(problems)
        }
        var name = "graph"
        var summary: String? = nil
        if let graphNode = top["graph"], let graphFields = fields(of: graphNode, allowed: NativeFormatFields.graph, what: "graph") {
            name = text(graphFields["name"], field: "name") ?? name
            summary = text(graphFields["description"], field: "description")
        }
        var schema = Schema.default
        if let schemaNode = top["schema"] { extend(&schema, with: schemaNode) }
        var builder = GraphBuilder(name: name, schema: schema)
        builder.summary = summary
        for item in items(of: top["sources"], what: "sources") {
            if let (source, marks) = source(from: item) { builder.add(source, marks: marks) }
        }
        for item in items(of: top["entities"], what: "entities") {
            if let (entity, marks) = entity(from: item) { builder.add(entity, marks: marks) }
        }
        for item in items(of: top["relations"], what: "relations") {
            if let (relation, marks) = relation(from: item) { builder.add(relation, marks: marks) }
        }
        if top["entities"] == nil {
            problems.append(Diagnostic("missing field 'entities'", at: location(of: root)))
        }
        for problem in problems { builder.report(problem) }
        return try builder.build()
    }

    // MARK: - Sections

    private mutating func extend(_ schema: inout Schema, with node: Document) {
        guard let section = fields(of: node, allowed: NativeFormatFields.schema, what: "schema") else { return }
        for kindNode in items(of: section["kinds"], what: "schema kinds") {
            if let kind = text(kindNode, field: "kind") { schema.add(EntityKind(kind)) }
        }
        for item in items(of: section["relations"], what: "schema relations") {
            guard let declaration = fields(of: item, allowed: NativeFormatFields.declaration, what: "a relation declaration") else { continue }
            guard let name = required(declaration, "name", in: item) else { continue }
            let directed = bool(declaration["directed"], field: "directed") ?? true
            func kinds(_ field: String) -> Set<EntityKind>? {
                guard let node = declaration[field] else { return nil }
                let listed = items(of: node, what: field).compactMap { text($0, field: field) }.map { EntityKind($0) }
                for kind in listed where !schema.contains(kind) {
                    problems.append(Diagnostic("unknown kind '\(kind)' in the declaration of '\(name)'", at: location(of: node)))
                }
                return Set(listed)
            }
            schema.declare(RelationDeclaration(RelationType(name), directed: directed, from: kinds("from"), to: kinds("to")))
        }
    }

    private mutating func source(from node: Document) -> (Source, GraphBuilder.Marks)? {
        guard let map = fields(of: node, allowed: NativeFormatFields.source, what: "a source") else { return nil }
        guard let id = required(map, "id", in: node) else { return nil }
        let source = Source(id: id, title: text(map["title"], field: "title"), author: text(map["author"], field: "author"),
                            publisher: text(map["publisher"], field: "publisher"), date: date(map["date"], field: "date"),
                            url: text(map["url"], field: "url"), file: text(map["file"], field: "file"),
                            reliability: reliability(map["reliability"]))
        return (source, marks(node, map))
    }

    private mutating func entity(from node: Document) -> (Entity, GraphBuilder.Marks)? {
        guard let map = fields(of: node, allowed: NativeFormatFields.entity, what: "an entity") else { return nil }
        let id = required(map, "id", in: node)
        let kind = required(map, "kind", in: node)
        let name = text(map["name"], field: "name")
        var aliases: [String] = []
        if let aliasNode = map["aliases"] {
            if aliasNode.scalarText != nil, let single = text(aliasNode, field: "aliases") {
                aliases = [single]
            } else {
                aliases = items(of: aliasNode, what: "aliases").compactMap { text($0, field: "alias") }
            }
        }
        let entity = Entity(id: id ?? "", kind: EntityKind(kind ?? ""), name: name, aliases: aliases,
                            description: text(map["description"], field: "description"),
                            since: date(map["since"], field: "since"), until: date(map["until"], field: "until"),
                            attributes: attributes(map["attributes"]))
        guard let id, !id.isEmpty, kind != nil else { return nil }
        return (entity, marks(node, map))
    }

    private mutating func relation(from node: Document) -> (Relation, GraphBuilder.Marks)? {
        guard let map = fields(of: node, allowed: NativeFormatFields.relation, what: "a relation") else { return nil }
        let from = required(map, "from", in: node)
        let to = required(map, "to", in: node)
        let type = required(map, "type", in: node)
        var status: RelationStatus? = nil
        if let statusText = text(map["status"], field: "status") {
            status = RelationStatus(rawValue: statusText)
            if status == nil {
                problems.append(Diagnostic("unknown status '\(statusText)' (known: \(RelationStatus.allCases.map(\.rawValue).joined(separator: ", ")))",
                                           at: location(of: map["status"]!)))
            }
        }
        let date = date(map["date"], field: "date")
        if map["date"] != nil && (map["since"] != nil || map["until"] != nil) {
            problems.append(Diagnostic("a relation has either a date or since/until, not both", at: location(of: map["date"]!)))
        }
        let relation = Relation(from: from ?? "", to: to ?? "", type: RelationType(type ?? ""),
                                weight: number(map["weight"], field: "weight"), date: date,
                                since: self.date(map["since"], field: "since"), until: self.date(map["until"], field: "until"),
                                source: text(map["source"], field: "source"), quote: text(map["quote"], field: "quote"),
                                status: status, attributes: attributes(map["attributes"]))
        guard from != nil, to != nil, type != nil else { return nil }
        return (relation, marks(node, map))
    }

    // MARK: - Typed field access

    /// The fields of a mapping, reporting unknown fields (with the closest known one) and
    /// duplicate keys; nil, with a diagnostic, when the node is not a mapping.
    private mutating func fields(of node: Document, allowed: [String], what: String) -> ItemFields<Document>? {
        guard let mapping = node.mappingPairs else {
            problems.append(Diagnostic("\(what) must be a mapping of fields, not \(Self.describe(node))", at: location(of: node)))
            return nil
        }
        var result = ItemFields<Document>()
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalarText else {
                problems.append(Diagnostic("a field name must be text", at: location(of: keyNode)))
                continue
            }
            if !allowed.contains(key) {
                // No field name is long, and edit distance is quadratic: a long key gets no hint.
                let near = key.unicodeScalars.count > 64 ? nil : allowed.min { EditDistance.between(key, $0) < EditDistance.between(key, $1) }
                let hint = near.flatMap { EditDistance.between(key, $0) <= 3 ? "; did you mean '\($0)'?" : nil } ?? " (known: \(allowed.joined(separator: ", ")))"
                problems.append(Diagnostic("unknown field '\(key)' in \(what)\(hint)", at: location(of: keyNode)))
                continue
            }
            if result[key] != nil {
                problems.append(Diagnostic("duplicate field '\(key)'", at: location(of: keyNode)))
                continue
            }
            if value.coreSchemaTag == .null { continue }
            result.pairs.append((key, value))
        }
        return result
    }

    /// A source's reliability letter, A–F.
    private mutating func reliability(_ node: Document?) -> SourceReliability? {
        guard let node, let letter = text(node, field: "reliability") else { return nil }
        guard let grade = SourceReliability(rawValue: letter) else {
            problems.append(Diagnostic("reliability '\(letter.prefix(40))' is not a grade A–F (A completely reliable … F cannot be judged)",
                                       at: location(of: node)))
            return nil
        }
        return grade
    }

    private mutating func items(of node: Document?, what: String) -> [Document] {
        guard let node else { return [] }
        if let sequence = node.sequenceItems { return sequence }
        if node.coreSchemaTag == .null { return [] }
        problems.append(Diagnostic("\(what) must be a list, not \(Self.describe(node))", at: location(of: node)))
        return []
    }

    private mutating func required(_ map: ItemFields<Document>, _ field: String, in node: Document) -> String? {
        guard let value = map[field] else {
            problems.append(Diagnostic("missing field '\(field)'", at: location(of: node)))
            return nil
        }
        guard let string = text(value, field: field) else { return nil }
        if string.isEmpty {
            problems.append(Diagnostic("field '\(field)' is empty", at: location(of: value)))
            return nil
        }
        return string
    }

    private mutating func text(_ node: Document?, field: String) -> String? {
        guard let node else { return nil }
        guard let string = node.scalarText else {
            problems.append(Diagnostic("field '\(field)' must be text, not \(Self.describe(node))", at: location(of: node)))
            return nil
        }
        // Counting characters walks the whole text; a text with no more UTF-8 bytes than the
        // limit has no more characters either, which settles almost every field at once.
        if string.utf8.count > limits.maxTextLength && string.count > limits.maxTextLength {
            problems.append(Diagnostic("field '\(field)' is \(string.count) characters long, over the limit of \(limits.maxTextLength)",
                                       at: location(of: node), limit: .textLength))
            return nil
        }
        return string
    }

    private mutating func date(_ node: Document?, field: String) -> PartialDate? {
        guard let node, let string = text(node, field: field) else { return nil }
        guard let date = PartialDate(string) else {
            problems.append(Diagnostic("field '\(field)': '\(string)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", at: location(of: node)))
            return nil
        }
        return date
    }

    private mutating func number(_ node: Document?, field: String) -> Double? {
        guard let node else { return nil }
        guard let string = node.scalarText, node.coreSchemaTag == .int || node.coreSchemaTag == .float else {
            problems.append(Diagnostic("field '\(field)' must be a number, not \(Self.describe(node))", at: location(of: node)))
            return nil
        }
        switch NumberText.read(string, fallback: node.constructedNumber) {
        case .value(let value):
            return value
        case .notANumber:
            problems.append(Diagnostic("field '\(field)' must be a number, not \(Self.describe(node))", at: location(of: node)))
        case .notFinite:
            problems.append(Diagnostic("field '\(field)' must be a finite number, not \(string)", at: location(of: node)))
        case let reading:
            problems.append(Diagnostic("field '\(field)': '\(string.prefix(40))' is \(NumberText.problem(reading)!)", at: location(of: node)))
        }
        return nil
    }

    private mutating func bool(_ node: Document?, field: String) -> Bool? {
        guard let node else { return nil }
        guard let text = node.scalarText, let value = CoreSchemaTag.bool(text, tag: node.coreSchemaTag) else {
            problems.append(Diagnostic("field '\(field)' must be true or false, not \(Self.describe(node))", at: location(of: node)))
            return nil
        }
        return value
    }

    private mutating func attributes(_ node: Document?) -> [String: AttributeValue] {
        guard let node else { return [:] }
        guard let mapping = node.mappingPairs else {
            problems.append(Diagnostic("attributes must be a mapping, not \(Self.describe(node))", at: location(of: node)))
            return [:]
        }
        var result: [String: AttributeValue] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalarText, let string = value.scalarText else {
                problems.append(Diagnostic("an attribute must be a name and a single value", at: location(of: keyNode)))
                continue
            }
            if result[key] != nil {
                problems.append(Diagnostic("duplicate attribute '\(key)'", at: location(of: keyNode)))
                continue
            }
            let tag = value.coreSchemaTag
            switch tag {
            case .null: continue
            case .bool: result[key] = .bool(CoreSchemaTag.bool(string, tag: tag) ?? false)
            case .int, .float:
                // A spelled infinity or NaN stays text, as it always has; a literal that would
                // silently read as 0 or infinity is refused.
                switch NumberText.read(string, fallback: value.constructedNumber) {
                case .value(let number): result[key] = .number(number)
                case .notANumber, .notFinite: result[key] = .string(string)
                case let reading:
                    problems.append(Diagnostic("attribute '\(key.prefix(40))': '\(string.prefix(40))' is \(NumberText.problem(reading)!)",
                                               at: location(of: value)))
                }
            default: result[key] = .string(string)
            }
        }
        return result
    }

    // MARK: - Places

    private func location(of node: Document) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    private func marks(_ node: Document, _ map: ItemFields<Document>) -> GraphBuilder.Marks {
        GraphBuilder.Marks(item: location(of: node), fieldPlaces: map.pairs.map { ($0.name, $0.value.line, $0.value.column) })
    }

    private static func describe(_ node: Document) -> String {
        if let text = node.scalarText { return "'\(text.prefix(40))'" }
        return node.mappingPairs != nil ? "a mapping" : "a list"
    }
}
