import Yams

/// A node composed by ``YAMLSubsetComposer``: a mapping, a sequence or a scalar, and where
/// it starts.
struct YAMLSubsetNode {
    var content: YAMLSubsetContent
    var line: Int
    var column: Int

    init(content: YAMLSubsetContent, at mark: (line: Int, column: Int)) {
        self.content = content
        self.line = mark.line
        self.column = mark.column
    }
}

extension YAMLSubsetNode: YAMLDocumentNode {
    var mappingPairs: [(key: YAMLSubsetNode, value: YAMLSubsetNode)]? {
        if case .mapping(let pairs) = content { return pairs.map { ($0.key, $0.value) } }
        return nil
    }

    var sequenceItems: [YAMLSubsetNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    var coreSchemaTag: Tag.Name? {
        guard case .scalar(let text, let isPlain) = content else { return nil }
        return isPlain ? CoreSchemaTag.resolve(text) : .str
    }

    var constructedNumber: Double? {
        guard case .scalar(let text, isPlain: true) = content else { return nil }
        return Node.scalar(Node.Scalar(text, Tag(.implicit), .plain)).float
    }
}

/// What a ``YAMLSubsetNode`` holds.
enum YAMLSubsetContent {
    case mapping([YAMLSubsetPair])
    case sequence([YAMLSubsetNode])
    /// A scalar's text; `isPlain` is false for quoted and block scalars, which are always text.
    case scalar(String, isPlain: Bool)
}

/// One key and its value in a mapping.
struct YAMLSubsetPair {
    var key: YAMLSubsetNode
    var value: YAMLSubsetNode
}
