import ArgumentParser

/// How a command prints its answer.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people.
    case table
    /// One JSON document, its shape fixed per command, for scripts.
    case json
    /// RFC 4180 comma-separated values with a header row, for spreadsheets.
    case csv
    /// CommonMark with pipe tables, for pasting into a report.
    case markdown
}
