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
