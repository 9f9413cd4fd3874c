import NetGraph

/// `validate`: whether a file that was read is valid, what it holds, its warnings and, when
/// asked, whether its quotes are found in their documents.
struct ValidateResult: CommandResult {
    let file: String
    let graph: Graph
    let warnings: [String]
    let quotes: QuoteVerification?
    let valid: Bool
    /// The JSON report, the same shape as a file that could not be read gets.
    let report: JSONValue

    func json() -> JSONDocument { .value(report) }

    func records() -> CSVTable {
        var table = CSVTable(["file", "valid", "entities", "relations", "sources", "warnings"])
        table.add([file, String(valid), String(graph.nodeCount), String(graph.relationCount), String(graph.sources.count), String(warnings.count)])
        return table
    }

    func display() -> [DisplayBlock] {
        var blocks: [DisplayBlock] = [.title("\(file): valid — \(graph.nodeCount) entities, \(graph.relationCount) relations, \(graph.sources.count) sources"
                                             + (warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"))]
        if let quotes {
            blocks.append(.line("quotes: \(quotes.found) of \(quotes.checked) found in their documents"
                                + (quotes.unchecked > 0 ? ", \(quotes.unchecked) unchecked (their source names no file)" : "")
                                + (quotes.unreadable > 0 ? ", \(quotes.unreadable) not checked (their document cannot be read)" : "")))
        }
        return blocks
    }
}
