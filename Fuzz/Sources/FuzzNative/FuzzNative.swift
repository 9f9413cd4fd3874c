import FuzzSupport
import NetGraph

/// Feeds arbitrary bytes to the native (YAML/JSON) reader. Any input must give a graph or a
/// `GraphInputError`; a crash, an ASan report or a hang is a bug. A graph that reads must
/// also write and read back.
func fuzzNative(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = ReadLimits(maxFileBytes: 1 << 20, maxNestingDepth: 64, maxTextLength: 10_000)
    guard let graph = try? NativeGraphReader(limits: limits).read(bytes, file: "fuzz.yaml") else { return 0 }
    let text = NativeGraphWriter(format: .yaml).write(graph)
    do {
        let again = try NativeGraphReader(limits: ReadLimits(maxFileBytes: 1 << 24, maxNestingDepth: 64, maxTextLength: 1 << 20))
            .read(Array(text.utf8), file: "again.yaml")
        precondition(again.entities == graph.entities && again.relations == graph.relations, "round trip changed the graph")
    } catch {
        preconditionFailure("a graph netgraph wrote does not read back: \(error)\n\(text)")
    }
    return 0
}

@_cdecl("FuzzNative_main")
func fuzzNativeMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzNative(data, size) }
}
