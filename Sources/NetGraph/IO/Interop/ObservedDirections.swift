/// The direction of each relation type in a file that gives direction per relation (GraphML's
/// and GEXF's `directed` attributes) rather than per type: the first relation of a type
/// declares it, and a later one that disagrees is a problem, since a type has one direction.
struct ObservedDirections {
    private var directionOfType: [RelationType: Bool] = [:]
    /// The type of the relation noted last, and its direction: files list many relations of
    /// one type in a row, and one that repeats it needs no look-up (hashing the type of every
    /// relation was 4% of reading igraph's GraphML, perf).
    private var last: (type: RelationType, directed: Bool)?

    /// Notes a relation of `type`; declares the type in `schema` the first time. Returns the
    /// problem when the type was seen with the other direction.
    mutating func observe(_ type: RelationType, directed: Bool, declaringIn schema: inout Schema) -> String? {
        if let last, last.directed == directed, last.type == type { return nil }
        if let declared = directionOfType[type] {
            guard declared != directed else {
                last = (type, directed)
                return nil
            }
            return "edge of type '\(type.rawValue.prefix(40))' is \(directed ? "directed" : "undirected"), unlike the earlier edges of that type"
        }
        directionOfType[type] = directed
        schema.declare(RelationDeclaration(type, directed: directed))
        last = (type, directed)
        return nil
    }
}
