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
        return value(of: node, depth: 0)
    }

    private static let maxDepth = 64

    private static func value(of node: Node, depth: Int) -> JSONValue {
        guard depth < maxDepth else { return .null }
        switch node {
        case .mapping(let mapping):
            return .object(mapping.map { ($0.key.string ?? "", value(of: $0.value, depth: depth + 1)) })
        case .sequence(let sequence):
            return .array(sequence.map { value(of: $0, depth: depth + 1) })
        case .scalar(let scalar):
            switch CoreSchemaTag.of(scalar) {
            case .null: return .null
            case .bool: return .bool(CoreSchemaTag.bool(scalar) ?? false)
            case .int: return node.int.map { .int($0) } ?? .string(scalar.string)
            case .float: return node.float.map { .double($0) } ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .alias:
            return .null
        }
    }
}
