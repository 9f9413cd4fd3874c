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
            switch options.format {
            case .json:
                Emit.json(.object([
                    ("nodes", .int(graph.nodeCount)), ("edges", .int(graph.relationCount)),
                    ("kinds", .object(kinds.map { ($0.0, .int($0.1)) })),
                    ("relation_types", .object(types.map { ($0.0, .int($0.1)) })),
                    ("components", .int(components.count)), ("largest_component", .int(largest)),
                    ("density", .double(analysis.density)),
                ]))
            case .csv:
                var table = CSVTable(["key", "value"])
                table.add(["nodes", String(graph.nodeCount)])
                table.add(["edges", String(graph.relationCount)])
                table.add(["components", String(components.count)])
                table.add(["largest_component", String(largest)])
                table.add(["density", "\(analysis.density)"])
                for (kind, count) in kinds { table.add(["kind.\(kind)", String(count)]) }
                for (type, count) in types { table.add(["relation_type.\(type)", String(count)]) }
                Emit.text(table.rendered())
            case .table:
                var summary = TextTable(["graph", graph.name], numeric: [])
                summary.add(["nodes", String(graph.nodeCount)])
                summary.add(["edges", String(graph.relationCount)])
                summary.add(["components", String(components.count)])
                summary.add(["largest component", "\(largest) (\(percent(largest, of: graph.nodeCount)))"])
                summary.add(["density", analysis.density.tableDescription])
                var kindTable = TextTable(["kind", "entities"], numeric: [1])
                for (kind, count) in kinds { kindTable.add([kind, String(count)]) }
                var typeTable = TextTable(["relation type", "relations"], numeric: [1])
                for (type, count) in types { typeTable.add([type, String(count)]) }
                Emit.text(summary.rendered() + "\n" + kindTable.rendered() + "\n" + typeTable.rendered())
            }
        }

        /// Counts of codes naming `names`, in the schema's order, then any others by name; only
        /// non-zero counts.
        private func counts(_ codes: [UInt16], names: [String], order: [String]) -> [(String, Int)] {
            var byCode = [Int](repeating: 0, count: names.count)
            for code in codes { byCode[Int(code)] += 1 }
            var tally: [String: Int] = [:]
            for (code, count) in byCode.enumerated() where count > 0 { tally[names[code], default: 0] += count }
            let known = order.compactMap { key in tally[key].map { (key, $0) } }
            let others = tally.keys.filter { !order.contains($0) }.sorted().map { ($0, tally[$0]!) }
            return known + others
        }

        private func percent(_ part: Int, of whole: Int) -> String {
            whole == 0 ? "0%" : String(format: "%.1f%%", 100 * Double(part) / Double(whole))
        }
    }
}
