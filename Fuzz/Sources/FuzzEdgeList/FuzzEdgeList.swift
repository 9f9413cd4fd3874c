import FuzzSupport
import NetGraph

/// Feeds arbitrary bytes to both edge-list parsers: the typed reader (`EdgeListReader`) and
/// the analysis scanner (`EdgeListScanner`, in both numberings, and the analysis core built
/// from its result). Each must give a result or a `GraphInputError`;
/// a crash, an ASan report or a hang is a bug. A graph the typed reader accepts must also
/// write (unless an id holds white space the format cannot carry) and read back with the
/// same edges.
func fuzzEdgeList(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let buffer = UnsafeBufferPointer(start: data, count: size)
    // Both numberings, and the analysis core built from what each accepts.
    for numbering in [EdgeListScan.Numbering.firstAppearance, .integerIDs] {
        guard let scan = try? EdgeListScanner.scan(buffer, file: "fuzz.edges", numbering: numbering) else { continue }
        let core = scan.analysisGraph()
        precondition(core.outgoing.checkInvariants(edgeCount: core.edgeCount), "malformed analysis core")
    }
    let limits = ReadLimits(maxFileBytes: 1 << 20, maxNestingDepth: 64, maxTextLength: 10_000)
    guard let graph = try? EdgeListReader(limits: limits).read(Array(buffer), file: "fuzz.edges") else { return 0 }
    // The writer refuses, with an error, ids that hold Unicode white space (a no-break
    // space, a carriage return inside a field), which the reader keeps as written.
    guard let text = try? EdgeListWriter().write(graph) else { return 0 }
    do {
        let again = try EdgeListReader(limits: ReadLimits(maxFileBytes: 1 << 24)).read(Array(text.utf8), file: "again.edges")
        precondition(again.relations.map { [$0.from, $0.to] } == graph.relations.map { [$0.from, $0.to] },
                     "round trip changed the edges")
    } catch {
        preconditionFailure("an edge list netgraph wrote does not read back: \(error)\n\(text)")
    }
    return 0
}

@_cdecl("FuzzEdgeList_main")
func fuzzEdgeListMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzEdgeList(data, size) }
}
