import NetGraph

/// `brokerage`: Gould and Fernandez's roles per entity (counts, expected counts, z-scores),
/// and for the whole graph and each group.
struct BrokerageResult: CommandResult {
    let graph: Graph
    /// What the groups are: `kind`, `community` or an attribute's name.
    let by: String
    let result: GouldFernandez
    /// Every entity's group label, and its name for output.
    let groups: [Int32]
    let groupNames: [String]
    /// The entities listed, most brokerage first.
    let ranked: [Int]

    func json() -> JSONDocument {
        .streaming([("by", .string(by)), ("graph", graphJSON()), ("groups", groupsJSON())],
                   "roles", ranked.lazy.map { jsonRow($0) })
    }

    func records() -> CSVTable {
        let names = Self.columnNames
        var table = CSVTable(["id", "name", "kind", "group"] + names + names.map { "z_\($0)" } + names.map { "expected_\($0)" })
        for node in ranked {
            let identity = [graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue, groupNames[node]]
            let counts: [String] = Self.values(result.counts(of: node)).map(String.init)
            let z: [String] = Self.values(result.zScores(of: node)).map { $0.isFinite ? "\($0)" : "" }
            let expected: [String] = Self.values(result.expected(of: node)).map { $0.isFinite ? "\($0)" : "" }
            table.add(identity + counts + z + expected)
        }
        return table
    }

    func display() -> [DisplayBlock] {
        let headers: [String] = ["id", "name", "group"] + Self.columnNames + ["z total"]
        var text = TextTable(headers, numeric: Set(3..<headers.count))
        for node in ranked {
            let counts: [String] = Self.values(result.counts(of: node)).map(String.init)
            let z = result.zScores(of: node).total
            let identity = [graph.id(ofNode: node), graph.name(ofNode: node), groupNames[node]]
            text.add(identity + counts + [z.isFinite ? z.tableDescription : "—"])
        }
        // The whole graph's roles against the null model (sna's raw.gli, exp.gli, sd.gli, z.gli).
        var whole = TextTable(["whole graph", "count", "expected", "sd", "z"], numeric: [1, 2, 3, 4])
        let rows = zip(zip(Self.columnNames, Self.values(result.graphCounts)),
                       zip(zip(Self.values(result.graphExpected), Self.values(result.graphStandardDeviation)), Self.values(result.graphZScores)))
        for ((role, count), ((expected, sd), z)) in rows {
            whole.add([role, String(count)] + [expected, sd, z].map { $0.isFinite ? $0.tableDescription : "—" })
        }
        return [.table(text), .table(whole)]
    }

    /// The role names in output order, then "total".
    private static let columnNames: [String] = GouldFernandez.Role.outputOrder.map(\.name) + ["total"]

    /// The values in output order, then the total.
    private static func values<Value>(_ values: GouldFernandez.RoleValues<Value>) -> [Value] {
        GouldFernandez.Role.outputOrder.map { values[$0] } + [values.total]
    }

    /// `{"coordinator":z,…,"total":z}`, null where undefined.
    private static func perRole(_ values: GouldFernandez.RoleValues<Double>) -> JSONValue {
        .object(zip(columnNames, Self.values(values)).map { ($0, JSONValue.double($1)) })
    }

    /// The whole graph's counts, their expected values, deviations and z-scores (sna's
    /// `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`).
    private func graphJSON() -> JSONValue {
        .object([("counts", .object(zip(Self.columnNames, Self.values(result.graphCounts)).map { ($0, JSONValue.int($1)) })),
                 ("expected", Self.perRole(result.graphExpected)),
                 ("sd", Self.perRole(result.graphStandardDeviation)),
                 ("z", Self.perRole(result.graphZScores))])
    }

    /// Per group, in order of first appearance: its size and one member's expected counts
    /// and deviations (sna's `exp.grp`, `sd.grp`).
    private func groupsJSON() -> JSONValue {
        let labels = groups, names = groupNames
        var seen: Set<Int32> = []
        var rows: [JSONValue] = []
        for node in labels.indices where seen.insert(labels[node]).inserted {
            let group = rows.count
            rows.append(.object([("group", .string(names[node])), ("size", .int(result.groupSizes[group])),
                                 ("expected", Self.perRole(result.groupExpectedCounts(group))),
                                 ("sd", Self.perRole(result.groupStandardDeviation(group)))]))
        }
        return .array(rows)
    }

    private func jsonRow(_ node: Int) -> JSONValue {
        let counts = result.counts(of: node)
        var members: [(String, JSONValue)] = [("id", .string(graph.id(ofNode: node))), ("kind", .string(graph.kind(ofNode: node).rawValue))]
        for (name, count) in zip(Self.columnNames, Self.values(counts)) { members.append((name, .int(count))) }
        members.append(("z", Self.perRole(result.zScores(of: node))))
        members.append(("expected", Self.perRole(result.expected(of: node))))
        return .object(members)
    }
}

extension GouldFernandez.Role {
    /// The order of the roles in every output: the JSON shape.
    static let outputOrder: [GouldFernandez.Role] = [.coordinator, .itinerant, .gatekeeper, .representative, .liaison]
}
