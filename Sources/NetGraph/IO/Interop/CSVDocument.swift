import Foundation

/// Comma-separated values as RFC 4180 defines them: a header row, then records; fields with
/// commas, quotes or line breaks are quoted and their quotes doubled.
struct CSVDocument {
    struct Record {
        var fields: [String]
        /// 1-based line where the record starts.
        var line: Int
        /// 1-based line and column where each field starts.
        var starts: [(line: Int, column: Int)] = []
    }

    var header: [String]
    /// 1-based line and column where each header field starts.
    var headerStarts: [(line: Int, column: Int)]
    var records: [Record]

    /// Parses CSV text whose fields are separated by `separator` (RFC 4180's comma unless
    /// told otherwise: spreadsheets set to a European locale write `;`). A leading byte-order
    /// mark is skipped and CRLF line ends read as LF, as Excel writes them.
    /// - Throws: ``GraphInputError`` at the line and column of an unterminated quote, a
    ///   character after a closing quote, a field longer than `limits`' text length, or a
    ///   record whose field count differs from the header's.
    /// - Complexity: O(length of the text).
    init(parsing text: String, file: String, limits: ReadLimits = .standard, separator: Unicode.Scalar = ",") throws(GraphInputError) {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        var rows: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var column = 0
        var recordLine = 1
        var inQuotes = false
        var afterQuote = false
        var quoteStart = SourceLocation(file: file, line: 1, column: 1)
        var atFieldStart = true
        var fieldStart = SourceLocation(file: file, line: 1, column: 1)
        var fieldLength = 0
        var starts: [(line: Int, column: Int)] = []
        for scalar in text.unicodeScalars {
            column += 1
            if atFieldStart && !inQuotes { fieldStart = SourceLocation(file: file, line: line, column: column); fieldLength = 0 }
            fieldLength += 1
            if fieldLength > limits.maxTextLength {
                // Counted while scanning, so a huge field is refused before it is copied whole.
                throw GraphInputError("the field is longer than \(limits.maxTextLength) characters", at: fieldStart, limit: .textLength)
            }
            if inQuotes {
                if scalar == "\"" { inQuotes = false; afterQuote = true }
                else {
                    field.unicodeScalars.append(scalar)
                    if scalar == "\n" { line += 1; column = 0 }
                }
                continue
            }
            if afterQuote && scalar == "\"" {
                // A doubled quote inside a quoted field.
                field.append("\""); inQuotes = true; afterQuote = false
                continue
            }
            switch scalar {
            case separator:
                fields.append(field); starts.append((fieldStart.line, fieldStart.column))
                field = ""; afterQuote = false; atFieldStart = true
            case "\n":
                fields.append(field); starts.append((fieldStart.line, fieldStart.column))
                field = ""; afterQuote = false; atFieldStart = true
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Record(fields: fields, line: recordLine, starts: starts)) }
                fields = []
                starts = []
                line += 1; column = 0; recordLine = line
            case "\r":
                continue
            case "\"" where atFieldStart:
                inQuotes = true; atFieldStart = false
                quoteStart = SourceLocation(file: file, line: line, column: column)
            default:
                if afterQuote {
                    throw GraphInputError("unexpected character after a closing quote", at: SourceLocation(file: file, line: line, column: column))
                }
                field.unicodeScalars.append(scalar); atFieldStart = false
            }
        }
        if inQuotes { throw GraphInputError("unterminated quoted field", at: quoteStart) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            starts.append((fieldStart.line, fieldStart.column))
            rows.append(Record(fields: fields, line: recordLine, starts: starts))
        }
        guard let first = rows.first else { throw GraphInputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1)) }
        header = first.fields
        headerStarts = first.starts
        records = Array(rows.dropFirst())
        for record in records where record.fields.count != header.count {
            throw GraphInputError("the record has \(record.fields.count) fields, the header \(header.count)",
                                  at: SourceLocation(file: file, line: record.line, column: 1))
        }
    }

    /// The separator of a spreadsheet's CSV: `;` when the first line has more semicolons
    /// than commas outside quotes (Excel in locales whose decimal mark is a comma), a tab
    /// when it has more tabs than either, otherwise `,`.
    static func detectSeparator(_ text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if scalar == "\n" && !inQuotes { break }
            if !inQuotes, let count = counts[scalar] { counts[scalar] = count + 1 }
        }
        let (comma, semicolon, tab) = (counts[","]!, counts[";"]!, counts["\t"]!)
        if tab > comma && tab > semicolon { return "\t" }
        return semicolon > comma ? ";" : ","
    }

    /// Appends `text` as one field: as it is, or quoted, its quotes doubled, when it holds a
    /// comma, a quote or a line break. Looked for byte by byte, as the reader reads scalar by
    /// scalar: compared as `Character`s, a CRLF or a quote followed by a combining mark is
    /// none of them, and such a field was written unquoted.
    static func appendField(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(0x22)
            for byte in bytes {
                if byte == 0x22 { out.append(0x22) }
                out.append(byte)
            }
            out.append(0x22)
        }
    }

    /// Appends one record: its fields separated by commas, then a line feed.
    static func appendRecord(_ fields: [String], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(0x2C) }
            appendField(field, to: &out)
        }
        out.append(0x0A)
    }
}
