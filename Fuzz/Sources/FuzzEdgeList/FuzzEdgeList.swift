import FuzzSupport
import NetGraph

/// Feeds arbitrary bytes to both edge-list parsers: the analysis scanner
/// (`EdgeListScanner`, in both numberings, and the analysis core built from what each
/// accepts) must give a result or an error, and a graph the typed reader (`EdgeListReader`)
/// accepts must write and read back with the same edges. The writer refuses, with an error,
/// ids that hold Unicode white space (a no-break space, a carriage return inside a field),
/// which the reader keeps as written.
func fuzzEdgeList(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    for numbering in [EdgeListScan.Numbering.firstAppearance, .integerIDs] {
        guard let scan = bytes.withUnsafeBufferPointer({ try? EdgeListScanner.scan($0, file: "fuzz.edges", numbering: numbering) })
        else { continue }
        let core = scan.analysisGraph()
        precondition(core.outgoing.checkInvariants(edgeCount: core.edgeCount), "malformed analysis core")
    }
    checkRoundTrip(bytes, format: "edge list",
                   read: { bytes, limits throws(GraphInputError) in try EdgeListReader(limits: limits).read(bytes, file: "fuzz.edges") },
                   write: { try? EdgeListWriter().write($0) },
                   same: { $1.relations.map { [$0.from, $0.to] } == $0.relations.map { [$0.from, $0.to] } })
    return 0
}

@_cdecl("FuzzEdgeList_main")
func fuzzEdgeListMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzEdgeList(data, size) }
}
