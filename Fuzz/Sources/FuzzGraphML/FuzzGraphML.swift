import FuzzSupport
import NetGraph

/// Feeds arbitrary bytes to the GraphML reader (Foundation's XMLParser over libxml2, with
/// entity declarations refused first). Any input must give a graph or a `GraphInputError`;
/// a crash, an ASan report or a hang is a bug. A graph that reads must also write as
/// GraphML and read back.
func fuzzGraphML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = ReadLimits(maxFileBytes: 1 << 20, maxNestingDepth: 64, maxTextLength: 10_000)
    guard let graph = try? GraphMLReader(limits: limits).read(bytes, file: "fuzz.graphml") else { return 0 }
    let text = GraphMLWriter().write(graph)
    do {
        let again = try GraphMLReader(limits: ReadLimits(maxFileBytes: 1 << 24, maxTextLength: 1 << 20))
            .read(Array(text.utf8), file: "again.graphml")
        precondition(again.entities.map(\.id) == graph.entities.map(\.id), "round trip changed the entities")
        precondition(again.relations.count == graph.relations.count, "round trip changed the relations")
    } catch {
        preconditionFailure("a GraphML file netgraph wrote does not read back: \(error)\n\(text)")
    }
    return 0
}

@_cdecl("FuzzGraphML_main")
func fuzzGraphMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzGraphML(data, size) }
}
