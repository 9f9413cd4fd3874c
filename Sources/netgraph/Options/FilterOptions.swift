import ArgumentParser
import Foundation
import NetGraph

/// Filters that narrow the graph before any command looks at it.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Keep only entities of these kinds (comma-separated or repeated).", valueName: "kind"))
    var kinds: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Keep only relations of these types or families (violence, law-enforcement, cooperation, structure, territory, analysis, other; comma-separated or repeated).", valueName: "type"))
    var relations: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Leave out relations of these types or families (comma-separated or repeated).", valueName: "type"))
    var excludeRelations: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Leave out this entity and its relations (an id, name or alias; repeatable).", valueName: "node"))
    var exclude: [String] = []

    @Option(name: .long, help: ArgumentHelp("Keep only what was valid at this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Keep only what overlaps the window from D1 to D2 (partial dates are whole years or months).", valueName: "D1 D2"))
    var between: [String] = []

    @Option(name: .long, help: ArgumentHelp("Keep or drop relations without any date (default keep; a note says how many were kept).", valueName: "keep|drop"))
    var undated: TimeFilter.UndatedPolicy = .keep

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Leave out relations with these statuses: alleged, planned, proposed, recommended, disputed.", valueName: "status"))
    var excludeStatus: [String] = []

    @Option(name: .long, help: ArgumentHelp("Keep only links that at least N distinct sources support (relations between the same two entities, any type or direction).", valueName: "n"))
    var minSources: Int?

    @Option(name: .long, help: ArgumentHelp("Keep only relations whose source reliability and credibility both meet this grade (A–F then 1–6, e.g. B3); ungraded counts as F or 6.", valueName: "grade"))
    var minGrade: String?

    func validate() throws {
        if let minGrade, Grade(minGrade) == nil {
            throw ValidationError("--min-grade '\(minGrade)' is not a grade: a letter A–F (source reliability) and a digit 1–6 (credibility), e.g. B3")
        }
        if let minSources, minSources < 1 { throw ValidationError("--min-sources must be at least 1") }
        if let asOf, PartialDate(asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if !between.isEmpty {
            guard between.count == 2 else {
                throw ValidationError("--between takes two dates, D1 and D2, not \(between.count)")
            }
            for text in between where PartialDate(text) == nil {
                throw ValidationError("--between '\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            guard timeFilter.isOrdered else {
                throw ValidationError("--between \(between[0]) \(between[1]): the window ends before it starts; give the earlier date first")
            }
            if asOf != nil { throw ValidationError("--as-of and --between cannot be used together") }
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
        let kept = try Self.relationTypes(Self.split(relations), in: graph.schema)
        var leftOut = try Self.relationTypes(Self.split(excludeRelations), in: graph.schema)
        // A family with no type in this schema keeps nothing (an empty set would keep all).
        if !relations.isEmpty && kept.isEmpty { leftOut.formUnion(graph.schema.relations.map(\.type)) }
        let statuses = Set(Self.split(excludeStatus).compactMap(RelationStatus.init(rawValue:)))
        let resolver = NameResolver(graph: graph)
        let excluded = Set(try exclude.map { try resolver.resolve($0) })
        var result = graph.removing(nodes: excluded)
            .filtered(kinds: kindSet, relationTypes: relations.isEmpty ? nil : kept,
                      excludingRelationTypes: leftOut, excludingStatuses: statuses)
        let timed = result.applying(timeFilter)
        result = timed.graph
        if timeFilter.scope != .all && timed.undatedKept > 0 {
            Diagnostics.notice("kept \(timed.undatedKept) undated relation\(timed.undatedKept == 1 ? "" : "s") at every date (--undated drop leaves them out)")
        }
        if timeFilter.isActive { Emit.timeFilter = Self.json(timeFilter, timed) }
        if let minGrade, let grade = Grade(minGrade) { result = result.graded(minimum: grade) }
        // Last, so corroboration counts only the relations the other filters kept.
        if let minSources { result = result.corroborated(minimumSources: minSources) }
        return result
    }

    /// The time filter the options ask for (the whole time line when none is given).
    var timeFilter: TimeFilter {
        var scope = TimeFilter.Scope.all
        if let asOf, let date = PartialDate(asOf) {
            scope = .asOf(date)
        } else if between.count == 2, let from = PartialDate(between[0]), let to = PartialDate(between[1]) {
            scope = .between(from, to)
        }
        return TimeFilter(scope: scope, undated: undated)
    }

    /// The `"time_filter"` member JSON answers carry when a time filter is in effect.
    static func json(_ filter: TimeFilter, _ timed: TimeFilteredGraph) -> JSONValue {
        var members: [(String, JSONValue)] = []
        switch filter.scope {
        case .all: break
        case let .asOf(date): members.append(("as_of", .string(date.description)))
        case let .between(from, to): members.append(("between", .array([.string(from.description), .string(to.description)])))
        }
        members.append(("undated", .string(filter.undated.rawValue)))
        members.append(filter.undated == .keep ? ("undated_kept", .int(timed.undatedKept))
                                               : ("undated_dropped", .int(timed.undatedDropped)))
        return .object(members)
    }

    /// The relation types `names` stand for: each a type of the schema or a family
    /// (``RelationFamily``), which stands for its types; a type of that name wins over a
    /// family. Unknown names are usage errors.
    static func relationTypes(_ names: [String], in schema: Schema) throws -> Set<RelationType> {
        var types: Set<RelationType> = []
        for name in names {
            if schema.declaration(of: RelationType(name)) != nil {
                types.insert(RelationType(name))
            } else if let family = RelationFamily(rawValue: name) {
                types.formUnion(family.types(in: schema))
            } else {
                let families = RelationFamily.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandError.usage("unknown relation type or family '\(name)' (families: \(families))")
            }
        }
        return types
    }

    static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension TimeFilter.UndatedPolicy: ExpressibleByArgument {}
