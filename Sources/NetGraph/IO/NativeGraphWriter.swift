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
        String(decoding: utf8(graph), as: UTF8.self)
    }

    /// The file's text as UTF-8 bytes (see ``write(_:to:)``).
    /// - Complexity: O(size of the graph and of the text).
    public func utf8(_ graph: Graph) -> [UInt8] {
        var stream = TextStream(expectedSize: 64 * (graph.nodeCount + graph.relationCount) + 256)
        write(graph, to: &stream)
        return stream.bytes
    }

    /// Writes the file's text into `stream`, section by section and item by item: the small
    /// sections (graph, sources, schema) go through the document model, each entity and
    /// relation is made, written and dropped in turn, so no tree of the whole graph is built,
    /// and a stream into a file holds no more than a chunk of the text.
    /// - Complexity: O(size of the graph and of the text).
    public func write(_ graph: Graph, to stream: inout TextStream) {
        switch format {
        case .json: writeJSON(graph, into: &stream)
        default:
            precondition(format.isNative, "NativeGraphWriter writes YAML or JSON")
            writeYAML(graph, into: &stream)
        }
    }

    /// The top-level members before `entities`, in the order the document has them.
    func headMembers(_ graph: Graph) -> [(String, JSONValue)] {
        var top: [(String, JSONValue)] = [("graph", .object(compact([("name", .string(graph.name)), ("description", text(graph.summary))])))]
        let header = headerSections(graph)
        if let sources = header.sources { top.append(("sources", sources)) }
        if let schema = header.schema { top.append(("schema", schema)) }
        return top
    }

    // MARK: - Document model shared by both syntaxes

    func document(_ graph: Graph) -> JSONValue {
        var top = headMembers(graph)
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

    /// Block style for the sections and entities, one flow mapping per line for the
    /// relations, which keeps a long relation list readable and diffable. Items with only
    /// their required fields are written from the columns (``BareItems``).
    private func writeYAML(_ graph: Graph, into stream: inout TextStream) {
        for (key, value) in headMembers(graph) {
            stream.bytes.append(contentsOf: key.utf8)
            stream.bytes.append(contentsOf: ":\n".utf8)
            YAMLScalarWriter.block(value, indent: 2, into: &stream.bytes)
        }
        let bare = BareItems(graph, encoding: .yaml)
        stream.bytes.append(contentsOf: "entities:".utf8)
        if graph.nodeCount == 0 { stream.bytes.append(contentsOf: " []\n".utf8) } else {
            stream.bytes.append(0x0A)
            for v in 0..<graph.nodeCount {
                if !bare.writeEntity(v, into: &stream.bytes) {
                    YAMLScalarWriter.block(.array([entity(graph.entities[v])]), indent: 2, into: &stream.bytes)
                }
                stream.itemEnded()
            }
        }
        stream.bytes.append(contentsOf: "relations:".utf8)
        if graph.relationCount == 0 { stream.bytes.append(contentsOf: " []\n".utf8) } else {
            stream.bytes.append(0x0A)
            for r in 0..<graph.relationCount {
                if !bare.writeRelation(r, into: &stream.bytes) {
                    stream.bytes.append(contentsOf: "  - ".utf8)
                    YAMLScalarWriter.flow(relation(graph.relations[r]), into: &stream.bytes)
                    stream.bytes.append(0x0A)
                }
                stream.itemEnded()
            }
        }
    }

    // MARK: - JSON syntax

    /// ``document(_:)`` as indented JSON, each entity and relation written as it is made
    /// (from the columns when it has only its required fields, ``BareItems``).
    private func writeJSON(_ graph: Graph, into stream: inout TextStream) {
        stream.bytes.append(UInt8(ascii: "{"))
        func member(_ key: String) {
            stream.bytes.append(contentsOf: "\n  ".utf8)
            JSONValue.quote(key, into: &stream.bytes)
            stream.bytes.append(contentsOf: ": ".utf8)
        }
        // Each item written by `bare`, or else made as a value by `item`.
        func list(_ count: Int, bare: (Int, inout [UInt8]) -> Bool, _ item: (Int) -> JSONValue) {
            guard count > 0 else { stream.bytes.append(contentsOf: "[]".utf8); return }
            stream.bytes.append(UInt8(ascii: "["))
            for index in 0..<count {
                if index > 0 { stream.bytes.append(UInt8(ascii: ",")) }
                stream.bytes.append(contentsOf: "\n    ".utf8)
                if !bare(index, &stream.bytes) { item(index).write(to: &stream.bytes, pretty: true, indent: 4) }
                stream.itemEnded()
            }
            stream.bytes.append(contentsOf: "\n  ]".utf8)
        }
        for (key, value) in headMembers(graph) {
            member(key)
            value.write(to: &stream.bytes, pretty: true, indent: 2)
            stream.bytes.append(UInt8(ascii: ","))
        }
        let bare = BareItems(graph, encoding: .json)
        member("entities")
        list(graph.nodeCount, bare: { bare.writeEntity($0, into: &$1) }) { entity(graph.entities[$0]) }
        stream.bytes.append(UInt8(ascii: ","))
        member("relations")
        list(graph.relationCount, bare: { bare.writeRelation($0, into: &$1) }) { relation(graph.relations[$0]) }
        stream.bytes.append(contentsOf: "\n}\n".utf8)
    }
}

/// Emits ``JSONValue`` trees as YAML, quoting every scalar that a YAML reader could read as
/// anything but the same text. Writes UTF-8 bytes, so a large file is never a chain of
/// `String` appends.
enum YAMLScalarWriter {
    static func block(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .object(let members):
            for (key, member) in members {
                out.append(contentsOf: repeatElement(0x20, count: indent))
                scalar(key, into: &out)
                out.append(UInt8(ascii: ":"))
                switch member {
                case .object(let inner) where !inner.isEmpty && inner.allSatisfy({ !$0.1.isCollection }):
                    out.append(0x20)
                    flow(member, into: &out)
                    out.append(0x0A)
                case .object(let inner) where !inner.isEmpty:
                    out.append(0x0A)
                    block(member, indent: indent + 2, into: &out)
                case .array(let items) where !items.isEmpty && items.contains(where: \.isCollection):
                    out.append(0x0A)
                    block(member, indent: indent + 2, into: &out)
                default:
                    out.append(0x20)
                    flow(member, into: &out)
                    out.append(0x0A)
                }
            }
        case .array(let items):
            for item in items {
                out.append(contentsOf: repeatElement(0x20, count: indent))
                out.append(contentsOf: "- ".utf8)
                if case .object(let members) = item, !members.isEmpty {
                    // The mapping's first line follows the dash; the rest keep its indent.
                    let start = out.count
                    block(item, indent: indent + 2, into: &out)
                    out.removeSubrange(start..<(start + indent + 2))
                } else {
                    flow(item, into: &out)
                    out.append(0x0A)
                }
            }
        default:
            out.append(contentsOf: repeatElement(0x20, count: indent))
            flow(value, into: &out)
            out.append(0x0A)
        }
    }

    static func flow(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): JSONValue.appendDecimal(number, to: &out)
        case .double(let number):
            out.append(contentsOf: (number.isFinite ? "\(number)" : (number.isNaN ? ".nan" : (number > 0 ? ".inf" : "-.inf"))).utf8)
        case .string(let text): scalar(text, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(contentsOf: ", ".utf8) }
                flow(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { out.append(contentsOf: ", ".utf8) }
                scalar(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                flow(member, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Plain when the text is a run of letters, digits and a few safe marks that starts with a
    /// letter and is no YAML keyword, or a month or day date; double-quoted with JSON escapes
    /// otherwise (``JSONValue``'s quoting also escapes DEL, the C1 controls and the byte-order
    /// mark, which YAML refuses raw inside quotes).
    static func scalar(_ text: String, into out: inout [UInt8]) {
        var text = text
        let plain: Bool = text.withUTF8 { bytes in
            // YYYY-MM and YYYY-MM-DD stay plain: YAML's core schema reads them as text. A bare
            // year would read back as a number, which a date field accepts but an attribute
            // would keep, so "1964" is quoted. A cheap look at the length before parsing.
            let length = bytes.count
            if length == 7 || length == 10, let first = bytes.first, (0x30...0x39).contains(first),
               PartialDate(String(decoding: bytes, as: UTF8.self)) != nil { return true }
            if bytes.allSatisfy({ $0 < 0x80 }) { return isPlainSafeASCII(bytes) }
            return isPlainSafeUnicode(String(decoding: bytes, as: UTF8.self))
        }
        if plain {
            out.append(contentsOf: text.utf8)
        } else {
            JSONValue.quote(text, into: &out)
        }
    }

    private static let keywords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]

    private static func isPlainSafeUnicode(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic,
              text.unicodeScalars.last.map({ $0 != " " }) ?? false,
              !keywords.contains(text.lowercased()), !text.contains("  ") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " -_.()/".unicodeScalars.contains(scalar)
        }
    }

    /// The plain-scalar test for ASCII text, on its bytes (most ids, kinds and names).
    private static func isPlainSafeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard let first = bytes.first, isLetter(first), bytes.last != 0x20 else { return false }
        if bytes.count <= 5, isKeyword(bytes) { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard isLetter(byte) || (0x30...0x39).contains(byte) || byte == 0x20 || byte == 0x2D || byte == 0x5F
                    || byte == 0x2E || byte == 0x28 || byte == 0x29 || byte == 0x2F,
                  !(byte == 0x20 && previous == 0x20) else { return false }
            previous = byte
        }
        return true
    }

    /// Whether ASCII `bytes` spell a YAML keyword in any case, without making a String.
    private static func isKeyword(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lowered: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &lowered) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
            let word = UnsafeRawBufferPointer(rebasing: buffer[0..<bytes.count])
            return keywordBytes.contains { $0.elementsEqual(word) }
        }
    }

    private static let keywordBytes: [[UInt8]] = keywords.map { Array($0.utf8) }
}

extension JSONValue {
    var isCollection: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }
}
