import Foundation
internal import CGraphviz

/// The one place netgraph calls Graphviz's C API.
///
/// Graphviz keeps global state (its error handler, its string and plugin caches) and is not
/// thread-safe, so every call goes through ``serialized(_:)``, which holds one process-wide
/// lock and collects what Graphviz reports while it is held.
enum GraphvizAdapter {
    /// What Graphviz said during one serialised call.
    struct Report {
        var errors: [String] = []
        var warnings: [String] = []
    }

    private static let lock = NSLock()
    /// Text Graphviz reports through ``collect``; only touched while ``lock`` is held.
    nonisolated(unsafe) private static var collected = ""

    /// Graphviz's error callback: appends to ``collected``. Graphviz calls it in pieces
    /// ("Error", ": ", the message).
    private static let collect: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
        guard let text else { return 0 }
        let piece = String(cString: text)
        GraphvizAdapter.collected += piece
        return Int32(clamping: piece.utf8.count)
    }

    /// Runs `body` holding the Graphviz lock, with warnings and errors captured instead of
    /// printed, and returns its result with what Graphviz reported.
    static func serialized<T>(_ body: () throws -> T) rethrows -> (T, Report) {
        lock.lock()
        defer { lock.unlock() }
        collected = ""
        let previousHandler = agseterrf(collect)
        let previousLevel = agseterr(AGWARN)
        defer {
            _ = agseterr(previousLevel)
            _ = agseterrf(previousHandler)
        }
        let result = try body()
        var report = Report()
        var current: String?
        var isError = false
        func flush() {
            if let message = current?.trimmingCharacters(in: .whitespacesAndNewlines), !message.isEmpty {
                if isError { report.errors.append(message) } else { report.warnings.append(message) }
            }
            current = nil
        }
        for line in collected.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Error: ") {
                flush()
                isError = true
                current = String(line.dropFirst(7))
            } else if line.hasPrefix("Warning: ") {
                flush()
                isError = false
                current = String(line.dropFirst(9))
            } else if current != nil {
                current! += "\n" + line
            } else {
                isError = false
                current = String(line)
            }
        }
        flush()
        collected = ""
        return (result, report)
    }

    // MARK: Context

    static func newContext() -> OpaquePointer? {
        serialized { gvContext() }.0
    }

    static func freeContext(_ context: OpaquePointer) {
        _ = serialized { gvFreeContext(context) }
    }

    // MARK: Rendering

    /// Builds `plan` as a cgraph graph, lays it out with `engine` and renders it to
    /// `format`, freeing the layout, the graph and Graphviz's buffer before returning.
    /// The C library's random generators are seeded with `seed` first: `sfdp` and `fdp` in
    /// Graphviz 2.42 draw from them beside their `start` seed, so without this a second
    /// drawing in the same process would differ from the first.
    static func render(_ plan: DrawingPlan, engine: String, format: String, seed: Int,
                       context: OpaquePointer) throws(RenderError) -> (Data, [String]) {
        try render(engine: engine, format: format, seed: seed, context: context) {
            guard let graph = plan.name.withCString({ agopen(UnsafeMutablePointer(mutating: $0), netgraph_directed_desc(), nil) }) else {
                return nil
            }
            build(plan, into: graph)
            return graph
        }
    }

    /// Parses DOT `text` (one whole graph, as ``DrawingPlan/canonicalDOT()`` writes) with
    /// cgraph, reading it as ``readDOT(_:keeping:)`` does, and lays it out and renders it as
    /// ``render(_:engine:format:seed:context:)`` does a plan: what `dot -T<format>` would draw
    /// from the text, in this process.
    static func render(dotText text: String, engine: String, format: String, seed: Int,
                       context: OpaquePointer) throws(RenderError) -> (Data, [String]) {
        try render(engine: engine, format: format, seed: seed, context: context) { readGraph(text) }
    }

    private static func render(engine: String, format: String, seed: Int, context: OpaquePointer,
                               making makeGraph: () -> UnsafeMutablePointer<Agraph_t>?) throws(RenderError) -> (Data, [String]) {
        let ((data, failure), report) = serialized { () -> (Data?, String?) in
            guard let graph = makeGraph() else { return (nil, "cannot create the graph") }
            defer { agclose(graph) }
            srand48(seed)
            srand(UInt32(truncatingIfNeeded: seed))
            guard gvLayout(context, graph, engine) == 0 else { return (nil, "layout with \(engine) failed") }
            if Self.removesOverlaps(engine) {
                guard settle(graph, context: context) else { return (nil, "layout with \(engine) failed") }
            }
            defer { gvFreeLayout(context, graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(context, graph, format, &buffer, &length) == 0, let buffer else {
                return (nil, "rendering to \(format) failed")
            }
            defer { gvFreeRenderData(buffer) }
            return (Data(bytes: buffer, count: Int(length)), nil)
        }
        guard let data, report.errors.isEmpty else {
            let said = report.errors.isEmpty ? "" : ": " + report.errors.joined(separator: "; ")
            throw RenderError(.graphviz, "Graphviz: \(failure ?? "rendering failed")\(said)")
        }
        return (data, report.warnings)
    }

    /// Engines netgraph runs with overlap removal (`overlap=false`, see ``DrawingPlan``).
    private static func removesOverlaps(_ engine: String) -> Bool {
        engine == "neato" || engine == "fdp" || engine == "sfdp"
    }

    /// Lays `graph` out again from its own positions written to two decimals, with no overlap
    /// removal: what `neato -n` does with the `pos` attributes `dot -Tdot` writes.
    ///
    /// Graphviz's overlap removal (prism, voronoi) leaves positions that differ in their last
    /// bits from run to run. SVG and PNG never show that, but cairo's PDF writes text
    /// positions to six decimals on a 1/256-point grid, so a tie there came out rounded one
    /// way or the other, and an `sfdp` or `neato` PDF differed between runs. Positions cut to
    /// hundredths of a point are the same on every run, and a layout of the `nop` engine
    /// (`neato -n`, input in points) from them adds no noise of its own.
    private static func settle(_ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer) -> Bool {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        // Rendering to "dot" attaches every position to the graph as a `pos` attribute.
        guard gvRenderData(context, graph, "dot", &buffer, &length) == 0 else { return false }
        if let buffer { gvFreeRenderData(buffer) }
        gvFreeLayout(context, graph)
        set([("overlap", "true"), ("inputscale", "72")], on: UnsafeMutableRawPointer(graph))
        return gvLayout(context, graph, "nop") == 0
    }

    private static func build(_ plan: DrawingPlan, into graph: UnsafeMutablePointer<Agraph_t>) {
        declare(plan.graphAttributes, kind: netgraph_kind_graph(), in: graph)
        declare(plan.nodeDefaults, kind: netgraph_kind_node(), in: graph)
        declare(plan.edgeDefaults, kind: netgraph_kind_edge(), in: graph)
        var handles: [UnsafeMutablePointer<Agnode_t>?] = []
        handles.reserveCapacity(plan.nodes.count)
        for node in plan.nodes {
            let handle = node.name.withCString { agnode(graph, UnsafeMutablePointer(mutating: $0), 1) }
            if let handle { set(node.attributes, on: UnsafeMutableRawPointer(handle)) }
            handles.append(handle)
        }
        for cluster in plan.clusters {
            guard let subgraph = cluster.name.withCString({ agsubg(graph, UnsafeMutablePointer(mutating: $0), 1) }) else { continue }
            set(cluster.attributes, on: UnsafeMutableRawPointer(subgraph))
            for member in cluster.members {
                if let node = handles[member] { _ = agsubnode(subgraph, node, 1) }
            }
        }
        for edge in plan.edges {
            guard let tail = handles[edge.tail], let head = handles[edge.head],
                  let handle = agedge(graph, tail, head, nil, 1) else { continue }
            set(edge.attributes, on: UnsafeMutableRawPointer(handle))
        }
    }

    private static func declare(_ attributes: DrawingPlan.Attributes, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) {
        for (name, value) in attributes {
            name.withCString { n in
                value.withCString { v in
                    _ = agattr(graph, kind, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v))
                }
            }
        }
    }

    private static func set(_ attributes: DrawingPlan.Attributes, on object: UnsafeMutableRawPointer) {
        for (name, value) in attributes {
            name.withCString { n in
                value.withCString { v in
                    "".withCString { empty in
                        _ = agsafeset(object, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v),
                                      UnsafeMutablePointer(mutating: empty))
                    }
                }
            }
        }
    }

    // MARK: Reading DOT

    /// A DOT graph as read by cgraph, reduced to what netgraph keeps.
    struct ParsedDOT {
        /// The requested attributes an object has, empty values left out: one slot per name
        /// asked for, since a dictionary per node and edge was a fifth of reading a large file
        /// (perf).
        struct Values {
            let names: [String]
            var values: [String?]

            init(names: [String]) {
                self.names = names
                values = Array(repeating: nil, count: names.count)
            }

            subscript(name: String) -> String? {
                for index in names.indices where names[index] == name { return values[index] }
                return nil
            }

            /// The value of the name at `slot` in ``names``.
            subscript(slot slot: Int) -> String? { values[slot] }
        }

        struct Node {
            var name: String
            var attributes: Values
        }

        struct Edge {
            var tail: Int
            var head: Int
            var attributes: Values
        }

        var name: String
        var isDirected: Bool
        var attributes: Values
        var nodes: [Node]
        var edges: [Edge]
    }

    /// The attributes `readDOT` asks Graphviz for; any other attribute in the text is never
    /// read out of Graphviz.
    struct DOTAttributeNames {
        var graph: [String]
        var node: [String]
        var edge: [String]
    }

    /// Parses DOT text with cgraph's `agread` over a memory channel, keeping node names, edge
    /// endpoints and the named attributes. Nodes and edges come in the order cgraph created
    /// them.
    ///
    /// cgraph's scanner keeps state between reads (see ``DOTTextOutline``): `text` must end
    /// with the `}` that closes its graph, or be text cgraph fails on, and must not end
    /// inside a quoted string, HTML string or comment. The line count and the file name a
    /// `#line` directive may have set are reset before each read, and when cgraph returns a
    /// graph without having flushed its scanner, the rest of the text is read on to its end.
    ///
    /// - Throws: the messages Graphviz gave when the text is not DOT.
    static func readDOT(_ text: String, keeping names: DOTAttributeNames) throws(RenderError) -> ParsedDOT {
        let (parsed, report) = serialized { () -> ParsedDOT? in
            guard let graph = readGraph(text) else { return nil }
            defer { agclose(graph) }
            return extract(graph, keeping: names)
        }
        guard let parsed, report.errors.isEmpty else {
            let said = report.errors.isEmpty ? "not a DOT graph" : report.errors.joined(separator: "; ")
            throw RenderError(.graphviz, said)
        }
        return parsed
    }

    /// The first graph of `text`, read by cgraph through netgraph's own memory channel
    /// with the line count reset, the scanner left with nothing of `text` in it; nil when
    /// cgraph read none (its messages are in ``collected``). Call inside ``serialized(_:)``.
    private static func readGraph(_ text: String) -> UnsafeMutablePointer<Agraph_t>? {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { characters in
                var channel = netgraph_text_channel(data: characters.baseAddress, length: characters.count, position: 0)
                agsetfile(nil)
                // With no graph, cgraph has flushed its scanner: what is left in the
                // channel no longer starts at a token and must not be read.
                guard let graph = netgraph_read_channel(&channel) else { return nil }
                readToTheEnd(&channel)
                return graph
            }
        }
    }

    /// Node names, edge endpoints and the named attributes of a graph cgraph read.
    private static func extract(_ graph: UnsafeMutablePointer<Agraph_t>, keeping names: DOTAttributeNames) -> ParsedDOT {
        let graphObject = UnsafeMutableRawPointer(graph)
        var result = ParsedDOT(name: string(agnameof(graphObject)) ?? "", isDirected: agisdirected(graph) != 0,
                               attributes: attributes(names.graph, of: graphObject), nodes: [], edges: [])
        var indexByNode: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
        var node = agfstnode(graph)
        while let current = node {
            let object = UnsafeMutableRawPointer(current)
            indexByNode[current] = result.nodes.count
            result.nodes.append(.init(name: string(agnameof(object)) ?? "", attributes: attributes(names.node, of: object)))
            node = agnxtnode(graph, current)
        }
        var edges: [(UInt, ParsedDOT.Edge)] = []
        node = agfstnode(graph)
        while let current = node {
            var edge = agfstout(graph, current)
            while let e = edge {
                if let tail = netgraph_edge_tail(e).flatMap({ indexByNode[$0] }),
                   let head = netgraph_edge_head(e).flatMap({ indexByNode[$0] }) {
                    edges.append((UInt(netgraph_edge_sequence(e)),
                                  .init(tail: tail, head: head, attributes: attributes(names.edge, of: UnsafeMutableRawPointer(e)))))
                }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, current)
        }
        result.edges = edges.sorted { $0.0 < $1.0 }.map(\.1)
        return result
    }

    /// When bison's stack overflows ("memory exhausted"), cgraph gives up with its graph
    /// half built and, since it then returns that graph, does not flush its scanner: the
    /// rest of the text would be read as the start of the next read's text. Reading on from
    /// the same channel makes the scanner consume the rest itself, to the end of the text:
    /// cgraph fails on it and skips to that end (or reads a graph from it, closed at once,
    /// and goes on), where the scanner is outside any string or comment because
    /// ``DOTTextOutline`` refuses texts that end inside one. After a complete read the
    /// channel is empty and this read ends at once. It is never done after cgraph returned
    /// no graph: cgraph has then flushed its scanner's buffer, so the channel's rest may
    /// start inside a string (found by FuzzDOT).
    /// Anything Graphviz says meanwhile is not about the caller's text and is dropped.
    private static func readToTheEnd(_ channel: inout netgraph_text_channel) {
        let said = collected
        while let stale = netgraph_read_channel(&channel) { agclose(stale) }
        collected = said
    }

    private static func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func attributes(_ names: [String], of object: UnsafeMutableRawPointer) -> ParsedDOT.Values {
        var result = ParsedDOT.Values(names: names)
        for (index, name) in names.enumerated() {
            let value = name.withCString { agget(object, UnsafeMutablePointer(mutating: $0)) }
            if let text = string(value), !text.isEmpty { result.values[index] = text }
        }
        return result
    }
}
