import Foundation
import NetGraph
import NetGraphViz

// Loads the bundled graph of Mexico's security landscape, names its three key players,
// traces the shortest chain between two actors with the evidence for each step, and draws
// that chain highlighted.
let output = CommandLine.arguments.dropFirst().first ?? "out/chain.svg"

do {
    let graph = try BundledGraph.load()
    print("\(graph.name): \(graph.nodeCount) entities, \(graph.relationCount) relations")

    // Key players (Borgatti's KPP-Neg): the 3 whose removal fragments the network most.
    let simple = try graph.analysisGraph()
    let players = Fragmentation.keyPlayers(simple, k: 3)
    print("\nKey players (fragmentation, k = 3): score \(String(format: "%.4f", players.score))")
    for index in players.members {
        let entity = graph.entities[index]
        print("  \(entity.name) (\(entity.kind))")
    }

    // The shortest chain between two actors, found by name, ignoring direction.
    let resolver = NameResolver(graph: graph)
    let from = try resolver.resolve("El Mencho")
    let to = try resolver.resolve("Sheinbaum")
    guard let path = BreadthFirst.shortestPath(from: from, to: to, in: simple) else {
        print("no chain links them")
        exit(1)
    }
    print("\nShortest chain \(graph.entities[from].name) → \(graph.entities[to].name): \(path.hops) steps")
    var chain: [Int] = []
    // The evidence for each step: the relations its edge of the analysis graph stands for.
    for (step, evidence) in graph.evidence(along: path, in: simple).enumerated() {
        let first = evidence[0]
        chain.append(first.relation)
        // Printed as recorded: the relation's own direction, which may run against the walk.
        print("  \(step + 1). \(graph.name(ofNode: first.from)) —\(first.type)→ \(graph.name(ofNode: first.to))")
        if let quote = first.quote { print("     “\(quote)” [\(first.source?.id ?? "no source")]") }
    }

    // The whole graph, drawn with the chain highlighted and the rest faded.
    var options = RenderOptions(layout: .sfdp, format: .svg)
    options.emphasis = .init(nodes: path.nodes, relations: chain)
    let rendering = try GraphvizContext().render(graph, options: options)
    try FileManager.default.createDirectory(at: URL(fileURLWithPath: output).deletingLastPathComponent(),
                                            withIntermediateDirectories: true)
    try rendering.data.write(to: URL(fileURLWithPath: output))
    print("\nWrote \(output)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
