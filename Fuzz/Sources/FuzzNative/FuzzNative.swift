import FuzzSupport
@_spi(Testing) import NetGraph

/// Feeds arbitrary bytes to the native (YAML/JSON) reader; a graph that reads must write as
/// YAML and read back equal, entity for entity and relation for relation. And the reader must
/// give the same graph, or the same diagnostics, without its fast path for the writer's
/// layout and when every text is composed by Yams: the fast path and the subset composer it
/// tries first may decline a text but never read it differently. Read as a `.json` file, the
/// same holds for the fast path for the writer's JSON layout.
func fuzzNative(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    var yamsOnly = NativeGraphReader(limits: fuzzLimits)
    yamsOnly.composesWithYamsOnly = true
    let usual = outcome { () throws(GraphInputError) in try NativeGraphReader(limits: fuzzLimits).read(bytes, file: "fuzz.yaml") }
    let reference = outcome { () throws(GraphInputError) in try yamsOnly.read(bytes, file: "fuzz.yaml") }
    var general = NativeGraphReader(limits: fuzzLimits)
    general.skipsFastPath = true
    let withoutFastPath = outcome { () throws(GraphInputError) in try general.read(bytes, file: "fuzz.yaml") }
    if usual != withoutFastPath {
        fatalError("the fast path and the general path read this input differently:\n\(usual)\n---\n\(withoutFastPath)")
    }
    // The same bytes as a `.json` file: checked as JSON, then read with or without the fast
    // path for the writer's JSON layout.
    let json = outcome { () throws(GraphInputError) in
        try NativeGraphReader(limits: fuzzLimits, requiresJSON: true).read(bytes, file: "fuzz.json")
    }
    var jsonGeneral = NativeGraphReader(limits: fuzzLimits, requiresJSON: true)
    jsonGeneral.skipsFastPath = true
    let jsonWithoutFastPath = outcome { () throws(GraphInputError) in try jsonGeneral.read(bytes, file: "fuzz.json") }
    if json != jsonWithoutFastPath {
        fatalError("the JSON fast path and the general path read this input differently:\n\(json)\n---\n\(jsonWithoutFastPath)")
    }
    if usual != reference {
        fatalError("the subset composer and Yams read this input differently:\n\(usual)\n---\n\(reference)")
    }
    checkRoundTrip(bytes, format: "YAML",
                   read: { bytes, limits throws(GraphInputError) in try NativeGraphReader(limits: limits).read(bytes, file: "fuzz.yaml") },
                   write: { NativeGraphWriter(format: .yaml).write($0) },
                   same: { $1.entities == $0.entities && $1.relations == $0.relations })
    return 0
}

/// A read's result as text: the graph written back as YAML, or its diagnostics.
private func outcome(_ read: () throws(GraphInputError) -> Graph) -> String {
    do {
        return NativeGraphWriter().write(try read())
    } catch {
        return error.description
    }
}

@_cdecl("FuzzNative_main")
func fuzzNativeMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzNative(data, size) }
}
