import NetGraph

/// The limits a fuzz input is read with: small enough that one input stays fast, large
/// enough for every structure the readers know.
public let fuzzLimits = ReadLimits(maxFileBytes: 1 << 20, maxNestingDepth: 64, maxTextLength: 10_000)

/// The limits netgraph's own output is read back with: a written file may be larger than
/// its input (escapes, keys, headers), so only its size and text length are raised.
public let readBackLimits = ReadLimits(maxFileBytes: 1 << 24, maxNestingDepth: 64, maxTextLength: 1 << 20)

/// The bytes libFuzzer hands a target, copied into an array.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// The check every reader's target makes: `read` must give a graph or a
/// `GraphInputError` for any bytes (a crash, a sanitizer report or a hang is a bug), and a
/// graph it gives must be written by `write` and read back by `read` as a graph `same`
/// accepts. `write` returns nil for a graph the format refuses with an error (an edge list
/// cannot hold an id with white space).
///
/// - Parameters:
///   - bytes: the fuzz input.
///   - format: the format's name, for the failure message.
///   - read: reads bytes with the given limits (``fuzzLimits`` for the input,
///     ``readBackLimits`` for what netgraph wrote).
///   - write: writes a graph in the format.
///   - same: whether the graph read back is the graph written.
public func checkRoundTrip(
    _ bytes: [UInt8], format: String,
    read: (_ bytes: [UInt8], _ limits: ReadLimits) throws(GraphInputError) -> Graph,
    write: (Graph) -> String?,
    same: (_ written: Graph, _ readBack: Graph) -> Bool = sameEntitiesAndRelationCount
) {
    guard let graph = try? read(bytes, fuzzLimits), let text = write(graph) else { return }
    do {
        let again = try read(Array(text.utf8), readBackLimits)
        precondition(same(graph, again), "round trip through \(format) changed the graph\n\(text)")
    } catch {
        preconditionFailure("a \(format) file netgraph wrote does not read back: \(error)\n\(text)")
    }
}

/// Whether two graphs have the same entity ids in the same order and as many relations:
/// what survives every format.
public func sameEntitiesAndRelationCount(_ written: Graph, _ readBack: Graph) -> Bool {
    readBack.entities.map(\.id) == written.entities.map(\.id) && readBack.relations.count == written.relations.count
}
