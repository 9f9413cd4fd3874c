import NetGraph

/// `keyplayers`: the set of entities whose removal fragments the graph most, or who reach
/// the most within some steps, with how the set was searched.
struct KeyPlayersResult: CommandResult {
    let graph: Graph
    let mode: NetGraphCommand.KeyPlayers.Mode
    let k: Int
    let depth: Int
    let method: KeyPlayerSearch
    /// How many sets of `k` the candidates allow.
    let sets: Double
    let candidateKinds: Set<EntityKind>
    let found: (members: [Int], score: Double)

    func json() -> JSONDocument {
        return .value(.object([
            ("mode", .string(mode.rawValue)), ("k", .int(k)), ("depth", .int(depth)),
            ("search", .string(method.name)), ("sets", sets < 9e15 ? .int(Int(sets)) : .double(sets)),
            ("candidates", candidateKinds.isEmpty ? .null : .array(candidateKinds.sorted().map { .string($0.rawValue) })),
            ("score", .double(found.score)),
            ("players", .array(found.members.map { node in
                return .object([("id", .string(graph.id(ofNode: node))), ("label", .string(graph.name(ofNode: node))),
                                ("kind", .string(graph.kind(ofNode: node).rawValue))])
            })),
        ]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["id", "label", "kind"])
        for node in found.members {
            table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue])
        }
        return table
    }

    func display() -> [DisplayBlock] {
        let what = switch mode {
        case .fragment: "fragmentation after removal"
        case .distanceFragment: "distance-weighted fragmentation after removal"
        case .reach: "share reached within \(depth) step\(depth == 1 ? "" : "s")"
        }
        var table = TextTable(["id", "name", "kind"])
        for node in found.members {
            table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue])
        }
        return [.title("\(what): \(found.score.tableDescription)"), .table(table)]
    }
}
