/// The file formats netgraph reads and writes.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// The native format, in YAML.
    case yaml
    /// The native format, in JSON.
    case json

    /// The format a file name's extension implies, if any.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { self = .yaml }
        else if lower.hasSuffix(".json") { self = .json }
        else { return nil }
    }
}
