import ArgumentParser
import Foundation
import NetGraph

/// Filters that narrow the graph before any command looks at it.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Keep only entities of these kinds (comma-separated or repeated).", valueName: "kind"))
    var kinds: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Keep only relations of these types (comma-separated or repeated).", valueName: "type"))
    var relations: [String] = []

    @Option(name: .long, help: ArgumentHelp("Keep only what was valid at this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Leave out relations with these statuses: alleged, planned, proposed, recommended, disputed.", valueName: "status"))
    var excludeStatus: [String] = []

    func validate() throws {
        if let asOf, PartialDate(asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        for status in Self.split(excludeStatus) where RelationStatus(rawValue: status) == nil {
            throw ValidationError("unknown status '\(status)' (known: \(RelationStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    /// The graph with the filters applied; unknown kinds and types are usage errors, so a typo
    /// never silently empties the graph.
    func apply(to graph: Graph) throws -> Graph {
        let kindSet = Set(Self.split(kinds).map { EntityKind($0) })
        for kind in kindSet.sorted() where !graph.schema.contains(kind) {
            throw CommandError.usage("unknown kind '\(kind)' (known: \(graph.schema.kinds.map(\.rawValue).joined(separator: ", ")))")
        }
        let typeSet = Set(Self.split(relations).map { RelationType($0) })
        for type in typeSet.sorted() where graph.schema.declaration(of: type) == nil {
            throw CommandError.usage("unknown relation type '\(type)'")
        }
        let statuses = Set(Self.split(excludeStatus).compactMap(RelationStatus.init(rawValue:)))
        var result = graph.filtered(kinds: kindSet, relationTypes: typeSet, excludingStatuses: statuses)
        if let asOf, let date = PartialDate(asOf) { result = result.asOf(date) }
        return result
    }

    static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
