/// The file formats netgraph reads and writes.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// The native format, in YAML.
    case yaml
    /// The native format, in JSON.
    case json
    /// Graphviz's DOT language (`.dot`, `.gv`). NetGraph itself does not parse it: the
    /// reader and writer live in NetGraphViz, which links Graphviz.
    case dot

    /// The format a file name's extension implies, if any.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { self = .yaml }
        else if lower.hasSuffix(".json") { self = .json }
        else if lower.hasSuffix(".dot") || lower.hasSuffix(".gv") { self = .dot }
        else { return nil }
    }

    /// Whether this is the native format (YAML or JSON), which ``NativeGraphReader`` and
    /// ``NativeGraphWriter`` handle.
    public var isNative: Bool { self != .dot }
}
