import FuzzSupport
import NetGraph

/// Feeds arbitrary bytes to the node-link and Cytoscape.js JSON reader, as each dialect; a
/// graph that reads must write in that dialect and read back equal, entity for entity and
/// relation for relation.
func fuzzExchangeJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    checkRoundTrip(bytes, format: "node-link JSON",
                   read: { bytes, limits throws(GraphInputError) in try ExchangeJSONReader(dialect: .nodeLink, limits: limits).read(bytes, file: "fuzz.json") },
                   write: { NodeLinkWriter().write($0) },
                   same: { $1.entities == $0.entities && $1.relations == $0.relations })
    checkRoundTrip(bytes, format: "Cytoscape.js JSON",
                   read: { bytes, limits throws(GraphInputError) in try ExchangeJSONReader(dialect: .cytoscape, limits: limits).read(bytes, file: "fuzz.cyjs") },
                   write: { CytoscapeWriter().write($0) },
                   same: { $1.entities == $0.entities && $1.relations == $0.relations })
    return 0
}

@_cdecl("FuzzExchangeJSON_main")
func fuzzExchangeJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzExchangeJSON(data, size) }
}
