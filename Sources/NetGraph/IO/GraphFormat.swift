/// The file formats netgraph reads and writes.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// The native format, in YAML.
    case yaml
    /// The native format, in JSON.
    case json
    /// A plain edge list, `SOURCE TARGET [WEIGHT]` per line (read only).
    case edgeList = "edgelist"
    /// GraphML, as NetworkX, igraph and Gephi write it (read only).
    case graphml

    /// The format a file name's extension implies, if any: `.yaml`/`.yml`, `.json`,
    /// `.edges`/`.el`/`.txt` (edge list), `.graphml`.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { self = .yaml }
        else if lower.hasSuffix(".json") { self = .json }
        else if lower.hasSuffix(".edges") || lower.hasSuffix(".el") || lower.hasSuffix(".txt") { self = .edgeList }
        else if lower.hasSuffix(".graphml") { self = .graphml }
        else { return nil }
    }

    /// Whether this is netgraph's own format (YAML or JSON), the one it can write.
    public var isNative: Bool { self == .yaml || self == .json }
}
