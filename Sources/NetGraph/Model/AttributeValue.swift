/// A free attribute's value, as a graph file writes it: text, a number or a truth value.
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case number(Double)
    case bool(Bool)

    public var description: String {
        switch self {
        case .string(let text): return text
        case .number(let value): return value.shortDescription
        case .bool(let value): return value ? "true" : "false"
        }
    }

    /// The attribute a JSON value stands for: text, a number or a truth value; nil for
    /// `null`, a list or an object, which no attribute holds. The readers that take
    /// attributes as a JSON object (DOT's and the CSV folders' `attributes` cells) share it.
    package init?(json: JSONValue) {
        switch json {
        case .string(let text): self = .string(text)
        case .int(let number): self = .number(Double(number))
        case .double(let number): self = .number(number)
        case .bool(let flag): self = .bool(flag)
        default: return nil
        }
    }

    /// The value as a number when it is one, or text that reads as a finite number
    /// (`"2.5"`; not `"inf"`, nor `"1e-400"`, which would read as 0: see ``NumberText``).
    public var numericValue: Double? {
        switch self {
        case .number(let value): return value
        case .string(let text): return NumberText.finite(text)
        case .bool: return nil
        }
    }
}

extension Double {
    /// The shortest text that reads back as the same number; whole numbers without `.0`.
    public var shortDescription: String {
        if isFinite, rounded() == self, abs(self) < 1e15 { return String(Int64(self)) }
        return "\(self)"
    }
}
