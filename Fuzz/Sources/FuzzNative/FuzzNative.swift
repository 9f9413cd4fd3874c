import FuzzSupport
import NetGraph

/// Feeds arbitrary bytes to the native (YAML/JSON) reader; a graph that reads must write as
/// YAML and read back equal, entity for entity and relation for relation.
func fuzzNative(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    checkRoundTrip(fuzzBytes(data, size), format: "YAML",
                   read: { bytes, limits throws(GraphInputError) in try NativeGraphReader(limits: limits).read(bytes, file: "fuzz.yaml") },
                   write: { NativeGraphWriter(format: .yaml).write($0) },
                   same: { $1.entities == $0.entities && $1.relations == $0.relations })
    return 0
}

@_cdecl("FuzzNative_main")
func fuzzNativeMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzNative(data, size) }
}
