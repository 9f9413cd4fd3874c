import NetGraph

/// `components`: the groups, largest first, each listed by its members.
struct ComponentsResult: CommandResult {
    let graph: Graph
    let members: [[Int]]
    let strong: Bool

    func json() -> JSONDocument {
        .written(head: [], key: "components", count: members.count) { index, json in
            json.beginArray()
            for node in members[index] { json.string(graph.id(ofNode: node)) }
            json.endArray()
        }
    }

    func display() -> [DisplayBlock] {
        var table = TextTable(["#", "size", "members"], numeric: [0, 1])
        for (index, component) in members.enumerated() {
            table.add([String(index + 1), String(component.count), component.map { graph.name(ofNode: $0) }.joined(separator: ", ")])
        }
        let kind = strong ? "strongly connected component" : "connected component"
        return [.title("\(members.count) \(kind)\(members.count == 1 ? "" : "s")"), .table(table)]
    }

    func records() -> CSVTable {
        var table = CSVTable(["component", "id", "name", "kind"])
        for (index, component) in members.enumerated() {
            for v in component {
                table.add([String(index + 1), graph.id(ofNode: v), graph.name(ofNode: v), graph.kind(ofNode: v).rawValue])
            }
        }
        return table
    }
}
