import NetGraph

/// `structure`: the graph's cohesion and weak points — density, clustering, cores,
/// articulation points, bridges, and the largest component's diameter and radius.
struct StructureResult: CommandResult {
    let graph: Graph
    let simple: AnalysisGraph
    let points: [Int]
    let bridges: [(Int, Int)]
    let cores: CoreNumber
    let clustering: Clustering
    let transitivity: Double
    let largest: Int
    /// Nil when the distances were skipped (`--no-distances`).
    let extent: Eccentricity?

    private func id(_ v: Int) -> String { graph.id(ofNode: v) }
    private func name(_ v: Int) -> String { graph.name(ofNode: v) }

    func json() -> JSONDocument {
        .value(.object([
            ("nodes", .int(simple.nodeCount)), ("edges", .int(simple.edgeCount)),
            ("density", .double(simple.density)),
            ("articulation_points", .array(points.map { .string(id($0)) })),
            ("bridges", .array(bridges.map { .array([.string(id($0.0)), .string(id($0.1))]) })),
            ("core", .object([
                ("max", .int(cores.maxCore)),
                ("members", .array(cores.maxCoreMembers.map { .string(id($0)) })),
                ("numbers", .object(cores.values.enumerated().map { (id($0.offset), .int(Int($0.element))) })),
            ])),
            ("average_clustering", .double(clustering.average)),
            ("transitivity", .double(transitivity)),
            ("largest_component", .object([("nodes", .int(largest)), ("diameter", extent.map { .int($0.diameter) } ?? .null),
                                           ("radius", extent.map { .int($0.radius) } ?? .null)])),
        ]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["key", "value"])
        table.add(["nodes", String(simple.nodeCount)])
        table.add(["edges", String(simple.edgeCount)])
        table.add(["density", "\(simple.density)"])
        table.add(["articulation_points", points.map(id).joined(separator: ";")])
        table.add(["bridges", bridges.map { "\(id($0.0))|\(id($0.1))" }.joined(separator: ";")])
        table.add(["max_core", String(cores.maxCore)])
        table.add(["max_core_members", cores.maxCoreMembers.map(id).joined(separator: ";")])
        table.add(["average_clustering", "\(clustering.average)"])
        table.add(["transitivity", "\(transitivity)"])
        table.add(["largest_component", String(largest)])
        table.add(["diameter", extent.map { String($0.diameter) } ?? ""])
        table.add(["radius", extent.map { String($0.radius) } ?? ""])
        return table
    }

    func display() -> [DisplayBlock] {
        var table = TextTable(["measure", "value"])
        table.add(["nodes", String(simple.nodeCount)])
        table.add(["edges", String(simple.edgeCount)])
        table.add(["density", simple.density.tableDescription])
        table.add(["average clustering", clustering.average.tableDescription])
        table.add(["transitivity", transitivity.tableDescription])
        table.add(["largest component", extent.map { "\(largest) nodes, diameter \($0.diameter), radius \($0.radius)" }
                   ?? "\(largest) nodes (distances skipped)"])
        table.add(["max k-core", "k = \(cores.maxCore): \(cores.maxCoreMembers.map(name).joined(separator: ", "))"])
        table.add(["articulation points", points.isEmpty ? "none" : points.map(name).joined(separator: ", ")])
        table.add(["bridges", bridges.isEmpty ? "none" : bridges.map { "\(name($0.0)) – \(name($0.1))" }.joined(separator: "; ")])
        return [.table(table)]
    }
}
