import Foundation
import Testing
@testable import NetGraph

/// The CSV parser reads UTF-8 bytes; the reference below is the parser it replaced, which read
/// the text scalar by scalar. Both must give the same records, field starts and errors, and so
/// must the two passes the CSV folder reader makes instead of a document.
@Suite struct CSVDocumentTests {
    /// Records (fields, line, field starts) as the scalar-by-scalar parser made them, or its
    /// error.
    static func reference(_ text: String, file: String, limits: ReadLimits, separator: Unicode.Scalar) throws(GraphInputError) -> [CSVDocument.Record] {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        var rows: [CSVDocument.Record] = []
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
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(CSVDocument.Record(fields: fields, line: recordLine, starts: starts)) }
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
            rows.append(CSVDocument.Record(fields: fields, line: recordLine, starts: starts))
        }
        return rows
    }

    static func describe(_ read: () throws(GraphInputError) -> [CSVDocument.Record]) -> String {
        do {
            return try read().map { record in
                "\(record.line): " + zip(record.fields, record.starts).map { "\($0.1.line):\($0.1.column)=\($0.0.debugDescription)" }.joined(separator: " | ")
            }.joined(separator: "\n")
        } catch {
            return "error: \(error.description)"
        }
    }

    /// Every record of the new parser's document: its header row, then its records.
    static func records(_ text: String, limits: ReadLimits, separator: Unicode.Scalar) throws(GraphInputError) -> [CSVDocument.Record] {
        do {
            let document = try CSVDocument(parsing: text, file: "t.csv", limits: limits, separator: separator)
            return [CSVDocument.Record(fields: document.header, line: document.headerStarts.first?.line ?? 1, starts: document.headerStarts)]
                + document.records
        } catch {
            throw error
        }
    }

    /// The header from the checking pass, then each record from the streaming pass: what the
    /// CSV folder reader takes in place of a document.
    static func streamedRecords(_ text: String, limits: ReadLimits, separator: Unicode.Scalar) throws(GraphInputError) -> [CSVDocument.Record] {
        let header = try CSVDocument.checkedHeader(parsing: text, file: "t.csv", limits: limits, separator: separator)
        var records = [CSVDocument.Record(fields: header.fields, line: header.starts.first?.line ?? 1, starts: header.starts)]
        try CSVDocument.forEachRecord(parsing: text, file: "t.csv", limits: limits, separator: separator) { records.append($0) }
        return records
    }

    /// The reference's rows, through the same checks the document makes after parsing.
    static func referenceRecords(_ text: String, limits: ReadLimits, separator: Unicode.Scalar) throws(GraphInputError) -> [CSVDocument.Record] {
        let rows = try reference(text, file: "t.csv", limits: limits, separator: separator)
        guard let first = rows.first else { throw GraphInputError("the file is empty", at: SourceLocation(file: "t.csv", line: 1, column: 1)) }
        for record in rows.dropFirst() where record.fields.count != first.fields.count {
            throw GraphInputError("the record has \(record.fields.count) fields, the header \(first.fields.count)",
                                  at: SourceLocation(file: "t.csv", line: record.line, column: 1))
        }
        return rows
    }

    static let seeds: [String] = [
        "id,name,kind\na,Ana,person\nb,\"Bo, \"\"the\"\" Boss\",cartel\n",
        "\u{FEFF}id,name\r\na,\"two\r\nlines\"\r\n\r\nb,é猛禽🎉\r\n",
        "a;b;c\n1;\"x;y\";3\n",
        "a\tb\n\"q\"\t\n",
        "h1,h2\n\"unterminated,x\n",
        "h1,h2\n\"closed\"x,y\n",
        "h\n\u{FEFF}\u{301}x\n",
        "only header",
        "",
        "k,v\n,\n\"\",\"\"\"\"\"\n",
    ]

    @Test func readsAsTheScalarParserDid() throws {
        var texts = Self.seeds
        let folder = TestSupport.repository.appendingPathComponent("Tests/netgraphCLITests/Hostile/csv")
        if let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let url as URL in walk where url.pathExtension == "csv" {
                texts.append(String(decoding: try Data(contentsOf: url), as: UTF8.self))
            }
        }
        #expect(texts.count > 60)
        var mix = XMLScannerTests.Mix(state: 3)
        let insertions = [",", ";", "\t", "\"", "\"\"", "\n", "\r", "\r\n", "é", "\u{301}", "🎉", "\u{FEFF}", " "]
        var compared = 0
        var differences: [String] = []
        for (index, seed) in texts.enumerated() {
            var variants = [seed]
            for _ in 0..<20 {
                var scalars = Array(seed.unicodeScalars)
                let at = mix.next(scalars.count + 1)
                switch mix.next(3) {
                case 0 where !scalars.isEmpty: scalars.remove(at: min(at, scalars.count - 1))
                case 1: scalars.removeSubrange(min(at, scalars.count)...)
                default: scalars.insert(contentsOf: insertions[mix.next(insertions.count)].unicodeScalars, at: at)
                }
                variants.append(String(String.UnicodeScalarView(scalars)))
            }
            for text in variants {
                for separator: Unicode.Scalar in [",", ";", "\t", "é"] {
                    for limits in [ReadLimits.standard, ReadLimits(maxTextLength: 4)] {
                        compared += 1
                        let new = Self.describe { () throws(GraphInputError) in try Self.records(text, limits: limits, separator: separator) }
                        let old = Self.describe { () throws(GraphInputError) in try Self.referenceRecords(text, limits: limits, separator: separator) }
                        let streamed = Self.describe { () throws(GraphInputError) in try Self.streamedRecords(text, limits: limits, separator: separator) }
                        if (new != old || streamed != old) && differences.count < 5 {
                            differences.append("seed \(index), separator \(separator.escaped(asASCII: true)): \(text.debugDescription)\n\(new)\n---\n\(streamed)\n---\n\(old)")
                        }
                    }
                }
            }
        }
        print("CSVDocumentTests: \(texts.count) texts, \(compared) comparisons")
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n\n"))")
        #expect(compared > 5_000)
    }
}
