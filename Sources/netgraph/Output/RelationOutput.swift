import NetGraph
import NetGraphViz

/// How every command writes a relation in full (``RelationRecord``): the one place that says
/// which members a relation has in JSON, which columns in CSV and how it reads in a table or
/// in Markdown, so `profile`, `relations`, `common` and `neighbors` agree.
///
/// JSON members are always present, `null` when the relation has no such value, so a script
/// can rely on them: `id` (the relation's position in its file, from 0), `from`/`to` (or,
/// seen from one end, `direction` and `other`), `type`, `family`, `date`, `since`, `until`,
/// `status`, `source`, `grade` (`B3`, `?` for an axis not graded), `quote`, `weight` and
/// `attributes` (an object).
enum RelationOutput {
    /// The relation as a JSON object; seen from `end`, it has `direction` and `other` instead
    /// of `from` and `to`, unless `keepEnds` keeps both.
    static func json(_ record: RelationRecord, in graph: Graph, seenFrom end: Int? = nil, keepEnds: Bool = false,
                     leading: [(String, JSONValue)] = []) -> JSONValue {
        var members: [(String, JSONValue)] = leading + [("id", .int(record.id))]
        if end == nil || keepEnds {
            members += [("from", .string(graph.id(ofNode: record.from))), ("to", .string(graph.id(ofNode: record.to)))]
        }
        if let end {
            members += [("direction", .string(record.direction(from: end).rawValue)),
                        ("other", .string(graph.id(ofNode: record.other(than: end))))]
        }
        members += [
            ("type", .string(record.type.rawValue)), ("family", .string(RelationFamily(record.type).rawValue)),
            ("date", text(record.interval.date?.description)), ("since", text(record.interval.since?.description)),
            ("until", text(record.interval.until?.description)), ("status", text(record.status?.rawValue)),
            ("source", text(record.source?.id)), ("grade", text(record.grade.isGraded ? record.grade.description : nil)),
            ("quote", text(record.quote)),
            ("weight", record.weight.map(JSONValue.double) ?? .null),
            ("attributes", JSONValue(attributes: record.attributes)),
        ]
        return .object(members)
    }

    /// What relations repeat in JSON, encoded once per answer: each relation type's name
    /// (and the name and family, by type code), each direction, and the members of a
    /// relation without time, status, source, quote, weight or attributes; and the relation
    /// ends, taken from the graph once.
    struct JSONTexts {
        let types: [JSONTextWriter.Fragment]
        let typesAndFamilies: [JSONTextWriter.Members]
        /// Whether each type, by code, is directed.
        let directed: [Bool]
        /// Whether every relation is written with ``noDetails``.
        let bare: Bool
        /// The graph's relation ends, taken once per answer: each read of the columns through
        /// the graph retains and releases them.
        let sources: [Int32]
        let targets: [Int32]
        let outgoing = JSONTextWriter.Members([("direction", .string(RelationRecord.Direction.outgoing.rawValue))])
        let incoming = JSONTextWriter.Members([("direction", .string(RelationRecord.Direction.incoming.rawValue))])
        let undirected = JSONTextWriter.Members([("direction", .string(RelationRecord.Direction.undirected.rawValue))])
        let noDetails = JSONTextWriter.Members(
            ["date", "since", "until", "status", "source", "grade", "quote", "weight"].map { ($0, JSONValue.null) }
                + [("attributes", .object([]))])

        init(_ graph: Graph) {
            bare = graph.relationsCarryNoDetails
            sources = graph.relationSources
            targets = graph.relationTargets
            types = graph.relationTypeTable.map { JSONTextWriter.Fragment(string: $0.rawValue) }
            directed = graph.relationTypeTable.map { graph.schema.declaration(of: $0)?.isDirected ?? true }
            typesAndFamilies = graph.relationTypeTable.map {
                JSONTextWriter.Members([("type", .string($0.rawValue)), ("family", .string(RelationFamily($0).rawValue))])
            }
        }

        /// Relation `r`'s type code, without reading the column when the graph has one type:
        /// a long answer visits relations out of order, and each read would be a cache miss.
        func typeCode(of r: Int, in graph: Graph) -> Int {
            types.count == 1 ? 0 : Int(graph.typeCode(ofRelation: r))
        }
    }

    /// Relation `r` as ``json(_:in:seenFrom:keepEnds:leading:)`` (without leading members)
    /// writes it, written straight into `json` from the graph's columns, for answers that list
    /// a relation per entry of a large graph (`neighbors`): no record, no tree of values, and
    /// what relations repeat taken from `texts`.
    static func write(relation r: Int, in graph: Graph, seenFrom end: Int? = nil, keepEnds: Bool = false,
                      texts: JSONTexts, to json: inout JSONTextWriter) {
        let from = Int(texts.sources[r])
        let to = Int(texts.targets[r])
        json.beginObject()
        json.key(MemberName.id); json.int(graph.fileIndex(ofRelation: r))
        if end == nil || keepEnds {
            json.key(MemberName.from); json.string(graph.id(ofNode: from))
            json.key(MemberName.to); json.string(graph.id(ofNode: to))
        }
        let code = texts.typeCode(of: r, in: graph)
        if let end {
            json.members(texts.directed[code] ? (from == end ? texts.outgoing : texts.incoming) : texts.undirected)
            json.key(MemberName.other); json.string(graph.id(ofNode: from == end ? to : from))
        }
        json.members(texts.typesAndFamilies[code])
        if texts.bare {
            json.members(texts.noDetails)
            json.endObject()
            return
        }
        let interval = graph.interval(ofRelation: r)
        let status = graph.status(ofRelation: r)
        let source = graph.source(ofRelation: r)
        let quote = graph.quote(ofRelation: r)
        let weight = graph.weight(ofRelation: r)
        let attributes = graph.attributes(ofRelation: r)
        if !interval.isDated && status == nil && source == nil && quote == nil && weight == nil && attributes.isEmpty {
            json.members(texts.noDetails)
        } else {
            json.key(MemberName.date); json.string(interval.date?.description)
            json.key(MemberName.since); json.string(interval.since?.description)
            json.key(MemberName.until); json.string(interval.until?.description)
            json.key(MemberName.status); json.string(status?.rawValue)
            json.key(MemberName.source); json.string(source?.id)
            let grade = graph.grade(ofRelation: r)
            json.key(MemberName.grade); json.string(grade.isGraded ? grade.description : nil)
            json.key(MemberName.quote); json.string(quote)
            json.key(MemberName.weight); json.number(weight)
            json.key(MemberName.attributes)
            if attributes.isEmpty { json.beginObject(); json.endObject() } else { json.value(JSONValue(attributes: attributes)) }
        }
        json.endObject()
    }

    /// The CSV columns of ``csvRow(_:in:seenFrom:)``.
    static func csvHeaders(seenFrom: Bool) -> [String] {
        ["id"] + (seenFrom ? ["direction", "other", "other_name"] : ["from", "to"])
            + ["type", "family", "date", "since", "until", "status", "source", "grade", "quote", "weight", "attributes"]
    }

    static func csvRow(_ record: RelationRecord, in graph: Graph, seenFrom end: Int? = nil) -> [String] {
        var row = [String(record.id)]
        if let end {
            let other = record.other(than: end)
            row += [record.direction(from: end).rawValue, graph.id(ofNode: other), graph.name(ofNode: other)]
        } else {
            row += [graph.id(ofNode: record.from), graph.id(ofNode: record.to)]
        }
        return row + [record.type.rawValue, RelationFamily(record.type).rawValue,
                      record.interval.date?.description ?? "", record.interval.since?.description ?? "",
                      record.interval.until?.description ?? "", record.status?.rawValue ?? "", record.source?.id ?? "",
                      record.grade.isGraded ? record.grade.description : "", record.quote ?? "", record.weight?.shortDescription ?? "", attributesText(record.attributes)]
    }

    /// `A —leads→ B`, `A ←appointed— B` seen from A, `A —allied-with— B` for an undirected type.
    static func arrow(_ record: RelationRecord, in graph: Graph, seenFrom end: Int? = nil) -> String {
        let near = end ?? record.from
        let far = record.other(than: near)
        let (left, right): (String, String)
        switch record.direction(from: near) {
        case .outgoing: (left, right) = ("—", "→")
        case .incoming: (left, right) = ("←", "—")
        case .undirected: (left, right) = ("—", "—")
        }
        return "\(graph.name(ofNode: near)) \(left)\(record.type)\(right) \(graph.name(ofNode: far))"
    }

    /// The relation's time, status and document in a few words: "2019-10 to 2024, alleged,
    /// source X".
    /// A relation for people: `arrow (details)` labelled by its id, its quote under it when
    /// `quoted`.
    static func entry(_ record: RelationRecord, in graph: Graph, seenFrom end: Int? = nil, quoted: Bool = true) -> DisplayBlock {
        .entry(arrow(record, in: graph, seenFrom: end) + " (" + details(record) + ")", label: String(record.id), quote: quoted ? record.quote : nil)
    }

    static func details(_ record: RelationRecord) -> String {
        var parts: [String] = []
        if let time = record.interval.text { parts.append(time) }
        if let status = record.status { parts.append(status.rawValue) }
        parts.append(record.source.map { "source \($0.id)" } ?? "no source")
        if record.grade.isGraded { parts.append("grade \(record.grade)") }
        if !record.attributes.isEmpty { parts.append(attributesText(record.attributes)) }
        return parts.joined(separator: ", ")
    }

    /// `commodity=cocaine; role=broker`, names in order.
    static func attributesText(_ attributes: [String: AttributeValue]) -> String {
        attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// `→leads`, `←appointed (alleged)`, `allied-with (planned)`: a relation's type as one end
    /// sees it, for a table cell.
    static func shortLabel(_ record: RelationRecord, seenFrom end: Int) -> String {
        let mark: String
        switch record.direction(from: end) {
        case .outgoing: mark = "→"
        case .incoming: mark = "←"
        case .undirected: mark = ""
        }
        return mark + record.type.rawValue + (record.status.map { " (\($0.rawValue))" } ?? "")
    }

    private static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
}
