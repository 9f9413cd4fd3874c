/// How far a source is trusted: the NATO/Admiralty scale of source reliability (AJP-2.1),
/// A (completely reliable) to E (unreliable), F (reliability cannot be judged).
public enum SourceReliability: String, CaseIterable, Comparable, Sendable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F"

    /// The scale's words for the letter.
    public var meaning: String {
        switch self {
        case .a: "completely reliable"
        case .b: "usually reliable"
        case .c: "fairly reliable"
        case .d: "not usually reliable"
        case .e: "unreliable"
        case .f: "reliability cannot be judged"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A relation's grade on the NATO/Admiralty system: its source's reliability (a letter, on
/// the source) and the credibility of the information itself (a digit, 1 confirmed by other
/// sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be
/// judged; the relation attribute `credibility`). Written `B3`; an axis not graded is `?`.
///
/// An ungraded axis counts as the scale's last step (F, 6: cannot be judged), so it meets no
/// minimum stricter than that.
public struct Grade: Hashable, Sendable, CustomStringConvertible {
    public var reliability: SourceReliability?
    /// 1...6.
    public var credibility: Int?

    /// The credibility digits.
    public static let credibilityRange = 1...6

    /// The attribute that carries a relation's credibility.
    public static let credibilityAttribute = "credibility"

    public init(reliability: SourceReliability?, credibility: Int?) {
        self.reliability = reliability
        self.credibility = credibility
    }

    /// A grade written `B3` (a letter A–F and a digit 1–6).
    public init?(_ text: String) {
        let characters = Array(text)
        guard characters.count == 2, let reliability = SourceReliability(rawValue: String(characters[0]).uppercased()),
              let credibility = Int(String(characters[1])), Self.credibilityRange.contains(credibility) else { return nil }
        self.init(reliability: reliability, credibility: credibility)
    }

    /// Whether the relation is graded at all.
    public var isGraded: Bool { reliability != nil || credibility != nil }

    public var description: String {
        (reliability?.rawValue ?? "?") + (credibility.map(String.init) ?? "?")
    }

    /// Whether both axes are at least as good as `minimum`'s (A before F, 1 before 6); an
    /// ungraded axis counts as F or 6.
    public func meets(_ minimum: Grade) -> Bool {
        (reliability ?? .f) <= (minimum.reliability ?? .f) && (credibility ?? 6) <= (minimum.credibility ?? 6)
    }

    /// The weakest grade of a chain, axis by axis (the two axes are independent): the least
    /// reliable source and the least credible information; an ungraded step makes that
    /// axis ungraded.
    public static func weakest(_ grades: [Grade]) -> Grade {
        guard !grades.isEmpty else { return Grade(reliability: nil, credibility: nil) }
        let reliabilities = grades.map(\.reliability)
        let credibilities = grades.map(\.credibility)
        return Grade(reliability: reliabilities.contains(nil) ? nil : reliabilities.compactMap { $0 }.max(),
                     credibility: credibilities.contains(nil) ? nil : credibilities.compactMap { $0 }.max())
    }

    /// The credibility an attribute value gives, if it is a whole number 1–6.
    static func credibility(of value: AttributeValue) -> Int? {
        guard case let .number(number) = value, number.rounded() == number, credibilityRange.contains(Int(exactly: number) ?? 0) else {
            return nil
        }
        return Int(number)
    }
}

extension Graph {
    /// Relation `r`'s grade: its source's reliability and its `credibility` attribute.
    public func grade(ofRelation r: Int) -> Grade {
        let credibility = attributes(ofRelation: r)[Grade.credibilityAttribute].flatMap(Grade.credibility(of:))
        return Grade(reliability: source(ofRelation: r)?.reliability, credibility: credibility)
    }

    /// The graph without the relations whose grade does not meet `minimum` (see
    /// ``Grade/meets(_:)``); entities stay.
    ///
    /// - Complexity: O(m).
    public func graded(minimum: Grade) -> Graph {
        view(keepingNodes: { _ in true }, relations: { grade(ofRelation: $0).meets(minimum) })
    }
}
