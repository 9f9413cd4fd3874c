/// One relation described in full, as a profile, a query or a comparison of two actors lists
/// it: its ends, type, time, status, the document and words it rests on, and its attributes.
///
/// ``id`` is the relation's position in the graph file's list of relations, counted from 0,
/// so it names the same relation whatever filters made the graph it was found in (on the
/// unfiltered graph it is the index of `graph.relations`).
public struct RelationRecord: Hashable, Sendable {
    /// Which way a relation reads as seen from one of its ends.
    public enum Direction: String, Hashable, Sendable {
        /// Written from the entity it is seen from.
        case outgoing = "out"
        /// Written towards the entity it is seen from.
        case incoming = "in"
        /// Of an undirected type (an alliance, a rivalry): no way to read it.
        case undirected
    }

    /// The relation's index in the graph it was found in.
    public var relation: Int
    /// The relation's position in its file (see the type's discussion).
    public var id: Int
    /// The node the relation reads from.
    public var from: Int
    /// The node the relation reads to.
    public var to: Int
    public var type: RelationType
    public var isDirected: Bool
    public var interval: RelationInterval
    public var status: RelationStatus?
    public var source: Source?
    public var quote: String?
    public var weight: Double?
    public var attributes: [String: AttributeValue]

    /// The relation's grade: its source's reliability and its `credibility` attribute.
    public var grade: Grade {
        Grade(reliability: source?.reliability,
              credibility: attributes[Grade.credibilityAttribute].flatMap(Grade.credibility(of:)))
    }

    /// How the relation reads as seen from `node`, one of its ends.
    public func direction(from node: Int) -> Direction {
        if !isDirected { return .undirected }
        return from == node ? .outgoing : .incoming
    }

    /// The end that is not `node` (`node` itself for a self-loop).
    public func other(than node: Int) -> Int { from == node ? to : from }
}

extension Graph {
    /// The position of relation `r` in the file the graph was read from, counted from 0;
    /// views keep it, so it names one relation across filters.
    public func fileIndex(ofRelation r: Int) -> Int { relationRow(r) }

    /// Relation `r` described in full.
    ///
    /// - Complexity: O(number of the relation's attributes).
    public func record(ofRelation r: Int) -> RelationRecord {
        RelationRecord(relation: r, id: fileIndex(ofRelation: r), from: Int(relationSources[r]), to: Int(relationTargets[r]),
                       type: type(ofRelation: r), isDirected: isDirected(relation: r), interval: interval(ofRelation: r),
                       status: status(ofRelation: r), source: source(ofRelation: r), quote: quote(ofRelation: r),
                       weight: weight(ofRelation: r), attributes: attributes(ofRelation: r))
    }

    /// The relations that have `node` at one end, in relation order.
    ///
    /// - Complexity: O(m).
    public func relations(touching node: Int) -> [Int] {
        let node = Int32(node)
        return (0..<relationCount).filter { relationSources[$0] == node || relationTargets[$0] == node }
    }
}
