extension Graph {
    /// The view that keeps the nodes `keepNode` accepts and, among the relations between them,
    /// those `keepRelation` accepts. Node and relation order are preserved; the view shares
    /// this graph's columns.
    ///
    /// - Complexity: O(n + m) time; O(n + m) space for the kept rows (no text is copied).
    public func view(keepingNodes keepNode: (Int) -> Bool, relations keepRelation: (Int) -> Bool = { _ in true }) -> Graph {
        let storedCount = columns.entities.count
        var nodeOfRow = [Int32](repeating: -1, count: storedCount)
        var keptRows: [Int32] = []
        var nodeOfOwnNode = [Int32](repeating: -1, count: nodeCount)
        for v in 0..<nodeCount where keepNode(v) {
            let row = entityRow(v)
            nodeOfOwnNode[v] = Int32(truncatingIfNeeded: keptRows.count)
            nodeOfRow[row] = Int32(truncatingIfNeeded: keptRows.count)
            keptRows.append(Int32(truncatingIfNeeded: row))
        }
        var relationRows: [Int32] = []
        var sources: [Int32] = []
        var targets: [Int32] = []
        let (ownSources, ownTargets) = (relationSources, relationTargets)
        for r in 0..<relationCount {
            let u = nodeOfOwnNode[Int(ownSources[r])]
            let v = nodeOfOwnNode[Int(ownTargets[r])]
            guard u >= 0, v >= 0, keepRelation(r) else { continue }
            relationRows.append(Int32(truncatingIfNeeded: relationRow(r)))
            sources.append(u)
            targets.append(v)
        }
        return Graph(viewOf: self, entityRows: keptRows, relationRows: relationRows, relationSources: sources,
                     relationTargets: targets, nodeOfRow: nodeOfRow)
    }

    /// The subgraph of the entities `keepEntity` accepts and the relations `keepRelation`
    /// accepts between them, judged on values. Entity and relation order is preserved.
    ///
    /// - Complexity: O(n + m) values made; ``view(keepingNodes:relations:)`` judges indices
    ///   without making values.
    public func subgraph(keepEntity: (Entity) -> Bool, keepRelation: (Relation) -> Bool = { _ in true }) -> Graph {
        let entities = self.entities
        let relations = self.relations
        return view(keepingNodes: { keepEntity(entities[$0]) }, relations: { keepRelation(relations[$0]) })
    }

    /// The graph restricted to some entity kinds, some relation types, and without the
    /// relations of some other types or of some statuses (`alleged`, `planned`…). A nil or
    /// empty set keeps everything.
    ///
    /// - Complexity: O(n + m), on kind, type and status codes.
    public func filtered(kinds: Set<EntityKind>? = nil, relationTypes: Set<RelationType>? = nil,
                         excludingRelationTypes excludedTypes: Set<RelationType> = [],
                         excludingStatuses: Set<RelationStatus> = []) -> Graph {
        let kinds = kinds.flatMap { $0.isEmpty ? nil : $0 }
        let types = relationTypes.flatMap { $0.isEmpty ? nil : $0 }
        if kinds == nil && types == nil && excludedTypes.isEmpty && excludingStatuses.isEmpty { return self }
        let keptKinds = kindTable.map { kinds?.contains($0) ?? true }
        let keptTypes = relationTypeTable.map { (types?.contains($0) ?? true) && !excludedTypes.contains($0) }
        let excludedStatusCodes = [false] + RelationStatus.allCases.map(excludingStatuses.contains)
        let statusCodes = columns.relations.statusCodes
        return view(
            keepingNodes: { keptKinds[Int(kindCode(ofNode: $0))] },
            relations: { r in
                keptTypes[Int(typeCode(ofRelation: r))]
                    && !excludedStatusCodes[Int(statusCodes[relationRow(r)] ?? 0)]
            })
    }

    /// The graph without the entities `nodes` (node indices) and their relations.
    ///
    /// - Complexity: O(n + m).
    public func removing(nodes: Set<Int>) -> Graph {
        nodes.isEmpty ? self : view(keepingNodes: { !nodes.contains($0) })
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
        let entityColumns = columns.entities
        return view(
            keepingNodes: { v in
                let row = entityRow(v)
                return overlaps(entityColumns.since[row], entityColumns.until[row])
            },
            relations: { r in
                let interval = interval(ofRelation: r)
                if let happened = interval.date, happened.lowerBound > date.upperBound { return false }
                return overlaps(interval.since, interval.until)
            })
    }
}
