extension Graph {
    /// The subgraph of the entities `keepEntity` accepts and the relations `keepRelation`
    /// accepts between them. Entity and relation order is preserved.
    ///
    /// - Complexity: O(n + m).
    public func subgraph(keepEntity: (Entity) -> Bool, keepRelation: (Relation) -> Bool = { _ in true }) -> Graph {
        let keptEntities = entities.filter(keepEntity)
        let keptIDs = Set(keptEntities.map(\.id))
        let keptRelations = relations.filter { keptIDs.contains($0.from) && keptIDs.contains($0.to) && keepRelation($0) }
        return Graph(name: name, summary: summary, schema: schema, sources: sources,
                     entities: keptEntities, relations: keptRelations)
    }

    /// The graph restricted to some entity kinds, some relation types, and without the
    /// relations of some statuses (`alleged`, `planned`…). A nil or empty set keeps everything.
    public func filtered(kinds: Set<EntityKind>? = nil, relationTypes: Set<RelationType>? = nil,
                         excludingStatuses: Set<RelationStatus> = []) -> Graph {
        let kinds = kinds.flatMap { $0.isEmpty ? nil : $0 }
        let types = relationTypes.flatMap { $0.isEmpty ? nil : $0 }
        if kinds == nil && types == nil && excludingStatuses.isEmpty { return self }
        return subgraph(
            keepEntity: { kinds?.contains($0.kind) ?? true },
            keepRelation: { relation in
                (types?.contains(relation.type) ?? true)
                    && !(relation.status.map(excludingStatuses.contains) ?? false)
            })
    }

    /// The graph as it stood at `date`: entities whose `since`…`until` span overlaps the date,
    /// relations whose `since`…`until` span overlaps it, and one-off relations (with a `date`)
    /// that had happened by then. Undated entities and relations are always kept.
    ///
    /// Partial dates are intervals (`2020` is the whole year), so "valid at 2020" means valid
    /// at some time in 2020.
    public func asOf(_ date: PartialDate) -> Graph {
        func overlaps(_ since: PartialDate?, _ until: PartialDate?) -> Bool {
            (since.map { $0.lowerBound <= date.upperBound } ?? true)
                && (until.map { $0.upperBound >= date.lowerBound } ?? true)
        }
        return subgraph(
            keepEntity: { overlaps($0.since, $0.until) },
            keepRelation: { relation in
                if let happened = relation.date, happened.lowerBound > date.upperBound { return false }
                return overlaps(relation.since, relation.until)
            })
    }
}
