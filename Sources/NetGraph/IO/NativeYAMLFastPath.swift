/// Reads the YAML layout ``NativeGraphWriter`` writes straight from the file's bytes into a
/// ``GraphBuilder``, with no string of the whole text, no composed tree and no `Entity` or
/// `Relation` marks per item; nil whenever the file is anything else, and the general path
/// (``YAMLSubsetComposer`` or Yams, then `NativeDocumentWalker`) reads it as before.
///
/// The layout it takes:
/// - the top level a block mapping at column 0 whose keys come in the writer's order,
///   `graph`, `sources`, `schema`, `entities` (required) and `relations`, each at most once;
/// - `graph` and `schema` block mappings indented two spaces; `sources`, `entities`,
///   `relations` and the schema's `relations` block sequences (or `[]`) indented two (four)
///   spaces, whose items are block mappings (`- id: a` then one field a line) or one-line flow
///   mappings (`- {from: a, to: b, type: t}`);
/// - field values on the key's line: one-line scalars (plain, double-quoted with YAML's
///   escapes, single-quoted), flow sequences of scalars (`[a, b]`) and flow mappings of
///   scalars (`{k: v}`), spaced exactly as the writer spaces them (`: ` and `, `);
/// - plain scalars of letters, digits, non-ASCII characters, inner spaces and `-_.()/+`,
///   which is every plain scalar the writer emits.
///
/// It declines at the first thing outside that layout: comments, blank lines, tabs, carriage
/// returns, a byte-order mark, control or C1 characters, the line and paragraph separators,
/// anchors, aliases, tags, block scalars, multi-line scalars, other spacing, duplicate or
/// unknown keys, keys out of order, `null`/`~` values, numbers that `Double(_:)` does not
/// read as written (`1_000`, `0o17`), invalid UTF-8, limits under 8 levels of nesting or any
/// text over ``ReadLimits/maxTextLength`` bytes, and every problem the walker would report
/// (a missing field, an unknown status, a bad date). A graph the builder refuses is declined
/// too, so that the general path reports it with every mark.
///
/// What it accepts, it reads as the general path does: each field by the walker's rule
/// (texts whatever their core-schema tag unless null; weights only from int or float plain
/// scalars; attribute values by ``CoreSchemaTag`` and ``NumberText``; dates by
/// ``PartialDate``), parts added to the builder in the same order, and each quote's line and
/// column (in Unicode scalars, as libyaml counts) recorded as its mark. ``YAMLPreflight``
/// needs no run: in this layout every quote opens where a scalar begins and no `&`, `#`,
/// `|` or `>` stands outside quotes, and the nesting is at most five levels.
/// `NativeYAMLFastPathTests` compares both paths on every native file of the repository, the
/// writer's output and mutations of them.
///
/// - Complexity: O(n) in the size of the file; one pass over its bytes after the UTF-8 check.
enum NativeYAMLFastPath {
    static func graph(from bytes: [UInt8], file: String, limits: ReadLimits) -> Graph? {
        guard limits.maxNestingDepth >= 8, !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
              (try? TextDecoding.validateUTF8(bytes, file: file)) != nil else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Graph? in
            var reader = FastNativeReader(bytes: buffer, file: file, limits: limits)
            return try? reader.graph()
        }
    }
}

private typealias Declined = ComposerDeclined

private let lineFeed = UInt8(ascii: "\n"), space = UInt8(ascii: " "), colon = UInt8(ascii: ":"), comma = UInt8(ascii: ",")
private let dash = UInt8(ascii: "-"), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
private let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"), openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

/// The fields of each part, as the walker allows them (`NativeFormatFields`), as bytes.
private enum FieldNames {
    static let topLevel = NativeFormatFields.topLevel.map { Array($0.utf8) }
    static let graph = NativeFormatFields.graph.map { Array($0.utf8) }
    static let source = NativeFormatFields.source.map { Array($0.utf8) }
    static let schema = NativeFormatFields.schema.map { Array($0.utf8) }
    static let declaration = NativeFormatFields.declaration.map { Array($0.utf8) }
    static let entity = NativeFormatFields.entity.map { Array($0.utf8) }
    static let relation = NativeFormatFields.relation.map { Array($0.utf8) }
}

/// A one-line scalar as it stands in the file.
private struct FastScalar {
    enum Style { case plain, doubleQuoted, singleQuoted }
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
private enum FastValue {
    case scalar(FastScalar)
    case list(Range<Int>)
    case map(Range<Int>)
}

private struct FastNativeReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let limits: ReadLimits
    var position = 0
    var line = 1
    var lineStart = 0
    /// The fields of the item being read, by index in its allowed list; reused.
    var fields: [FastValue?] = Array(repeating: nil, count: 12)
    let noMarks = GraphBuilder.Marks()
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

    // MARK: - Document

    mutating func graph() throws(Declined) -> Graph {
        var name = "graph"
        var summary: String? = nil
        var schema = Schema.default
        var sources: [Source] = []
        var builder: GraphBuilder? = nil
        var nextSection = 0
        while position < bytes.count {
            guard let section = try topLevelKey(), section >= nextSection else { throw Declined() }
            nextSection = section + 1
            switch section {
            case 0:
                try endOfLine()
                let count = try blockMapping(indent: 2, allowed: FieldNames.graph)
                guard count > 0 else { throw Declined() }
                name = try text(fields[0]) ?? name
                summary = try text(fields[1])
            case 1:
                try list(indent: 2) { reader throws(Declined) in
                    try reader.item(indent: 2, allowed: FieldNames.source)
                    sources.append(try reader.source())
                }
            case 2:
                try endOfLine()
                try readSchema(into: &schema)
            case 3:
                var made = GraphBuilder(name: name, schema: schema)
                made.summary = summary
                for source in sources { made.add(source) }
                try list(indent: 2) { reader throws(Declined) in
                    try reader.item(indent: 2, allowed: FieldNames.entity)
                    made.add(try reader.entity())
                }
                builder = made
            default:
                guard var made = builder else { throw Declined() }
                builder = nil
                try list(indent: 2) { reader throws(Declined) in
                    try reader.item(indent: 2, allowed: FieldNames.relation)
                    let (relation, marks) = try reader.relation()
                    made.add(relation, marks: marks)
                }
                builder = made
            }
        }
        guard let builder else { throw Declined() }
        do {
            return try builder.build()
        } catch {
            throw Declined()
        }
    }

    /// A top-level key at the start of a line, as its index in `topLevel`; the cursor is left
    /// after its colon.
    private mutating func topLevelKey() throws(Declined) -> Int? {
        guard position == lineStart else { throw Declined() }
        let key = try plainKey()
        return Self.index(of: key, in: FieldNames.topLevel)
    }

    // MARK: - Sections

    private mutating func readSchema(into schema: inout Schema) throws(Declined) {
        var kinds: [FastScalar] = []
        var hasKinds = false
        var declarations: [(name: String, directed: Bool, from: [String]?, to: [String]?)] = []
        var next = 0
        while atIndent(2) {
            position += 2
            let key = try plainKey()
            guard let field = Self.index(of: key, in: FieldNames.schema), field >= next else { throw Declined() }
            next = field + 1
            if field == 0 {
                guard byte(at: position) == space else { throw Declined() }
                position += 1
                guard case .list(let listed) = try value(inFlow: false) else { throw Declined() }
                kinds = Array(pool[listed])
                hasKinds = true
                try endOfLine()
            } else {
                try list(indent: 4) { reader throws(Declined) in
                    try reader.item(indent: 4, allowed: FieldNames.declaration)
                    let name = try reader.requiredText(reader.fields[0])
                    var directed = true
                    if let value = reader.fields[1] {
                        guard case .scalar(let scalar) = value, scalar.style == .plain else { throw Declined() }
                        let spelled = reader.string(scalar)
                        guard let flag = CoreSchemaTag.bool(spelled, tag: CoreSchemaTag.resolve(spelled)) else { throw Declined() }
                        directed = flag
                    }
                    declarations.append((name, directed, try reader.textList(reader.fields[2]), try reader.textList(reader.fields[3])))
                }
            }
        }
        guard hasKinds || !declarations.isEmpty else { throw Declined() }
        for kind in kinds { schema.add(EntityKind(try text(.scalar(kind))!)) }
        for declaration in declarations {
            func kinds(_ listed: [String]?) throws(Declined) -> Set<EntityKind>? {
                guard let listed else { return nil }
                let kinds = listed.map { EntityKind($0) }
                guard kinds.allSatisfy(schema.contains) else { throw Declined() }
                return Set(kinds)
            }
            schema.declare(RelationDeclaration(RelationType(declaration.name), directed: declaration.directed,
                                               from: try kinds(declaration.from), to: try kinds(declaration.to)))
        }
    }

    private mutating func source() throws(Declined) -> Source {
        var reliability: SourceReliability? = nil
        if let letter = try text(fields[7]) {
            guard let grade = SourceReliability(rawValue: letter) else { throw Declined() }
            reliability = grade
        }
        return Source(id: try requiredText(fields[0]), title: try text(fields[1]), author: try text(fields[2]),
                      publisher: try text(fields[3]), date: try date(fields[4]), url: try text(fields[5]),
                      file: try text(fields[6]), reliability: reliability)
    }

    private mutating func entity() throws(Declined) -> Entity {
        let id = try requiredText(fields[0])
        guard case .scalar(let kindScalar) = fields[1] else { throw Declined() }
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
        case .map?: throw Declined()
        case nil: break
        }
        return Entity(id: id, kind: kind, name: try text(fields[2]), aliases: aliases, description: try text(fields[4]),
                      since: try date(fields[5]), until: try date(fields[6]), attributes: try attributes(fields[7]))
    }

    private mutating func relation() throws(Declined) -> (Relation, GraphBuilder.Marks) {
        let from = try requiredText(fields[0])
        let to = try requiredText(fields[1])
        guard case .scalar(let typeScalar) = fields[2] else { throw Declined() }
        let typeBytes = UnsafeBufferPointer(rebasing: bytes[typeScalar.start..<typeScalar.end])
        let type: RelationType
        if !typeScalar.needsDecoding && typeBytes.elementsEqual(lastType.bytes) {
            type = lastType.type
        } else {
            type = RelationType(try requiredText(fields[2]))
            if !typeScalar.needsDecoding { lastType = (Array(typeBytes), type) }
        }
        var weight: Double? = nil
        if let value = fields[3] {
            guard case .scalar(let scalar) = value, scalar.style == .plain else { throw Declined() }
            let spelled = string(scalar)
            let tag = CoreSchemaTag.resolve(spelled)
            guard tag == .int || tag == .float, Double(spelled) != nil,
                  case .value(let number) = NumberText.read(spelled) else { throw Declined() }
            weight = number
        }
        if fields[4] != nil && (fields[5] != nil || fields[6] != nil) { throw Declined() }
        var status: RelationStatus? = nil
        if let spelled = try text(fields[9]) {
            guard let known = RelationStatus(rawValue: spelled) else { throw Declined() }
            status = known
        }
        let relation = Relation(from: from, to: to, type: type, weight: weight, date: try date(fields[4]),
                                since: try date(fields[5]), until: try date(fields[6]), source: try text(fields[7]),
                                quote: try text(fields[8]), status: status, attributes: try attributes(fields[10]))
        guard case .scalar(let quote)? = fields[8] else { return (relation, noMarks) }
        let place = SourceLocation(file: file, line: quote.line, column: column(of: quote))
        return (relation, GraphBuilder.Marks(item: place, fieldPlaces: [("quote", place.line, place.column)]))
    }

    // MARK: - Field values, by the walker's rules

    // These read the reader but are `mutating`: a non-mutating method called from a mutating
    // one copies the whole reader (and retains what it holds) on every call, which was a
    // third of the reading time (perf).

    /// A text field: any scalar but a plain null, no longer than the limit.
    private mutating func text(_ value: FastValue?) throws(Declined) -> String? {
        guard let value else { return nil }
        guard case .scalar(let scalar) = value, scalar.end - scalar.start <= limits.maxTextLength else { throw Declined() }
        // The plain scalars that resolve to null and that this layout can hold: `null`, `Null`, `NULL`.
        if scalar.style == .plain && scalar.end - scalar.start == 4,
           ["null", "Null", "NULL"].contains(where: { $0.utf8.elementsEqual(UnsafeBufferPointer(rebasing: bytes[scalar.start..<scalar.end])) }) {
            throw Declined()
        }
        return string(scalar)
    }

    private mutating func requiredText(_ value: FastValue?) throws(Declined) -> String {
        guard let string = try text(value), !string.isEmpty else { throw Declined() }
        return string
    }

    private mutating func textList(_ value: FastValue?) throws(Declined) -> [String]? {
        guard let value else { return nil }
        guard case .list(let items) = value else { throw Declined() }
        var texts: [String] = []
        for item in pool[items] { texts.append(try text(.scalar(item))!) }
        return texts
    }

    private mutating func date(_ value: FastValue?) throws(Declined) -> PartialDate? {
        guard let string = try text(value) else { return nil }
        guard let date = PartialDate(string) else { throw Declined() }
        return date
    }

    private mutating func attributes(_ value: FastValue?) throws(Declined) -> [String: AttributeValue] {
        guard let value else { return [:] }
        guard case .map(let pairs) = value else { throw Declined() }
        var result: [String: AttributeValue] = [:]
        for index in stride(from: pairs.lowerBound, to: pairs.upperBound, by: 2) {
            let (keyScalar, valueScalar) = (pool[index], pool[index + 1])
            let key = string(keyScalar)
            let spelled = string(valueScalar)
            guard result[key] == nil else { throw Declined() }
            let tag = valueScalar.style == .plain ? CoreSchemaTag.resolve(spelled) : .str
            switch tag {
            case .null: continue
            case .bool: result[key] = .bool(CoreSchemaTag.bool(spelled, tag: tag) ?? false)
            case .int, .float:
                // The walker falls back to Yams' construction only where `Double(_:)` reads nothing.
                guard Double(spelled) != nil else { throw Declined() }
                switch NumberText.read(spelled) {
                case .value(let number): result[key] = .number(number)
                case .notANumber, .notFinite: result[key] = .string(spelled)
                default: throw Declined()
                }
            default: result[key] = .string(spelled)
            }
        }
        return result
    }

    /// A scalar's text, escapes and doubled quotes decoded.
    private mutating func string(_ scalar: FastScalar) -> String {
        let content = UnsafeBufferPointer(rebasing: bytes[scalar.start..<scalar.end])
        guard scalar.needsDecoding else { return String(decoding: content, as: UTF8.self) }
        var value: [UInt8] = []
        var index = 0
        while index < content.count {
            let current = content[index]
            if scalar.style == .singleQuoted && current == singleQuote {
                value.append(singleQuote)
                index += 2
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
    private mutating func column(of scalar: FastScalar) -> Int {
        var column = 1
        for index in scalar.lineStart..<scalar.nodeStart where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    // MARK: - Block structure

    /// After a section key: ` []` and the line's end, or the line's end and a block sequence
    /// whose dashes stand at `indent`, calling `item` on each dash.
    private mutating func list(indent: Int, item: (inout FastNativeReader) throws(Declined) -> Void) throws(Declined) {
        if byte(at: position) == space {
            guard byte(at: position + 1) == openBracket, byte(at: position + 2) == closeBracket else { throw Declined() }
            position += 3
            try endOfLine()
            return
        }
        try endOfLine()
        guard atIndent(indent) else { throw Declined() }
        while atIndent(indent) {
            try item(&self)
        }
    }

    /// One item of a block sequence at `indent`: its fields into ``fields``.
    private mutating func item(indent: Int, allowed: [[UInt8]]) throws(Declined) {
        position += indent
        guard byte(at: position) == dash, byte(at: position + 1) == space else { throw Declined() }
        position += 2
        pool.removeAll(keepingCapacity: true)
        if byte(at: position) == openBrace {
            for index in allowed.indices { fields[index] = nil }
            position += 1
            while true {
                let key = try flowKey()
                guard key.style == .plain,
                      let field = Self.index(of: UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), in: allowed),
                      fields[field] == nil else { throw Declined() }
                fields[field] = try value(inFlow: true)
                if try flowEnds(closing: closeBrace) { break }
            }
            try endOfLine()
            return
        }
        // A block mapping whose first key follows the dash.
        position -= indent + 2
        _ = try blockMapping(indent: indent + 2, allowed: allowed, firstAfterDash: true)
    }

    /// A block mapping of one-line values whose keys stand at `indent`; returns its size.
    @discardableResult
    private mutating func blockMapping(indent: Int, allowed: [[UInt8]], firstAfterDash: Bool = false) throws(Declined) -> Int {
        for index in allowed.indices { fields[index] = nil }
        if !firstAfterDash { pool.removeAll(keepingCapacity: true) }
        var count = 0
        var first = firstAfterDash
        while first || atIndent(indent) {
            position += indent
            first = false
            let key = try plainKey()
            guard let field = Self.index(of: key, in: allowed), fields[field] == nil,
                  byte(at: position) == space else { throw Declined() }
            position += 1
            fields[field] = try value(inFlow: false)
            try endOfLine()
            count += 1
        }
        return count
    }

    /// Whether the cursor is at a line's start followed by exactly `indent` spaces and then
    /// something that is not a space.
    private func atIndent(_ indent: Int) -> Bool {
        guard position == lineStart, position + indent < bytes.count else { return false }
        for offset in 0..<indent where bytes[position + offset] != space { return false }
        return bytes[position + indent] != space
    }

    /// A plain key of ASCII letters followed by a colon; the cursor is left after the colon.
    private mutating func plainKey() throws(Declined) -> UnsafeBufferPointer<UInt8> {
        let start = position
        while position < bytes.count, Self.isLetter(bytes[position]) { position += 1 }
        guard position > start, byte(at: position) == colon else { throw Declined() }
        defer { position += 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<position])
    }

    private mutating func endOfLine() throws(Declined) {
        if position == bytes.count { return }
        guard bytes[position] == lineFeed else { throw Declined() }
        position += 1
        line += 1
        lineStart = position
        guard position < bytes.count else { return }
        // A blank line, or one that starts with a space where a key or dash should be, is
        // left to the general path (``atIndent(_:)`` checks the rest).
        guard bytes[position] != lineFeed else { throw Declined() }
    }

    // MARK: - Flow values (one line)

    /// A field's value starting at the cursor: a scalar, `[scalars]` or `{scalar: scalar}`.
    private mutating func value(inFlow: Bool) throws(Declined) -> FastValue {
        switch byte(at: position) {
        case openBracket:
            position += 1
            let first = pool.count
            if byte(at: position) == closeBracket {
                position += 1
                return .list(first..<first)
            }
            while true {
                pool.append(try scalar(inFlow: true))
                if try flowEnds(closing: closeBracket) { return .list(first..<pool.count) }
            }
        case openBrace:
            position += 1
            let first = pool.count
            var keys: [String] = []
            if byte(at: position) == closeBrace {
                position += 1
                return .map(first..<first)
            }
            while true {
                let key = try flowKey()
                let value = try scalar(inFlow: true)
                // Attribute keys are few: a linear look for a repeat is cheaper than hashing.
                let text = string(key)
                guard !keys.contains(text) else { throw Declined() }
                keys.append(text)
                pool.append(key)
                pool.append(value)
                if try flowEnds(closing: closeBrace) { return .map(first..<pool.count) }
            }
        default:
            return .scalar(try scalar(inFlow: inFlow))
        }
    }

    /// A key of a flow mapping and its `: `; keys longer than the subset composer reads
    /// (1,000 bytes) are declined.
    private mutating func flowKey() throws(Declined) -> FastScalar {
        let key = try scalar(inFlow: true)
        guard byte(at: position) == colon, byte(at: position + 1) == space, position - key.nodeStart <= 1000 else { throw Declined() }
        position += 2
        return key
    }

    /// After a flow item: true past `closing`, false past `, ` with another item to come.
    private mutating func flowEnds(closing: UInt8) throws(Declined) -> Bool {
        if byte(at: position) == closing {
            position += 1
            return true
        }
        guard byte(at: position) == comma, byte(at: position + 1) == space else { throw Declined() }
        position += 2
        return false
    }

    // MARK: - Scalars

    private mutating func scalar(inFlow: Bool) throws(Declined) -> FastScalar {
        let start = position
        switch byte(at: position) {
        case doubleQuote, singleQuote:
            let quote = bytes[position]
            position += 1
            var needsDecoding = false
            while true {
                guard position < bytes.count else { throw Declined() }
                let current = bytes[position]
                if current == quote {
                    if quote == singleQuote && byte(at: position + 1) == singleQuote {
                        needsDecoding = true
                        position += 2
                        continue
                    }
                    break
                }
                if current == backslash && quote == doubleQuote {
                    guard let (_, length) = ComposerSupport.escape(in: bytes, at: position) else { throw Declined() }
                    needsDecoding = true
                    position += length
                    continue
                }
                try checkCharacter(current)
                position += 1
            }
            position += 1
            let content = FastScalar(style: quote == doubleQuote ? .doubleQuoted : .singleQuoted, start: start + 1, end: position - 1,
                                     needsDecoding: needsDecoding, nodeStart: start, line: line, lineStart: lineStart)
            try checkScalarEnd(inFlow: inFlow, isPlain: false)
            return content
        default:
            guard Self.startsPlain(byte(at: position), next: byte(at: position + 1)) else { throw Declined() }
            while position < bytes.count {
                let current = bytes[position]
                if current < 0x80 {
                    guard Self.isPlainByte(current) else { break }
                } else {
                    try checkCharacter(current)
                }
                position += 1
            }
            guard bytes[position - 1] != space else { throw Declined() }
            let content = FastScalar(style: .plain, start: start, end: position, needsDecoding: false,
                                     nodeStart: start, line: line, lineStart: lineStart)
            try checkScalarEnd(inFlow: inFlow, isPlain: true)
            return content
        }
    }

    /// What may follow a scalar: the line's end in block context; `,`, `]`, `}` or a key's
    /// colon in flow context.
    private func checkScalarEnd(inFlow: Bool, isPlain: Bool) throws(Declined) {
        let next = byte(at: position)
        if inFlow {
            guard next == comma || next == closeBracket || next == closeBrace || next == colon else { throw Declined() }
        } else {
            guard position == bytes.count || next == lineFeed else { throw Declined() }
        }
    }

    /// Refuses a character the general path treats specially: controls, DEL, C1 controls,
    /// the line and paragraph separators, the byte-order mark, U+FFFE and U+FFFF.
    private func checkCharacter(_ current: UInt8) throws(Declined) {
        if current < 0x20 || current == 0x7F { throw Declined() }
        guard current >= 0x80 else { return }
        let next = byte(at: position + 1), third = byte(at: position + 2)
        switch current {
        case 0xC2 where next >= 0x80 && next <= 0x9F: throw Declined()
        case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): throw Declined()
        case 0xEF where (next == 0xBB && third == 0xBF) || (next == 0xBF && (third == 0xBE || third == 0xBF)): throw Declined()
        default: break
        }
    }

    /// Bytes a plain scalar of this layout may hold: ASCII letters, digits, space and
    /// `-_.()/+` (non-ASCII characters are checked apart). None opens a quote, a comment, an
    /// anchor, a block scalar or a flow collection, or ends a key.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == space || byte == dash
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+")
    }

    /// Whether a plain scalar may start with `first` (then `next`): not with a space or an
    /// indicator, and a dash only before a character that continues the scalar.
    private static func startsPlain(_ first: UInt8, next: UInt8) -> Bool {
        if first >= 0x80 { return true }
        guard isPlainByte(first), first != space, first != UInt8(ascii: ")") else { return false }
        return first != dash || (isPlainByte(next) && next != space)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func index(of key: UnsafeBufferPointer<UInt8>, in allowed: [[UInt8]]) -> Int? {
        allowed.firstIndex { $0.count == key.count && $0.elementsEqual(key) }
    }

    /// The byte at `index`, or 0 past the end (the text holds no NUL).
    private func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }
}
