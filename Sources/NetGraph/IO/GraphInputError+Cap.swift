extension GraphInputError {
    /// The number of problems a reader reports before summing up the rest (see ``capped(at:)``).
    public static let reportedProblemLimit = 100

    /// The first `limit` problems, in file order, and one last line counting the rest.
    ///
    /// A file in another tool's dialect can fail the same way on every record (one line per
    /// edge and field); past the first hundred, more lines of the same kind bury the few that
    /// explain the file. Unchanged when there are at most `limit` problems.
    public func capped(at limit: Int = GraphInputError.reportedProblemLimit) -> GraphInputError {
        guard diagnostics.count > limit else { return self }
        let rest = diagnostics.count - limit
        var kept = self
        kept.diagnostics = Array(diagnostics.prefix(limit))
        kept.diagnostics.append(Diagnostic("and \(rest) more error\(rest == 1 ? "" : "s") (the first \(limit) are shown)"))
        return kept
    }
}
