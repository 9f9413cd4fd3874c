import Yams

/// What the native reader needs of a node of a composed YAML document: its shape, its text
/// and tag if it is a scalar, and where it starts.
///
/// Two composers meet it: ``YAMLSubsetComposer``'s ``YAMLSubsetNode`` for the plain YAML graph
/// files are written in, and Yams' `Node` for everything else. The reader walks either the same
/// way, so a document means the same whichever of them composed it.
protocol YAMLDocumentNode {
    /// A mapping's pairs in document order; nil when the node is not a mapping.
    var mappingPairs: [(key: Self, value: Self)]? { get }
    /// A sequence's items; nil when the node is not a sequence.
    var sequenceItems: [Self]? { get }
    /// A scalar's text; nil when the node is a collection.
    var scalarText: String? { get }
    /// A scalar's tag as YAML's core schema resolves it (`null`, `bool`, `int`, `float`,
    /// `str` or an explicit tag); nil when the node is a collection.
    var coreSchemaTag: Tag.Name? { get }
    /// Where the node starts: line and column (in characters) from 1, as libyaml counts.
    var line: Int { get }
    var column: Int { get }
    /// The number a scalar spells as Yams constructs it (`1_000`, `.inf`, `190:20:30`);
    /// used for spellings Swift's `Double(_:)` does not read.
    var constructedNumber: Double? { get }
}

extension Node: YAMLDocumentNode {
    var mappingPairs: [(key: Node, value: Node)]? { mapping.map(Array.init) }
    var sequenceItems: [Node]? { sequence.map(Array.init) }
    var scalarText: String? { scalar?.string }
    var coreSchemaTag: Tag.Name? { CoreSchemaTag.of(self) }
    var line: Int { mark?.line ?? 1 }
    var column: Int { mark?.column ?? 1 }
    var constructedNumber: Double? { float }
}
