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
            // Under the modularity objective the quality is the modularity above (the same
            // function and resolution): not computed a second time.
            let quality = objective == .modularity ? modularity : objective.quality(of: partition, in: analysisGraph, resolution: resolution)
            header += [("objective", .string(objective.rawValue)), ("resolution", .double(resolution)),
                       ("quality", quality.isFinite ? .double(quality) : .null)]
        }
        // Written straight into the text: a grid of 90,000 nodes has as many members, and a
        // value tree of them would be made only to be written.
        let communities = partition.communities
        let kinds = EntityKindTexts(graph)
        return .written(head: header, key: "communities", count: communities.count) { index, json in
            json.beginObject()
            json.key(MemberName.community); json.int(index + 1)
            json.key(MemberName.size); json.int(communities[index].count)
            json.key(MemberName.members)
            json.beginArray()
            for node in communities[index] {
                json.beginObject()
                json.key(MemberName.id); json.string(graph.id(ofNode: node))
                json.key(MemberName.name); json.string(graph.name(ofNode: node))
                json.key(MemberName.kind); json.value(kinds.kind(ofNode: node, in: graph))
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
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
