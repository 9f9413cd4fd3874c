import FuzzSupport
import NetGraph

/// Feeds arbitrary bytes to the GraphML reader (netgraph's XML parser, with entity
/// declarations refused first); a graph that reads must write as GraphML and read back.
func fuzzGraphML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    checkRoundTrip(fuzzBytes(data, size), format: "GraphML",
                   read: { bytes, limits throws(GraphInputError) in try GraphMLReader(limits: limits).read(bytes, file: "fuzz.graphml") },
                   write: { GraphMLWriter().write($0) })
    return 0
}

@_cdecl("FuzzGraphML_main")
func fuzzGraphMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzGraphML(data, size) }
}
