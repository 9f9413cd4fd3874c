import Foundation
import NetGraph

/// A Graphviz context: the handle that holds Graphviz's plugins (layout engines, renderers),
/// made once and reused for every drawing. It frees the handle when it goes away.
///
/// Every call into Graphviz, from any context, is serialised through one lock (Graphviz is
/// not thread-safe), so a context may be shared between threads.
///
/// ```swift
/// let graphviz = try GraphvizContext()
/// let svg = try graphviz.render(graph, options: RenderOptions(layout: .dot, format: .svg)).data
/// ```
public final class GraphvizContext: @unchecked Sendable {
    /// A drawing and what Graphviz warned about while making it.
    public struct Rendering: Sendable {
        public var data: Data
        public var warnings: [String]
    }

    private let handle: OpaquePointer

    /// Makes a context with the plugins Graphviz finds installed.
    /// - Throws: ``RenderError`` of kind `graphviz` when Graphviz cannot start.
    public init() throws(RenderError) {
        guard let handle = GraphvizAdapter.newContext() else {
            throw RenderError(.graphviz, "Graphviz could not create a context (is it installed?)")
        }
        self.handle = handle
    }

    deinit { GraphvizAdapter.freeContext(handle) }

    /// Draws `graph`: builds a Graphviz graph from what ``RenderOptions`` asks for (never
    /// from the data's free attributes), lays it out with `options.layout` and renders it to
    /// `options.format` in memory. For ``RenderFormat/canon`` it writes that graph as DOT
    /// text instead, without laying it out.
    ///
    /// The output is deterministic: the same graph and options give the same bytes (the
    /// randomised engines are seeded with `options.seed`).
    ///
    /// - Throws: ``RenderError`` of kind `usage` when the options do not fit the graph, of
    ///   kind `graphviz` with Graphviz's message when layout or rendering fails.
    /// - Complexity: building is O(n + m); layout is the engine's (for `dot`, network simplex
    ///   ranking and crossing minimisation, roughly quadratic in practice).
    public func render(_ graph: Graph, options: RenderOptions = RenderOptions()) throws(RenderError) -> Rendering {
        try options.validate(for: graph)
        return try render(DrawingPlan(graph: graph, options: options), options: options)
    }

    /// Lays out and renders a plan made from `options`.
    func render(_ plan: DrawingPlan, options: RenderOptions) throws(RenderError) -> Rendering {
        if options.format == .canon { return Rendering(data: Data(try plan.canonicalDOT().utf8), warnings: []) }
        let (data, warnings) = try GraphvizAdapter.render(plan, engine: options.layout.rawValue,
                                                          format: options.format.rawValue, seed: options.seed,
                                                          context: handle)
        return Rendering(data: options.format == .pdf ? PDFCreationDate.fixed(in: data) : data, warnings: warnings)
    }

    /// Lays out DOT text and renders it with `options.layout`, `format` and `seed`, as
    /// Graphviz's own command would: how tests check that a ``RenderFormat/canon`` text draws
    /// what netgraph draws.
    func render(dotText: String, options: RenderOptions) throws(RenderError) -> Rendering {
        let (data, warnings) = try GraphvizAdapter.render(dotText: dotText, engine: options.layout.rawValue,
                                                          format: options.format.rawValue, seed: options.seed,
                                                          context: handle)
        return Rendering(data: data, warnings: warnings)
    }
}
