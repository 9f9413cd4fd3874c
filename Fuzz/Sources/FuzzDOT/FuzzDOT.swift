import FuzzSupport
import NetGraph
import NetGraphViz

/// Feeds arbitrary bytes to the DOT reader, which parses with Graphviz's `agmemread`
/// (libcgraph, built without sanitizers, so ASan sees its heap through the interceptors:
/// overflows into memory netgraph handed it, double frees and leaks). A graph that reads
/// must write as DOT and read back with the same entities.
///
/// cgraph's scanner and parser keep state in static variables, so after every input two
/// fixed texts (a graph and a syntax error) are read again and must give what they gave in
/// the process's first read: no input may change a later read.
func fuzzDOT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let firstReadings = referenceReadings
    checkRoundTrip(fuzzBytes(data, size), format: "DOT",
                   read: { bytes, limits throws(GraphInputError) in try DOTGraphReader(limits: limits).read(bytes, file: "fuzz.dot") },
                   write: { DOTGraphWriter().write($0) })
    precondition(readReferences() == firstReadings, "a DOT input changed how later DOT text reads")
    return 0
}

/// What the reference texts gave in the process's first read (a global, so it is computed
/// on the first call, before any fuzz input is read).
let referenceReadings = readReferences()

func readReferences() -> [String] {
    let texts = ["digraph net {\n  a -> b [weight=2];\n  b -> c;\n  c [label=\"C \\\"quoted\\\"\"];\n}\n",
                 "digraph {\n  a -> b;\n  -> c;\n}\n"]
    return texts.map { text in
        do {
            let graph = try DOTGraphReader().read(Array(text.utf8), file: "reference.dot")
            let entities = graph.entities.map { entity in "\(entity.id)=\(entity.name)" }
            let relations = graph.relations.map { relation in "\(relation.from)>\(relation.to):\(String(describing: relation.weight))" }
            return "\(graph.name) \(entities) \(relations)"
        } catch {
            return "\(error)"
        }
    }
}

@_cdecl("FuzzDOT_main")
func fuzzDOTMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzDOT(data, size) }
}
