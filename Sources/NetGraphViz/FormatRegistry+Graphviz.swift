import NetGraph

extension FormatRegistry {
    /// NetGraph's standard registry with DOT, which NetGraphViz reads through Graphviz's own
    /// parser (``DOTGraphReader``) and writes (``DOTGraphWriter``): the registry the `netgraph`
    /// command uses.
    public static let withGraphviz: FormatRegistry = FormatRegistry.standard.adding(
        .dot,
        reader: { bytes, file, limits throws(GraphInputError) in try DOTGraphReader(limits: limits).read(bytes, file: file) },
        fileWriter: { graph, stream in DOTGraphWriter().write(graph, to: &stream) })
}
