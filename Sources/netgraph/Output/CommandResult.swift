import NetGraph

/// A command's answer, in the three forms every output format is written from.
///
/// A command computes its result with the library, wraps it in a type conforming to this
/// protocol and hands it to ``write(as:)``. No command switches on `--format` itself: a new
/// output format is one more case in ``write(as:)``, written from these forms, and every
/// command has it at once.
protocol CommandResult {
    /// For scripts (`json`): the document, its shape fixed per command.
    func json() -> JSONDocument
    /// For people (`table`, `markdown`): lines, headings and tables in reading order.
    func display() -> [DisplayBlock]
    /// For spreadsheets (`csv`): one flat table, a header row and one row per record.
    func records() -> CSVTable
}

extension CommandResult {
    /// Writes the answer to standard output in `format`.
    func write(as format: OutputFormat) {
        switch format {
        case .json: json().write()
        case .csv: Emit.text(records().rendered())
        case .table: Emit.text(DisplayBlock.text(display()))
        case .markdown: Emit.text(DisplayBlock.markdown(display()))
        }
    }
}

/// A JSON answer: one value, or an object whose last member is a list written as it is
/// produced, so an answer listing every entity of a large graph is never held whole.
enum JSONDocument {
    case value(JSONValue)
    case streaming(head: [(String, JSONValue)], key: String, items: AnySequence<JSONValue>)
    /// `{head…, key: [item 0, …, item count-1]}`, each item written by `item` straight into
    /// the text, for answers with an entry per node of a large graph. Items are written on
    /// every core (``ParallelJSONList``), so `item` reads only what it captures.
    case written(head: [(String, JSONValue)], key: String, count: Int, item: @Sendable (Int, inout JSONTextWriter) -> Void)

    static func streaming(_ head: [(String, JSONValue)], _ key: String, _ items: some Sequence<JSONValue>) -> JSONDocument {
        .streaming(head: head, key: key, items: AnySequence(items))
    }

    func write() {
        switch self {
        case let .value(value): Emit.json(value)
        case let .streaming(head, key, items): Emit.json(head, streaming: key, items)
        case let .written(head, key, count, item): Emit.json(head, writing: key, count: count, item)
        }
    }
}

/// One piece of an answer for people. The plain-text and Markdown writers below are the only
/// places that know how each piece looks; text from the graph is made visible
/// (``DisplayText``) or escaped (``Markdown``) there, not by the commands.
enum DisplayBlock {
    /// The answer's title: a line of its own, a level-2 heading in Markdown.
    case title(String)
    /// A section's heading: after a blank line; in Markdown a level-3 heading, level-4 for a
    /// subsection (`level` 2).
    case heading(String, level: Int = 1)
    /// A sentence on a line of its own; a paragraph in Markdown.
    case line(String)
    /// A fact in a list: a plain line, a bullet in Markdown.
    case bullet(String)
    /// An item listed under a heading — a relation, a step of a chain — with the label that
    /// numbers it in text (`[3]`) and the quotation that backs it.
    case entry(String, label: String? = nil, quote: String? = nil)
    /// A remark on the entries above it: indented like them in text, emphasised in Markdown.
    case note(String)
    /// Aligned columns; a pipe table in Markdown.
    case table(TextTable)

    /// Aligned text for a terminal. Two tables in a row are kept apart by a blank line.
    static func text(_ blocks: [DisplayBlock]) -> String {
        var text = ""
        var previousWasTable = false
        for block in blocks {
            switch block {
            case let .title(line), let .line(line), let .bullet(line):
                text += DisplayText.visible(line) + "\n"
            case let .heading(line, _):
                text += (text.isEmpty ? "" : "\n") + DisplayText.visible(line) + "\n"
            case let .entry(line, label, quote):
                text += "   " + (label.map { "[\(DisplayText.visible($0))] " } ?? "") + DisplayText.visible(line) + "\n"
                if let quote { text += "       “" + DisplayText.visible(quote) + "”\n" }
            case let .note(line):
                text += "   " + DisplayText.visible(line) + "\n"
            case let .table(table):
                if previousWasTable { text += "\n" }
                text += table.rendered()
            }
            if case .table = block { previousWasTable = true } else { previousWasTable = false }
        }
        return text
    }

    /// CommonMark with GitHub's pipe tables, every text from the graph escaped, for pasting
    /// into a report. Entries drop their numbering labels: a list numbers itself.
    static func markdown(_ blocks: [DisplayBlock]) -> String {
        var text = ""
        var previous: DisplayBlock?
        for block in blocks {
            // Items of one list stay one list; anything else starts after a blank line.
            switch (previous, block) {
            case (nil, _), (.bullet?, .bullet), (.entry?, .entry): break
            default: text += "\n"
            }
            switch block {
            case let .title(line): text += "## " + Markdown.escaped(line) + "\n"
            case let .heading(line, level): text += String(repeating: "#", count: 2 + max(1, min(level, 4))) + " " + Markdown.escaped(line) + "\n"
            case let .line(line): text += Markdown.escaped(line) + "\n"
            case let .bullet(line): text += "- " + Markdown.escaped(line) + "\n"
            case let .entry(line, _, quote):
                text += "- " + Markdown.escaped(line) + "\n"
                if let quote { text += "  > " + Markdown.escaped(quote) + "\n" }
            case let .note(line): text += "*" + Markdown.escaped(line) + "*\n"
            case let .table(table): text += table.markdown()
            }
            previous = block
        }
        return text
    }
}
