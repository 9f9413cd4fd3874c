import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph relations`: a query over relations, each with its evidence.
    struct Relations: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "relations",
            abstract: "List the relations that match a query, each with its evidence.",
            discussion: """
                Every condition given must hold. --from X keeps relations written from X and \
                --to Y those written towards Y; a relation of an undirected type (allied-with, \
                rival-of, ...) has no direction and matches either at both of its ends. \
                --between-entities X Y keeps the relations joining X and Y either way. --status \
                takes alleged, planned, proposed, recommended, disputed, or 'stated' for relations \
                stated as fact. --where ATTR=VALUE compares an attribute's value as text \
                (repeatable). The shared filters (--kinds, --relations, --as-of, \
                --exclude-status, ...) apply first. Relations are listed in file order; 'id' is a \
                relation's position in its file, counted from 0.

                Example: netgraph relations --between-entities CJNG "Sinaloa Cartel" --format json
                """)

        @Argument(help: ArgumentHelp("The graph file (default: the bundled graph).", valueName: "graph"))
        var path: String?

        @Option(help: ArgumentHelp("Relations written from this entity (id, name or alias).", valueName: "node"))
        var from: String?

        @Option(help: ArgumentHelp("Relations written towards this entity.", valueName: "node"))
        var to: String?

        @Option(name: .customLong("between-entities"), parsing: .upToNextOption,
                help: ArgumentHelp("Relations joining these two entities, either way.", valueName: "node"))
        var betweenEntities: [String] = []

        @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only these types (comma-separated or repeated).", valueName: "type"))
        var type: [String] = []

        @Option(name: .long, parsing: .singleValue,
                help: ArgumentHelp("Only these statuses: alleged, planned, proposed, recommended, disputed, stated.", valueName: "status"))
        var status: [String] = []

        @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only relations citing these source ids.", valueName: "source"))
        var source: [String] = []

        @Option(name: .customLong("where"), parsing: .singleValue,
                help: ArgumentHelp("Only relations whose attribute has this value (repeatable).", valueName: "attr=value"))
        var conditions: [String] = []

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            if !betweenEntities.isEmpty && betweenEntities.count != 2 {
                throw ValidationError("--between-entities takes two entities")
            }
            for condition in conditions {
                guard let equals = condition.firstIndex(of: "="), equals != condition.startIndex else {
                    throw ValidationError("--where '\(condition)' is not ATTR=VALUE")
                }
            }
            let known = RelationStatus.allCases.map(\.rawValue) + [RelationQuery.statedStatusName]
            for name in FilterOptions.split(status) where !known.contains(name) {
                throw ValidationError("unknown status '\(name)' (known: \(known.joined(separator: ", ")))")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: path))
            let query = try makeQuery(for: graph)
            let matches = query.relations(in: graph).map { graph.record(ofRelation: $0) }
            RelationsResult(graph: graph, matches: matches).write(as: options.format)
        }

        private func makeQuery(for graph: Graph) throws -> RelationQuery {
            let resolver = NameResolver(graph: graph)
            var query = RelationQuery()
            query.from = try from.map { try resolver.resolve($0) }
            query.to = try to.map { try resolver.resolve($0) }
            if betweenEntities.count == 2 {
                query.betweenEntities = (try resolver.resolve(betweenEntities[0]), try resolver.resolve(betweenEntities[1]))
            }
            query.types = Set(FilterOptions.split(type).map { RelationType($0) })
            for type in query.types.sorted() where graph.schema.declaration(of: type) == nil {
                throw CommandError.usage("unknown relation type '\(type)'")
            }
            // 'stated' is the one name validate() lets through that is no status: nil, stated as fact.
            query.statuses = Set(FilterOptions.split(status).map { RelationStatus(rawValue: $0) })
            query.sources = Set(FilterOptions.split(source))
            let known = Set(graph.sources.map(\.id))
            for id in query.sources.sorted() where !known.contains(id) {
                let listed = known.sorted().prefix(8).joined(separator: ", ") + (known.count > 8 ? ", ..." : "")
                throw CommandError.usage("unknown source '\(id)' (sources: \(known.isEmpty ? "none" : listed))")
            }
            for condition in conditions {
                let equals = condition.firstIndex(of: "=")!
                query.attributeValues[String(condition[..<equals])] = String(condition[condition.index(after: equals)...])
            }
            return query
        }
    }
}
