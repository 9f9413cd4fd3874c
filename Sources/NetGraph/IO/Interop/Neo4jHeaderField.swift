/// One column of a `neo4j-admin database import` CSV header, `<name>:<field_type>` as the
/// Neo4j 5 operations manual defines it ("Import header format"): `personId:ID(Person)`,
/// `:START_ID(Person)`, `:TYPE`, `:LABEL`, `born:int`, `roles:string[]`, `name` (a string),
/// and the columns APOC's `apoc.export.csv.all` writes in one file (`_id`, `_labels`,
/// `_start`, `_end`, `_type`, then untyped properties).
struct Neo4jHeaderField: Equatable {
    enum Role: Equatable {
        /// A node's id, in an id space (`ID(Person)`; "" is the global one).
        case id(space: String)
        case startID(space: String)
        case endID(space: String)
        /// Labels: Neo4j's are separated by `;`, APOC's `_labels` are `:A:B`.
        case labels(apoc: Bool)
        case type
        case ignore
        /// A property of a scalar type, or an array of it (`[]`).
        case property(Neo4jHeaderField.ValueType, array: Bool)
    }

    /// The property types Neo4j names; the temporal and spatial ones are kept as their text.
    enum ValueType: String, CaseIterable {
        case int, long, float, double, boolean, byte, short, char, string, point, date
        case localtime, time, localdatetime, datetime, duration, vector

        var isNumber: Bool { [.int, .long, .float, .double, .byte, .short].contains(self) }
    }

    /// The property name (`personId`, `born`); empty for `:TYPE` and the like.
    var name: String
    var role: Role

    /// Parses one header column; nil, with why, when it is not one Neo4j defines.
    /// - Parameter apoc: the header is APOC's one-file export (it has `_id` and `_start`), whose
    ///   `_id`, `_labels`, `_start`, `_end` and `_type` say what a row is.
    static func parse(_ column: String, apoc: Bool) -> Result<Neo4jHeaderField, Problem> {
        if apoc {
            switch column {
            case "_id": return .success(Neo4jHeaderField(name: "", role: .id(space: "")))
            case "_labels": return .success(Neo4jHeaderField(name: "", role: .labels(apoc: true)))
            case "_start": return .success(Neo4jHeaderField(name: "", role: .startID(space: "")))
            case "_end": return .success(Neo4jHeaderField(name: "", role: .endID(space: "")))
            case "_type": return .success(Neo4jHeaderField(name: "", role: .type))
            default: return .success(Neo4jHeaderField(name: column, role: .property(.string, array: false)))
            }
        }
        // `{…}` options (an id's label, a point's CRS, a default time zone) change how Neo4j
        // stores a value, not what it is.
        var text = Substring(column)
        if text.hasSuffix("}"), let brace = text.firstIndex(of: "{") { text = text[..<brace] }
        guard let colon = text.lastIndex(of: ":") else {
            return .success(Neo4jHeaderField(name: String(text), role: .property(.string, array: false)))
        }
        let name = String(text[..<colon])
        var spec = text[text.index(after: colon)...]
        var space = ""
        if spec.hasSuffix(")"), let open = spec.firstIndex(of: "(") {
            space = String(spec[spec.index(after: open)..<spec.index(before: spec.endIndex)])
            spec = spec[..<open]
        }
        switch spec.uppercased() {
        case "ID": return .success(Neo4jHeaderField(name: name, role: .id(space: space)))
        case "START_ID": return .success(Neo4jHeaderField(name: name, role: .startID(space: space)))
        case "END_ID": return .success(Neo4jHeaderField(name: name, role: .endID(space: space)))
        case "LABEL": return .success(Neo4jHeaderField(name: name, role: .labels(apoc: false)))
        case "TYPE": return .success(Neo4jHeaderField(name: name, role: .type))
        case "IGNORE": return .success(Neo4jHeaderField(name: name, role: .ignore))
        default: break
        }
        if !space.isEmpty { return .failure(Problem("'\(column.prefix(60))': only :ID, :START_ID and :END_ID take an id space")) }
        let array = spec.hasSuffix("[]")
        let typeName = array ? spec.dropLast(2) : spec
        guard let type = ValueType(rawValue: typeName.lowercased()) else {
            return .failure(Problem("'\(column.prefix(60))': unknown field type '\(typeName.prefix(40))' (Neo4j's are ID, START_ID, END_ID, LABEL, TYPE, IGNORE and "
                + ValueType.allCases.map(\.rawValue).joined(separator: ", ") + ", with [] for an array)"))
        }
        if name.isEmpty { return .failure(Problem("'\(column.prefix(60))': a property column needs a name before the ':'")) }
        return .success(Neo4jHeaderField(name: name, role: .property(type, array: array)))
    }

    struct Problem: Error, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
