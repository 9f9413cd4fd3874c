/// Writes a ``Graph`` in the native format, as YAML or JSON.
///
/// The output is deterministic (entities and relations in graph order, fields in a fixed
/// order, attributes by name) and reads back into an equal graph. The schema section lists
/// only what differs from ``Schema/default``.
public struct NativeGraphWriter: Sendable {
    public var format: GraphFormat

    /// A writer of `format`, which must be native (``GraphFormat/isNative``); DOT is written
    /// by NetGraphViz's `DOTGraphWriter`.
    public init(format: GraphFormat = .yaml) {
        precondition(format.isNative, "NativeGraphWriter writes yaml or json, not \(format.rawValue)")
        self.format = format
    }

    public func write(_ graph: Graph) -> String {
        switch format {
        case .json: return document(graph).serialized(pretty: true) + "\n"
        default:
            precondition(format.isNative, "NativeGraphWriter writes YAML or JSON")
            return yaml(graph)
        }
    }

    // MARK: - Document model shared by both syntaxes

    func document(_ graph: Graph) -> JSONValue {
        var top: [(String, JSONValue)] = [("graph", .object(compact([("name", .string(graph.name)), ("description", text(graph.summary))])))]
        let header = headerSections(graph)
        if let sources = header.sources { top.append(("sources", sources)) }
        if let schema = header.schema { top.append(("schema", schema)) }
        top.append(("entities", .array(graph.entities.map(entity))))
        top.append(("relations", .array(graph.relations.map(relation))))
        return .object(top)
    }

    /// The `sources` and `schema` sections, nil when the graph has no sources or only the
    /// built-in schema; ``GraphHeader`` carries them in formats that have no place for them.
    func headerSections(_ graph: Graph) -> (sources: JSONValue?, schema: JSONValue?) {
        (graph.sources.isEmpty ? nil : .array(graph.sources.map(source)), schemaExtension(graph.schema))
    }

    private func source(_ source: Source) -> JSONValue {
        .object(compact([("id", .string(source.id)), ("file", text(source.file)), ("title", text(source.title)),
                         ("author", text(source.author)), ("publisher", text(source.publisher)),
                         ("date", date(source.date)), ("url", text(source.url)),
                         ("reliability", text(source.reliability?.rawValue))]))
    }

    private func entity(_ entity: Entity) -> JSONValue {
        .object(compact([("id", .string(entity.id)), ("kind", .string(entity.kind.rawValue)), ("name", .string(entity.name)),
                         ("aliases", entity.aliases.isEmpty ? .null : .array(entity.aliases.map { .string($0) })),
                         ("description", text(entity.description)), ("since", date(entity.since)),
                         ("until", date(entity.until)), ("attributes", attributes(entity.attributes))]))
    }

    private func relation(_ relation: Relation) -> JSONValue {
        .object(compact([("from", .string(relation.from)), ("to", .string(relation.to)),
                         ("type", .string(relation.type.rawValue)), ("weight", relation.weight.map { .double($0) } ?? .null),
                         ("date", date(relation.date)), ("since", date(relation.since)), ("until", date(relation.until)),
                         ("status", relation.status.map { .string($0.rawValue) } ?? .null),
                         ("source", text(relation.source)), ("quote", text(relation.quote)),
                         ("attributes", attributes(relation.attributes))]))
    }

    private func schemaExtension(_ schema: Schema) -> JSONValue? {
        let base = Schema.default
        let kinds = schema.kinds.filter { !base.contains($0) }
        let declarations = schema.relations.filter { base.declaration(of: $0.type) != $0 }
        if kinds.isEmpty && declarations.isEmpty { return nil }
        var members: [(String, JSONValue)] = []
        if !kinds.isEmpty { members.append(("kinds", .array(kinds.map { .string($0.rawValue) }))) }
        if !declarations.isEmpty {
            members.append(("relations", .array(declarations.map { declaration in
                func kinds(_ set: Set<EntityKind>?) -> JSONValue {
                    set.map { .array($0.sorted().map { .string($0.rawValue) }) } ?? .null
                }
                return .object(compact([("name", .string(declaration.type.rawValue)), ("directed", .bool(declaration.isDirected)),
                                        ("from", kinds(declaration.sourceKinds)), ("to", kinds(declaration.targetKinds))]))
            })))
        }
        return .object(members)
    }

    private func attributes(_ attributes: [String: AttributeValue]) -> JSONValue {
        attributes.isEmpty ? .null : JSONValue(attributes: attributes)
    }

    private func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    private func date(_ value: PartialDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }
    private func compact(_ members: [(String, JSONValue)]) -> [(String, JSONValue)] {
        members.filter { if case .null = $0.1 { return false } else { return true } }
    }

    // MARK: - YAML syntax

    /// Block style for the sections and entities, one flow mapping per line for sources'
    /// neighbours the relations, which keeps a long relation list readable and diffable.
    private func yaml(_ graph: Graph) -> String {
        guard case .object(let top) = document(graph) else { return "" }
        var out = ""
        for (key, value) in top {
            out += key + ":"
            switch (key, value) {
            case ("relations", .array(let items)):
                if items.isEmpty { out += " []\n" } else {
                    out += "\n"
                    for item in items { out += "  - " + YAMLScalarWriter.flow(item) + "\n" }
                }
            case ("entities", .array(let items)) where items.isEmpty:
                out += " []\n"
            default:
                out += "\n"
                YAMLScalarWriter.block(value, indent: 2, into: &out)
            }
        }
        return out
    }
}

/// Emits ``JSONValue`` trees as YAML, quoting every scalar that a YAML reader could read as
/// anything but the same text.
enum YAMLScalarWriter {
    static func block(_ value: JSONValue, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let members):
            for (key, member) in members {
                out += pad + scalar(key) + ":"
                switch member {
                case .object(let inner) where !inner.isEmpty && inner.allSatisfy({ !$0.1.isCollection }):
                    out += " " + flow(member) + "\n"
                case .object(let inner) where !inner.isEmpty:
                    out += "\n"
                    block(member, indent: indent + 2, into: &out)
                case .array(let items) where !items.isEmpty && items.contains(where: \.isCollection):
                    out += "\n"
                    block(member, indent: indent + 2, into: &out)
                default:
                    out += " " + flow(member) + "\n"
                }
            }
        case .array(let items):
            for item in items {
                if case .object(let members) = item, !members.isEmpty {
                    var inner = ""
                    block(item, indent: indent + 2, into: &inner)
                    out += pad + "- " + inner.dropFirst(indent + 2)
                } else {
                    out += pad + "- " + flow(item) + "\n"
                }
            }
        default:
            out += pad + flow(value) + "\n"
        }
    }

    static func flow(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return number.isFinite ? "\(number)" : (number.isNaN ? ".nan" : (number > 0 ? ".inf" : "-.inf"))
        case .string(let text): return scalar(text)
        case .array(let items): return "[" + items.map(flow).joined(separator: ", ") + "]"
        case .object(let members): return "{" + members.map { scalar($0.0) + ": " + flow($0.1) }.joined(separator: ", ") + "}"
        }
    }

    /// Plain when the text is a run of letters, digits and a few safe marks that starts with a
    /// letter and is no YAML keyword, or a month or day date; double-quoted with JSON escapes
    /// otherwise.
    static func scalar(_ text: String) -> String {
        // YYYY-MM and YYYY-MM-DD stay plain: YAML's core schema reads them as text. A bare
        // year would read back as a number, which a date field accepts but an attribute would
        // keep, so "1964" is quoted. A cheap look at the length before parsing.
        let length = text.utf8.count
        if length == 7 || length == 10, let first = text.utf8.first, (0x30...0x39).contains(first),
           PartialDate(text) != nil { return text }
        if isPlainSafe(text) { return text }
        var out = ""
        JSONValue.quote(text, into: &out)
        // YAML also refuses raw DEL, C1 controls and the byte-order mark inside quotes.
        if out.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) || $0.value == 0xFEFF }) {
            var escaped = ""
            for scalar in out.unicodeScalars {
                if (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF {
                    escaped += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
            return escaped
        }
        return out
    }

    private static let keywords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]

    private static func isPlainSafe(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return isPlainSafeASCII(text.utf8) }
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic,
              text.unicodeScalars.last.map({ $0 != " " }) ?? false,
              !keywords.contains(text.lowercased()), !text.contains("  ") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " -_.()/".unicodeScalars.contains(scalar)
        }
    }

    /// ``isPlainSafe(_:)`` for ASCII text, on its bytes (most ids, kinds and names).
    private static func isPlainSafeASCII(_ bytes: String.UTF8View) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard let first = bytes.first, isLetter(first), bytes.last != 0x20 else { return false }
        if bytes.count <= 5, keywords.contains(String(decoding: bytes, as: UTF8.self).lowercased()) { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard isLetter(byte) || (0x30...0x39).contains(byte) || byte == 0x20 || byte == 0x2D || byte == 0x5F
                    || byte == 0x2E || byte == 0x28 || byte == 0x29 || byte == 0x2F,
                  !(byte == 0x20 && previous == 0x20) else { return false }
            previous = byte
        }
        return true
    }
}

extension JSONValue {
    var isCollection: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }
}
