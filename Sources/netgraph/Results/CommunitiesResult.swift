import NetGraph

/// `communities`: the partition found, each community with its members, and its modularity
/// (and, for Leiden, the objective's quality).
struct CommunitiesResult: CommandResult {
    let graph: Graph
    let analysisGraph: AnalysisGraph
    let chosen: CommunityMethod
    let partition: Partition
    let modularity: Double

    func json() -> JSONDocument {
        var header: [(String, JSONValue)] = [("modularity", modularity.isFinite ? .double(modularity) : .null)]
        if case let .leiden(objective, resolution, _, _) = chosen {
            let quality = objective.quality(of: partition, in: analysisGraph, resolution: resolution)
            header += [("objective", .string(objective.rawValue)), ("resolution", .double(resolution)),
                       ("quality", quality.isFinite ? .double(quality) : .null)]
        }
        return .streaming(header, "communities", partition.communities.lazy.enumerated().map { index, members in
            .object([("community", .int(index + 1)), ("size", .int(members.count)),
                     ("members", .array(members.map { node in
                         .object([("id", .string(graph.id(ofNode: node))), ("name", .string(graph.name(ofNode: node))),
                                  ("kind", .string(graph.kind(ofNode: node).rawValue))])
                     }))])
        })
    }

    func records() -> CSVTable {
        var table = CSVTable(["id", "label", "kind", "community"])
        for (index, members) in partition.communities.enumerated() {
            for node in members {
                table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue, String(index + 1)])
            }
        }
        return table
    }

    func display() -> [DisplayBlock] {
        var summary = "\(partition.count) communities, modularity \(modularity.isFinite ? modularity.tableDescription : "undefined (no relations)")"
        if case let .leiden(.cpm, resolution, _, _) = chosen {
            summary += ", CPM quality \(LeidenObjective.cpm.quality(of: partition, in: analysisGraph, resolution: resolution).tableDescription)"
        }
        var table = TextTable(["community", "size", "members"], numeric: [0, 1])
        for (index, members) in partition.communities.enumerated() {
            table.add([String(index + 1), String(members.count), members.map { graph.name(ofNode: $0) }.joined(separator: ", ")])
        }
        return [.title(summary), .table(table)]
    }
}
