/// The builder's quick test for a relation with nothing to report, so that its full check —
/// which makes the ends' ids, kinds and type as values to name every problem with its place —
/// runs only for the rows this test cannot clear.
///
/// A row is cleared when both its ends are known entities, its type is declared and allows
/// their kinds, and the source it cites, if any, exists. When a column the test does not
/// read could hold a problem (evidence is required, a weight is not finite, relations carry
/// attributes, or both `since` and `until` are set) no row is cleared, and every row is
/// checked in full as before. The schema is asked whether a type allows two kinds once per
/// combination met, not once per relation.
///
/// Clearing is only a shortcut: a row it clears is one the full check finds nothing in, so
/// the graph and the diagnostics are the same with or without it.
///
/// - Complexity: O(1) per row, after O(types × kinds²) space for the table of combinations
///   (at most 2^20 entries; past that nothing is cleared).
struct RelationClearance {
    private let declarations: [RelationDeclaration?]
    private let kinds: [EntityKind]
    private let clearsRows: Bool
    /// Per (type, source kind, target kind) code: 0 not asked yet, 1 allowed, 2 not.
    private var allowed: [UInt8]

    init(declarations: [RelationDeclaration?], kinds: [EntityKind], checksEveryRow: Bool) {
        self.declarations = declarations
        self.kinds = kinds
        let combinations = declarations.count * kinds.count * kinds.count
        clearsRows = !checksEveryRow && combinations <= 1 << 20
        allowed = clearsRows ? [UInt8](repeating: 0, count: combinations) : []
    }

    /// Whether `row` certainly has nothing to report.
    mutating func clears(row: Int, relations: RelationColumns, kindCodes: [UInt16], citedPositions: [Int32?]) -> Bool {
        guard clearsRows else { return false }
        let from = Int(relations.sources[row]), to = Int(relations.targets[row])
        guard from >= 0, to >= 0 else { return false }
        if let cited = relations.sourceCodes[row], citedPositions[Int(cited)] == nil { return false }
        let type = Int(relations.typeCodes[row])
        let fromKind = Int(kindCodes[from]), toKind = Int(kindCodes[to])
        let combination = (type * kinds.count + fromKind) * kinds.count + toKind
        if allowed[combination] == 0 {
            let allows = declarations[type]?.allows(from: kinds[fromKind], to: kinds[toKind]) ?? false
            allowed[combination] = allows ? 1 : 2
        }
        return allowed[combination] == 1
    }
}
