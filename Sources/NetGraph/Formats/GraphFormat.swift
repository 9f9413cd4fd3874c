/// The graph formats netgraph reads and writes.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// The native format, in YAML.
    case yaml
    /// The native format, in JSON.
    case json
    /// A plain edge list, `SOURCE TARGET [WEIGHT]` per line.
    case edgeList = "edgelist"
    /// GraphML, as NetworkX, igraph and Gephi write it; netgraph writes a typed key per field.
    case graphml
    /// GEXF, Gephi's format (see ``GEXFWriter`` and ``GEXFReader``).
    case gexf
    /// NetworkX's node-link JSON (`.nodelink.json`; see ``NodeLinkWriter`` and ``ExchangeJSONReader``).
    case nodeLink = "node-link"
    /// Cytoscape.js JSON, the elements format (`.cyjs`; see ``CytoscapeWriter`` and ``ExchangeJSONReader``).
    case cytoscape
    /// Graphviz's DOT language (`.dot`, `.gv`). NetGraph itself does not parse it: the reader
    /// and writer live in NetGraphViz, which links Graphviz.
    case dot
    /// A folder of CSV files with `neo4j-admin import` headers (see ``CSVGraphFormat``).
    case neo4j
    /// A folder of CSV files in the Spark GraphFrames layout (see ``CSVGraphFormat``).
    case graphframes

    /// The format a file name's extension implies, if any: `.yaml`/`.yml`, `.json`,
    /// `.edges`/`.el`/`.txt` (edge list), `.graphml`, `.gexf`, `.nodelink.json` (node-link
    /// JSON), `.cyjs` (Cytoscape.js JSON), `.dot`/`.gv`. (Reading a `.json` file, the
    /// registry also looks at its top-level members: NetworkX's own node-link and Cytoscape.js
    /// JSON are saved as `.json`.) The CSV
    /// folders have no extension; name them with `--to`/`--input-format`, or pass a folder
    /// holding `nodes.csv` or `vertices.csv` to be read.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { self = .yaml }
        else if lower.hasSuffix(".nodelink.json") { self = .nodeLink }
        else if lower.hasSuffix(".cyjs") { self = .cytoscape }
        else if lower.hasSuffix(".json") { self = .json }
        else if lower.hasSuffix(".edges") || lower.hasSuffix(".el") || lower.hasSuffix(".txt") { self = .edgeList }
        else if lower.hasSuffix(".graphml") { self = .graphml }
        else if lower.hasSuffix(".gexf") { self = .gexf }
        else if lower.hasSuffix(".dot") || lower.hasSuffix(".gv") { self = .dot }
        else { return nil }
    }

    /// Whether this is netgraph's own format (YAML or JSON), which keeps everything.
    public var isNative: Bool { self == .yaml || self == .json }

    /// Whether the format is a folder of files rather than one file.
    public var isFolder: Bool { self == .neo4j || self == .graphframes }

    /// The CSV dialect of a folder format.
    public var csvDialect: CSVGraphFormat? {
        switch self {
        case .neo4j: return .neo4j
        case .graphframes: return .graphframes
        default: return nil
        }
    }
}
