import Yams

extension JSONValue {
    /// A JSON (or YAML flow) document's value, with object keys in document order.
    /// - Throws: ``GraphInputError`` when the text does not parse, nests deeper than 64
    ///   levels, or uses YAML anchors (see the native format's limits).
    public static func parse(_ text: String, file: String = "<json>") throws(GraphInputError) -> JSONValue {
        try YAMLPreflight.check(text, file: file, limit: maxDepth)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw NativeGraphReader.diagnostic(for: error, file: file)
        } catch {
            throw GraphInputError("cannot parse: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        guard let node else { return .null }
        return try value(of: node, depth: 0, file: file)
    }

    /// Whether `error` is ``parse(_:file:)`` refusing a number out of range (rather than text
    /// that is not JSON), so a caller that words parse failures its own way keeps this one.
    public static func isNumberOutOfRange(_ error: GraphInputError) -> Bool {
        error.diagnostics.first?.message.hasPrefix(numberRangePrefix) == true
    }

    private static let maxDepth = 64
    private static let numberRangePrefix = "the number '"

    private static func value(of node: Node, depth: Int, file: String) throws(GraphInputError) -> JSONValue {
        guard depth < maxDepth else { return .null }
        switch node {
        case .mapping(let mapping):
            var members: [(String, JSONValue)] = []
            for (key, member) in mapping { members.append((key.string ?? "", try value(of: member, depth: depth + 1, file: file))) }
            return .object(members)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            for item in sequence { items.append(try value(of: item, depth: depth + 1, file: file)) }
            return .array(items)
        case .scalar(let scalar):
            switch CoreSchemaTag.of(scalar) {
            case .null: return .null
            case .bool: return .bool(CoreSchemaTag.bool(scalar) ?? false)
            case .int: return node.int.map { .int($0) } ?? .string(scalar.string)
            case .float:
                // A literal that would read as 0 or infinity is refused, not rounded
                // (NumberText); a spelled infinity stays what YAML makes of it.
                let reading = NumberText.read(scalar.string, fallback: node.float)
                if reading == .overflow || reading == .underflow {
                    throw GraphInputError("\(numberRangePrefix)\(scalar.string.prefix(40))' is \(NumberText.problem(reading)!)",
                                          at: SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1))
                }
                return node.float.map { .double($0) } ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .alias:
            return .null
        }
    }
}
