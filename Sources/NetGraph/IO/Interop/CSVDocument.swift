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
        var rows: [Record] = []
        try Self.scan(text, file: file, limits: limits, separator: separator, keeping: .all) { record, _ in rows.append(record) }
        guard let first = rows.first else { throw GraphInputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1)) }
        header = first.fields
        headerStarts = first.starts
        records = Array(rows.dropFirst())
        for record in records where record.fields.count != header.count {
            throw GraphInputError("the record has \(record.fields.count) fields, the header \(header.count)",
                                  at: SourceLocation(file: file, line: record.line, column: 1))
        }
    }

    /// The header of CSV text and where its fields start, the whole text checked as
    /// ``init(parsing:file:limits:separator:)`` checks it (the same errors, in the same order)
    /// with no record kept: a reader then takes the records one by one
    /// (``forEachRecord(parsing:file:limits:separator:_:)``).
    static func checkedHeader(parsing text: String, file: String, limits: ReadLimits = .standard,
                              separator: Unicode.Scalar = ",") throws(GraphInputError) -> (fields: [String], starts: [(line: Int, column: Int)]) {
        var header: Record? = nil
        var mismatch: (count: Int, line: Int)? = nil
        try scan(text, file: file, limits: limits, separator: separator, keeping: .header) { record, count in
            guard let header else {
                header = record
                return
            }
            if count != header.fields.count && mismatch == nil { mismatch = (count, record.line) }
        }
        guard let header else { throw GraphInputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1)) }
        if let mismatch {
            throw GraphInputError("the record has \(mismatch.count) fields, the header \(header.fields.count)",
                                  at: SourceLocation(file: file, line: mismatch.line, column: 1))
        }
        return (header.fields, header.starts)
    }

    /// Calls `body` with each record of CSV text (the header row left out), as it is parsed;
    /// none is kept. The text should have been checked (``checkedHeader(parsing:file:limits:separator:)``).
    static func forEachRecord(parsing text: String, file: String, limits: ReadLimits = .standard, separator: Unicode.Scalar = ",",
                              _ body: (Record) -> Void) throws(GraphInputError) {
        var isHeader = true
        try scan(text, file: file, limits: limits, separator: separator, keeping: .all) { record, _ in
            if isHeader { isHeader = false } else { body(record) }
        }
    }

    /// Which rows' fields a scan makes into `String`s.
    enum Keeping {
        case all
        /// The first row's: the others come with no fields, only their number.
        case header
    }

    /// Parses CSV text row by row (see ``init(parsing:file:limits:separator:)``), handing each
    /// row to `row` as it ends, with its number of fields; blank lines are no rows.
    ///
    /// The text is read over its UTF-8 bytes, each field gathered as bytes and made a `String`
    /// once: appending scalar by scalar to a `String` was a third of reading a large export
    /// (perf). Columns and lengths count scalars, that is, the bytes that start one.
    static func scan(_ text: String, file: String, limits: ReadLimits, separator: Unicode.Scalar, keeping: Keeping,
                     row: (_ record: Record, _ fieldCount: Int) -> Void) throws(GraphInputError) {
        // A byte-order mark that begins the text (as a character: one a combining mark
        // follows is not one) is not part of the first field.
        let skipsMark = text.hasPrefix("\u{FEFF}")
        var text = text
        let separatorBytes = Array(String(separator).utf8)
        // The separators in use are ASCII, and compare as one byte.
        let separatorByte: UInt8? = separator.isASCII ? UInt8(separator.value) : nil
        let parsed = text.withUTF8 { bytes in Result { () throws(GraphInputError) -> Void in
            var state = CSVScanState(file: file, keeping: keeping)
            try state.run(bytes, from: skipsMark ? 3 : 0, limits: limits, separatorByte: separatorByte, separatorBytes: separatorBytes, row: row)
        } }
        try parsed.get()
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

/// ``CSVDocument/scan(_:file:limits:separator:keeping:row:)``'s working state: a struct with
/// mutating methods rather than nested functions, whose captured variables Swift boxes and
/// checks for exclusive access at every touch (a tenth of reading a large export, perf).
private struct CSVScanState {
    let file: String
    let keeping: CSVDocument.Keeping
    var fields: [String] = []
    var fieldCount = 0
    var firstFieldIsEmpty = false
    var keepsFields = true
    var field: [UInt8] = []
    var starts: [(line: Int, column: Int)] = []
    /// Where the current field starts; a `SourceLocation` is made only for a message.
    var fieldStart = (line: 1, column: 1)

    init(file: String, keeping: CSVDocument.Keeping) {
        self.file = file
        self.keeping = keeping
    }

    mutating func endField() {
        if fieldCount == 0 { firstFieldIsEmpty = field.isEmpty }
        fieldCount += 1
        if keepsFields {
            fields.append(String(decoding: field, as: UTF8.self))
            starts.append(fieldStart)
        }
        field.removeAll(keepingCapacity: true)
    }

    /// The row that ended, as a record; the next one starts empty.
    mutating func takeRow(line: Int) -> (CSVDocument.Record, Int) {
        let taken = (CSVDocument.Record(fields: fields, line: line, starts: starts), fieldCount)
        if keeping == .header { keepsFields = false }
        clearRow()
        return taken
    }

    /// Drops the row that ended (a blank line).
    mutating func clearRow() {
        fields = []
        starts = []
        fieldCount = 0
    }

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limits: ReadLimits, separatorByte: UInt8?,
                      separatorBytes: [UInt8], row: (_ record: CSVDocument.Record, _ fieldCount: Int) -> Void) throws(GraphInputError) {
        var line = 1
        var column = 0
        var recordLine = 1
        var inQuotes = false
        var afterQuote = false
        var quoteStart = (line: 1, column: 1)
        var atFieldStart = true
        var fieldLength = 0
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            // The bytes after a scalar's first are its own: they go where it went.
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            let scalar = UnsafeBufferPointer(rebasing: bytes[position..<min(position + length, bytes.count)])
            position += length
            column += 1
            if atFieldStart && !inQuotes { fieldStart = (line, column); fieldLength = 0 }
            fieldLength += 1
            if fieldLength > limits.maxTextLength {
                // Counted while scanning, so a huge field is refused before it is copied whole.
                throw GraphInputError("the field is longer than \(limits.maxTextLength) characters",
                                      at: SourceLocation(file: file, line: fieldStart.line, column: fieldStart.column), limit: .textLength)
            }
            if inQuotes {
                if byte == 0x22 { inQuotes = false; afterQuote = true }
                else {
                    if length == 1 { field.append(byte) } else { field.append(contentsOf: scalar) }
                    if byte == 0x0A { line += 1; column = 0 }
                }
                continue
            }
            if afterQuote && byte == 0x22 {
                // A doubled quote inside a quoted field.
                field.append(0x22); inQuotes = true; afterQuote = false
                continue
            }
            if separatorByte.map({ byte == $0 }) ?? scalar.elementsEqual(separatorBytes) {
                endField()
                afterQuote = false; atFieldStart = true
                continue
            }
            switch byte {
            case 0x0A:
                endField()
                afterQuote = false; atFieldStart = true
                if fieldCount == 1 && firstFieldIsEmpty {
                    clearRow()
                } else {
                    let (record, count) = takeRow(line: recordLine)
                    row(record, count)
                }
                line += 1; column = 0; recordLine = line
            case 0x0D:
                continue
            case 0x22 where atFieldStart:
                inQuotes = true; atFieldStart = false
                quoteStart = (line, column)
            default:
                if afterQuote {
                    throw GraphInputError("unexpected character after a closing quote", at: SourceLocation(file: file, line: line, column: column))
                }
                if length == 1 { field.append(byte) } else { field.append(contentsOf: scalar) }
                atFieldStart = false
            }
        }
        if inQuotes { throw GraphInputError("unterminated quoted field", at: SourceLocation(file: file, line: quoteStart.line, column: quoteStart.column)) }
        if !field.isEmpty || fieldCount > 0 {
            endField()
            let (record, count) = takeRow(line: recordLine)
            row(record, count)
        }
    }
}
