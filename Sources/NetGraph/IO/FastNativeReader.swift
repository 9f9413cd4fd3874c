private let singleQuote = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")

/// The fields of each part, as the walker allows them (`NativeFormatFields`), as bytes.
enum FieldNames {
    static let topLevel = NativeFormatFields.topLevel.map { Array($0.utf8) }
    static let graph = NativeFormatFields.graph.map { Array($0.utf8) }
    static let source = NativeFormatFields.source.map { Array($0.utf8) }
    static let schema = NativeFormatFields.schema.map { Array($0.utf8) }
    static let declaration = NativeFormatFields.declaration.map { Array($0.utf8) }
    static let entity = NativeFormatFields.entity.map { Array($0.utf8) }
    static let relation = NativeFormatFields.relation.map { Array($0.utf8) }
}

/// A one-line scalar as it stands in the file.
struct FastScalar {
    /// `plain` is also a JSON number, `true`, `false` or `null`; `jsonString` a JSON string.
    enum Style { case plain, doubleQuoted, singleQuoted, jsonString }
    var style: Style
    /// The content's bytes (inside the quotes).
    var start: Int
    var end: Int
    /// Whether the content holds escapes (`\`) or doubled single quotes to decode.
    var needsDecoding: Bool
    /// Where the node starts (its quote, or its first character), and its line.
    var nodeStart: Int
    var line: Int
    var lineStart: Int
}

/// A field's value: a scalar, a flow sequence of scalars or a flow mapping of scalars, the
/// last two as ranges of the reader's `pool` (a mapping's keys and values alternate). Plain
/// data, so that passing values around retains nothing: copying an enum with array payloads
/// was a quarter of the reading time (perf).
enum FastValue {
    case scalar(FastScalar)
    case list(Range<Int>)
    case map(Range<Int>)
}

/// A relation type's declaration as the schema lists it.
struct FastDeclaration {
    var name: String
    var directed: Bool
    var from: [String]?
    var to: [String]?
}

/// What the sections of a native document make, whichever syntax they are read in: the graph
/// section's name and summary, the sources, the schema, then the builder that takes the
/// entities and relations.
struct FastDocument {
    var name = "graph"
    var summary: String? = nil
    var schema = Schema.default
    var sources: [Source] = []
    /// Set once the entities section begins.
    var builder: GraphBuilder? = nil

    /// A builder for the entities section, holding what the sections before it gave.
    func entityBuilder() -> GraphBuilder {
        var made = GraphBuilder(name: name, schema: schema)
        made.summary = summary
        for source in sources { made.add(source) }
        return made
    }

    /// The graph, once every section is read; declined when there were no entities or the
    /// builder finds a problem (the general path then reports it).
    func graph() throws(ComposerDeclined) -> Graph {
        guard let builder else { throw ComposerDeclined() }
        do {
            return try builder.build()
        } catch {
            throw ComposerDeclined()
        }
    }
}

/// What both fast paths for netgraph's own files (`NativeYAMLFastPath`, `NativeJSONFastPath`)
/// share: the reader's state, and each part's fields turned into sources, entities and
/// relations by the rules `NativeDocumentWalker` applies, so that a file read fast gives the
/// graph the general path gives. The syntaxes differ only in how they find the values: each
/// fills ``FastNativeReader/fields`` (by index in the part's allowed names, `NativeFormatFields`)
/// and ``FastNativeReader/pool`` with ``FastScalar``s, then calls ``FastNativeReader/source()``,
/// ``FastNativeReader/entity()`` or ``FastNativeReader/relation()``.
///
/// Any value the walker would read otherwise or report is declined (``ComposerDeclined``), and
/// the general path reads the file.
///
/// - Complexity: O(size of the values read).
struct FastNativeReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let limits: ReadLimits
    var position = 0
    var line = 1
    var lineStart = 0
    /// The fields of the item being read, by index in its allowed list (the longest, an
    /// exchange edge's, has 15); reused.
    var fields: [FastValue?] = Array(repeating: nil, count: 16)
    /// The scalars of the item's flow collections; emptied for each item.
    var pool: [FastScalar] = []
    /// The last kind and type read, reused while the next one is spelled the same.
    var lastKind: (bytes: [UInt8], kind: EntityKind) = ([], EntityKind(""))
    var lastType: (bytes: [UInt8], type: RelationType) = ([], RelationType(""))

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReadLimits) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
    }

    // MARK: - Schema

    /// A relation type's declaration (a part with `FieldNames.declaration`), read from
    /// ``fields``.
    mutating func declaration() throws(ComposerDeclined) -> FastDeclaration {
        let name = try requiredText(fields[0])
        var directed = true
        if let value = fields[1] {
            guard case .scalar(let scalar) = value, scalar.style == .plain else { throw ComposerDeclined() }
            let spelled = string(scalar)
            guard let flag = CoreSchemaTag.bool(spelled, tag: CoreSchemaTag.resolve(spelled)) else { throw ComposerDeclined() }
            directed = flag
        }
        return FastDeclaration(name: name, directed: directed, from: try textList(fields[2]), to: try textList(fields[3]))
    }

    /// Adds the schema's kinds, then its declarations (whose kinds must all be known), to
    /// `schema`.
    mutating func extend(_ schema: inout Schema, kinds: [FastScalar], declarations: [FastDeclaration]) throws(ComposerDeclined) {
        for kind in kinds { schema.add(EntityKind(try text(.scalar(kind))!)) }
        for declaration in declarations {
            func kinds(_ listed: [String]?) throws(ComposerDeclined) -> Set<EntityKind>? {
                guard let listed else { return nil }
                let kinds = listed.map { EntityKind($0) }
                guard kinds.allSatisfy(schema.contains) else { throw ComposerDeclined() }
                return Set(kinds)
            }
            schema.declare(RelationDeclaration(RelationType(declaration.name), directed: declaration.directed,
                                               from: try kinds(declaration.from), to: try kinds(declaration.to)))
        }
    }

    // MARK: - Parts

    mutating func source() throws(ComposerDeclined) -> Source {
        var reliability: SourceReliability? = nil
        if let letter = try text(fields[7]) {
            guard let grade = SourceReliability(rawValue: letter) else { throw ComposerDeclined() }
            reliability = grade
        }
        return Source(id: try requiredText(fields[0]), title: try text(fields[1]), author: try text(fields[2]),
                      publisher: try text(fields[3]), date: try date(fields[4]), url: try text(fields[5]),
                      file: try text(fields[6]), reliability: reliability)
    }

    mutating func entity() throws(ComposerDeclined) -> Entity {
        let id = try requiredText(fields[0])
        guard case .scalar(let kindScalar) = fields[1] else { throw ComposerDeclined() }
        let kindBytes = UnsafeBufferPointer(rebasing: bytes[kindScalar.start..<kindScalar.end])
        let kind: EntityKind
        if !kindScalar.needsDecoding && kindBytes.elementsEqual(lastKind.bytes) {
            kind = lastKind.kind
        } else {
            kind = EntityKind(try requiredText(fields[1]))
            if !kindScalar.needsDecoding { lastKind = (Array(kindBytes), kind) }
        }
        var aliases: [String] = []
        switch fields[3] {
        case .scalar?: aliases = [try text(fields[3])!]
        case .list?: aliases = try textList(fields[3]) ?? []
        case .map?: throw ComposerDeclined()
        case nil: break
        }
        return Entity(id: id, kind: kind, name: try text(fields[2]), aliases: aliases, description: try text(fields[4]),
                      since: try date(fields[5]), until: try date(fields[6]), attributes: try attributes(fields[7]))
    }

    mutating func relation() throws(ComposerDeclined) -> (Relation, GraphBuilder.Marks) {
        let from = try requiredText(fields[0])
        let to = try requiredText(fields[1])
        guard case .scalar(let typeScalar) = fields[2] else { throw ComposerDeclined() }
        let typeBytes = UnsafeBufferPointer(rebasing: bytes[typeScalar.start..<typeScalar.end])
        let type: RelationType
        if !typeScalar.needsDecoding && typeBytes.elementsEqual(lastType.bytes) {
            type = lastType.type
        } else {
            type = RelationType(try requiredText(fields[2]))
            if !typeScalar.needsDecoding { lastType = (Array(typeBytes), type) }
        }
        let weight = try weight(fields[3])
        if fields[4] != nil && (fields[5] != nil || fields[6] != nil) { throw ComposerDeclined() }
        var status: RelationStatus? = nil
        if let spelled = try text(fields[9]) {
            guard let known = RelationStatus(rawValue: spelled) else { throw ComposerDeclined() }
            status = known
        }
        let relation = Relation(from: from, to: to, type: type, weight: weight, date: try date(fields[4]),
                                since: try date(fields[5]), until: try date(fields[6]), source: try text(fields[7]),
                                quote: try text(fields[8]), status: status, attributes: try attributes(fields[10]))
        guard case .scalar(let quote)? = fields[8] else { return (relation, GraphBuilder.Marks()) }
        let place = SourceLocation(file: file, line: quote.line, column: column(of: quote))
        return (relation, GraphBuilder.Marks(item: place, fieldPlaces: [("quote", place.line, place.column)]))
    }

    // MARK: - Field values, by the walker's rules

    // These read the reader but are `mutating`: a non-mutating method called from a mutating
    // one copies the whole reader (and retains what it holds) on every call, which was a
    // third of the reading time (perf).

    /// A text field: any scalar but a plain null, no longer than the limit.
    mutating func text(_ value: FastValue?) throws(ComposerDeclined) -> String? {
        guard let value else { return nil }
        guard case .scalar(let scalar) = value, scalar.end - scalar.start <= limits.maxTextLength else { throw ComposerDeclined() }
        // The plain scalars that resolve to null and that this layout can hold: `null`, `Null`, `NULL`.
        if scalar.style == .plain && scalar.end - scalar.start == 4,
           ["null", "Null", "NULL"].contains(where: { $0.utf8.elementsEqual(UnsafeBufferPointer(rebasing: bytes[scalar.start..<scalar.end])) }) {
            throw ComposerDeclined()
        }
        return string(scalar)
    }

    /// A relation's weight: a plain number the core schema reads as one, and finite.
    mutating func weight(_ value: FastValue?) throws(ComposerDeclined) -> Double? {
        guard let value else { return nil }
        guard case .scalar(let scalar) = value, scalar.style == .plain else { throw ComposerDeclined() }
        let spelled = string(scalar)
        let tag = CoreSchemaTag.resolve(spelled)
        // `read` gives a value only where `Double(_:)` reads one: the walker falls back to
        // Yams' construction elsewhere.
        guard tag == .int || tag == .float, case .value(let number) = NumberText.read(spelled) else { throw ComposerDeclined() }
        return number
    }

    mutating func requiredText(_ value: FastValue?) throws(ComposerDeclined) -> String {
        guard let string = try text(value), !string.isEmpty else { throw ComposerDeclined() }
        return string
    }

    mutating func textList(_ value: FastValue?) throws(ComposerDeclined) -> [String]? {
        guard let value else { return nil }
        guard case .list(let items) = value else { throw ComposerDeclined() }
        var texts: [String] = []
        for item in pool[items] { texts.append(try text(.scalar(item))!) }
        return texts
    }

    mutating func date(_ value: FastValue?) throws(ComposerDeclined) -> PartialDate? {
        guard let string = try text(value) else { return nil }
        guard let date = PartialDate(string) else { throw ComposerDeclined() }
        return date
    }

    mutating func attributes(_ value: FastValue?) throws(ComposerDeclined) -> [String: AttributeValue] {
        guard let value else { return [:] }
        guard case .map(let pairs) = value else { throw ComposerDeclined() }
        var result: [String: AttributeValue] = [:]
        for index in stride(from: pairs.lowerBound, to: pairs.upperBound, by: 2) {
            let (keyScalar, valueScalar) = (pool[index], pool[index + 1])
            let key = string(keyScalar)
            let spelled = string(valueScalar)
            guard result[key] == nil else { throw ComposerDeclined() }
            let tag = valueScalar.style == .plain ? CoreSchemaTag.resolve(spelled) : .str
            switch tag {
            case .null: continue
            case .bool: result[key] = .bool(CoreSchemaTag.bool(spelled, tag: tag) ?? false)
            case .int, .float:
                // The walker falls back to Yams' construction only where `Double(_:)` reads nothing.
                guard Double(spelled) != nil else { throw ComposerDeclined() }
                switch NumberText.read(spelled) {
                case .value(let number): result[key] = .number(number)
                case .notANumber, .notFinite: result[key] = .string(spelled)
                default: throw ComposerDeclined()
                }
            default: result[key] = .string(spelled)
            }
        }
        return result
    }

    /// A scalar's text, escapes and doubled quotes decoded.
    mutating func string(_ scalar: FastScalar) -> String {
        let content = UnsafeBufferPointer(rebasing: bytes[scalar.start..<scalar.end])
        guard scalar.needsDecoding else { return String(decoding: content, as: UTF8.self) }
        var value: [UInt8] = []
        var index = 0
        while index < content.count {
            let current = content[index]
            if scalar.style == .singleQuoted && current == singleQuote {
                value.append(singleQuote)
                index += 2
            } else if scalar.style == .jsonString && current == backslash {
                // Checked when the scalar was scanned.
                let (decoded, length) = JSONEscape.scalar(in: content, at: index)!
                value.append(contentsOf: UTF8.encode(decoded)!)
                index += length
            } else if scalar.style == .doubleQuoted && current == backslash {
                // Checked when the scalar was scanned.
                let (decoded, length) = ComposerSupport.escape(in: content, at: index)!
                value.append(contentsOf: UTF8.encode(decoded)!)
                index += length
            } else {
                value.append(current)
                index += 1
            }
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// The column of a scalar's start in Unicode scalars from 1, as libyaml counts.
    mutating func column(of scalar: FastScalar) -> Int {
        var column = 1
        for index in scalar.lineStart..<scalar.nodeStart where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    static func index(of key: UnsafeBufferPointer<UInt8>, in allowed: [[UInt8]]) -> Int? {
        allowed.firstIndex { $0.count == key.count && $0.elementsEqual(key) }
    }

    /// The byte at `index`, or 0 past the end (the text holds no NUL).
    func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }
}
