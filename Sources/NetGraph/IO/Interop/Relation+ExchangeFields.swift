extension Relation {
    /// The relation's optional fields as the JSON exchange formats (node-link, Cytoscape.js)
    /// write them, in a fixed order; the cited document is `cited_source`, since `source` is
    /// the edge's start in both formats.
    var exchangeFields: [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = []
        if let weight { fields.append(("weight", .double(weight))) }
        if let date { fields.append(("date", .string(date.description))) }
        if let since { fields.append(("since", .string(since.description))) }
        if let until { fields.append(("until", .string(until.description))) }
        if let status { fields.append(("status", .string(status.rawValue))) }
        if let source { fields.append(("cited_source", .string(source))) }
        if let quote { fields.append(("quote", .string(quote))) }
        if !attributes.isEmpty { fields.append(("attributes", JSONValue(attributes: attributes))) }
        return fields
    }
}
