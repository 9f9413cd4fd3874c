import Foundation

/// Columns of text aligned for a terminal: a header row, then one row per item, columns
/// separated by two spaces, numbers right-aligned.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns to right-align (numbers).
    var numericColumns: Set<Int> = []

    init(_ headers: [String], numeric: Set<Int> = []) {
        self.headers = headers
        self.numericColumns = numeric
    }

    /// Adds a row; control characters in a cell are shown escaped (``DisplayText``), so a
    /// name cannot move the cursor or start a row of its own.
    mutating func add(_ row: [String]) { rows.append(row.map { DisplayText.visible($0) }) }

    func rendered() -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                // The last column of text is not padded, so a long cell in it (a component's
                // members) costs no padding on every other row.
                if index == cells.count - 1 && !numericColumns.contains(index) { return cell }
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return numericColumns.contains(index) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// The table as a GitHub pipe table, numbers right-aligned, every cell escaped for
    /// inline Markdown.
    func markdown() -> String {
        func line(_ cells: [String]) -> String { "| " + cells.map(Markdown.inline).joined(separator: " | ") + " |\n" }
        let rule = "|" + headers.indices.map { numericColumns.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        return line(headers) + rule + rows.map(line).joined()
    }
}

/// Comma-separated values as RFC 4180 writes them — fields holding commas, quotes or line
/// breaks are quoted and their quotes doubled — with LF line ends, which spreadsheets and
/// Python's `csv` module read.
struct CSVTable {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: [String]) { self.headers = headers }

    mutating func add(_ row: [String]) { rows.append(row) }

    func rendered() -> String {
        ([headers] + rows).map { $0.map(CSVTable.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// One row as ``rendered()`` writes it, with its line break, for output written a row at
    /// a time.
    static func line(_ row: [String]) -> String {
        row.map(CSVTable.field).joined(separator: ",") + "\n"
    }

    /// One field: formula-like text neutralised (``DisplayText/spreadsheetSafe(_:)``), then
    /// quoted when RFC 4180 needs it.
    static func field(_ text: String) -> String {
        let text = DisplayText.spreadsheetSafe(text)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || text.hasPrefix(" ") || text.hasSuffix(" ") else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
