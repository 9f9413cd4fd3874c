import NetGraph

/// How a removed source or status reads in every output: a JSON object, a phrase and a label.
extension Sensitivity.Removal {
    var json: JSONValue {
        switch self {
        case let .source(id): .object([("source", .string(id))])
        case let .status(status): .object([("status", .string(status.rawValue))])
        }
    }

    var text: String {
        switch self {
        case let .source(id): "without source \(id)"
        case let .status(status): "without \(status.rawValue) relations"
        }
    }

    /// "source ID" or "alleged relations".
    var label: String {
        switch self {
        case let .source(id): "source \(id)"
        case let .status(status): "\(status.rawValue) relations"
        }
    }
}
