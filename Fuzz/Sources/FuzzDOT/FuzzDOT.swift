import FuzzSupport
import NetGraph
import NetGraphViz

/// Feeds arbitrary bytes to the DOT reader, which parses with Graphviz's `agmemread`
/// (libcgraph, built without sanitizers, so ASan sees its heap through the interceptors:
/// overflows into memory netgraph handed it, double frees and leaks). Any input must give a
/// graph or a `GraphInputError`; a crash, an ASan report or a hang is a bug. A graph that
/// reads must also write as DOT and read back with the same entities.
func fuzzDOT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = ReadLimits(maxFileBytes: 1 << 20, maxNestingDepth: 64, maxTextLength: 10_000)
    guard let graph = try? DOTGraphReader(limits: limits).read(bytes, file: "fuzz.dot") else { return 0 }
    let text = DOTGraphWriter().write(graph)
    do {
        let again = try DOTGraphReader(limits: ReadLimits(maxFileBytes: 1 << 24)).read(Array(text.utf8), file: "again.dot")
        precondition(again.entities.map(\.id) == graph.entities.map(\.id), "round trip changed the entities")
        precondition(again.relations.count == graph.relations.count, "round trip changed the relations")
    } catch {
        preconditionFailure("a DOT file netgraph wrote does not read back: \(error)\n\(text)")
    }
    return 0
}

@_cdecl("FuzzDOT_main")
func fuzzDOTMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzDOT(data, size) }
}
