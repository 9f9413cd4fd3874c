import FuzzSupport
import NetGraph

/// Feeds arbitrary bytes to the GEXF reader (netgraph's XML parser, behind the XML policy it
/// shares with GraphML); a graph that reads must write as GEXF and read back.
func fuzzGEXF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    checkRoundTrip(fuzzBytes(data, size), format: "GEXF",
                   read: { bytes, limits throws(GraphInputError) in try GEXFReader(limits: limits).read(bytes, file: "fuzz.gexf") },
                   write: { GEXFWriter().write($0) })
    return 0
}

@_cdecl("FuzzGEXF_main")
func fuzzGEXFMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzGEXF(data, size) }
}
