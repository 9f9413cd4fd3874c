import Foundation
import NetGraph

/// A ``GraphvizContext`` being made on another thread while the caller does something else,
/// typically reading the graph it is about to draw.
///
/// Graphviz's first drawing in a process pays for loading its plugins and configuring its
/// fonts (fontconfig's cache, Pango's font map), which on a graph of a few hundred nodes is
/// a good part of the whole drawing time. A preparation makes the context and draws a one-node graph
/// with the same engine, format and style on a second thread, so that cost overlaps the
/// reading of the file instead of following it. The drawing that follows is byte for byte
/// the one a fresh context makes: every drawing seeds Graphviz's random generators itself.
///
/// ```swift
/// let preparation = GraphvizPreparation(layout: .dot, format: .svg)
/// let graph = try GraphFile.read(path: "graph.yaml")
/// let svg = try preparation.render(graph, options: RenderOptions(layout: .dot)).data
/// ```
public final class GraphvizPreparation: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the preparing thread before it signals ``finished``; read only after
    /// waiting on it.
    private var outcome: Result<GraphvizContext, RenderError>?

    /// Starts making a context and drawing a one-node graph with `layout` and `format`.
    public init(layout: LayoutEngine = .dot, format: RenderFormat = .svg) {
        let thread = Thread { [self] in
            do throws(RenderError) {
                let context = try GraphvizContext()
                // A failed warm-up drawing is not the caller's failure: their own drawing
                // will meet and report the same problem with their graph.
                // No legend: Graphviz 2.43's dot leaks the skeleton of a one-node cluster.
                if let graph = Self.warmUpGraph {
                    _ = try? context.render(graph, options: RenderOptions(layout: layout, format: format, legend: false))
                }
                outcome = .success(context)
            } catch {
                outcome = .failure(error)
            }
            finished.signal()
        }
        thread.start()
    }

    /// The context, once it is ready.
    /// - Throws: ``RenderError`` when Graphviz could not make a context.
    public func context() throws(RenderError) -> GraphvizContext {
        finished.wait()
        defer { finished.signal() }
        return try outcome!.get()
    }

    /// Draws `graph` as ``GraphvizContext/render(_:options:)`` does, once the context is ready.
    ///
    /// The options are checked and the drawing planned on the calling thread before it waits
    /// for the preparation, so that work, too, overlaps Graphviz's start-up.
    ///
    /// - Throws: ``RenderError``, as ``GraphvizContext/render(_:options:)`` and ``context()`` do.
    public func render(_ graph: Graph, options: RenderOptions = RenderOptions()) throws(RenderError) -> GraphvizContext.Rendering {
        try options.validate(for: graph)
        let plan = DrawingPlan(graph: graph, options: options)
        return try context().render(plan, options: options)
    }

    /// One labelled node: enough to load the engine, the renderer and the fonts.
    private static let warmUpGraph: Graph? = {
        var builder = GraphBuilder(name: "warm-up")
        builder.add(Entity(id: "a", kind: .person, name: "A"))
        return try? builder.build()
    }()
}
