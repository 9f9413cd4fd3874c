import ArgumentParser
import Foundation
import NetGraph

extension NetGraphCommand {
    /// `netgraph stats`: the size and make-up of a graph.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Count entities and relations by kind and type, components and density.",
            discussion: """
                Components and density are those of the undirected simple graph (parallel relations \
                count once), as NetworkX computes them on nx.Graph.

                Example: netgraph stats --format json
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let analysis = try graph.analysisGraph()
            let components = ConnectedComponents(analysis)
            let kinds = counts((0..<graph.nodeCount).map { graph.kindCode(ofNode: $0) }, names: graph.kindTable.map(\.rawValue),
                               order: graph.schema.kinds.map(\.rawValue))
            let types = counts((0..<graph.relationCount).map { graph.typeCode(ofRelation: $0) }, names: graph.relationTypeTable.map(\.rawValue),
                               order: graph.schema.relations.map(\.type.rawValue))
            let largest = components.sizes.first ?? 0
            StatsResult(graph: graph, kinds: kinds, types: types, componentCount: components.count, largest: largest,
                        density: analysis.density).write(as: options.format)
        }

        private func counts(_ codes: [UInt16], names: [String], order: [String]) -> [(String, Int)] {
            var byCode = [Int](repeating: 0, count: names.count)
            for code in codes { byCode[Int(code)] += 1 }
            var tally: [String: Int] = [:]
            for (code, count) in byCode.enumerated() where count > 0 { tally[names[code], default: 0] += count }
            let known = order.compactMap { key in tally[key].map { (key, $0) } }
            let others = tally.keys.filter { !order.contains($0) }.sorted().map { ($0, tally[$0]!) }
            return known + others
        }
    }
}
