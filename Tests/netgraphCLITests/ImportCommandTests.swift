import Foundation
import NetGraph
import Testing

/// `netgraph import`: spreadsheets in, through a column mapping, with Excel's quirks and every
/// problem at its cell.
@Suite struct ImportCommandTests {
    private func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func write(_ text: String, _ name: String, in directory: URL) throws -> String { try write(Array(text.utf8), name, in: directory) }

    @Test func excelsCSVReadsWithTheIssuesExampleMapping() throws {
        let directory = try CLIRunner.newDirectory("import-excel")
        defer { try? FileManager.default.removeItem(at: directory) }
        // A byte-order mark, semicolons and CRLF, as Excel writes CSV in a European locale.
        let calls = try write([0xEF, 0xBB, 0xBF] + Array("Caller;Callee;Date;Minutes\r\nJuan Pérez;Ana;2020-06-26 14:30;012\r\nAna;Beto;2020-07;3\r\n".utf8),
                              "calls.csv", in: directory)
        let output = directory.appendingPathComponent("calls.yaml").path
        let result = try CLIRunner.run(["import", calls, "-o", output, "--from-column", "Caller", "--to-column", "Callee",
                                        "--date-column", "Date", "--type", "phoned", "--kind", "person"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote \(output) (yaml): 3 entities, 2 relations\n")
        // The written graph reads back and answers: the new type is in its schema.
        let relations = try CLIRunner.run(["relations", output, "--format", "json"]).json()
        let rows = try #require(relations["relations"] as? [[String: Any]])
        #expect(rows.map { $0["from"] as? String } == ["Juan-Pérez", "Ana"])
        #expect(rows.map { $0["type"] as? String } == ["phoned", "phoned"])
        #expect(rows.map { $0["date"] as? String } == ["2020-06-26", "2020-07"])
        // Unmapped columns are attributes, as text: the leading zero survives.
        #expect((rows[0]["attributes"] as? [String: String])?["Minutes"] == "012")
        let profile = try CLIRunner.run(["profile", output, "Juan Pérez", "--format", "json"]).json()
        #expect((profile["entity"] as? [String: Any])?["name"] as? String == "Juan Pérez")
        #expect(try CLIRunner.run(["validate", output]).status == 0)
    }

    /// A weight that would read as 0 (or infinity) is refused at its cell, as in every reader.
    @Test func aWeightOutOfRangeIsRefusedAtItsCell() throws {
        let directory = try CLIRunner.newDirectory("import-underflow")
        defer { try? FileManager.default.removeItem(at: directory) }
        let payments = try write("payer,payee,amount\nshell-co,broker,1500.5\nbroker,boss,1e-400\n", "payments.csv", in: directory)
        let output = directory.appendingPathComponent("g.yaml").path
        let result = try CLIRunner.run(["import", payments, "-o", output, "--from-column", "payer", "--to-column", "payee",
                                        "--type", "funds", "--kind", "organization", "--weight-column", "amount"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(payments):3:13: error: 'amount': '1e-400' is \(NumberText.problem(.underflow)!)\n", "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func anEntitySheetGivesKindsNamesAndAliases() throws {
        let directory = try CLIRunner.newDirectory("import-entities")
        defer { try? FileManager.default.removeItem(at: directory) }
        let payments = try write("payer,payee,amount,kind_of_link,when\nshell-co,broker,1500.5,funds,2019\nbroker,boss,,funds,2019-03-02\n", "payments.csv", in: directory)
        let people = try write("id,name,kind,aliases,role\nshell-co,Shell Company SA,organization,SCSA;Shell,front\nbroker,El Contador,person,,accountant\nboss,The Boss,person,Jefe,\n", "people.csv", in: directory)
        let result = try CLIRunner.run(["import", payments, "--entities", people, "-o", "-", "--format", "json", "--from-column", "payer", "--to-column", "payee",
                                        "--type-column", "kind_of_link", "--date-column", "when", "--weight-column", "amount"])
        #expect(result.status == 0, "\(result.stderr)")
        let graphFile = directory.appendingPathComponent("g.yaml")
        try result.stdout.write(to: graphFile, atomically: true, encoding: .utf8)
        let stats = try CLIRunner.run(["stats", graphFile.path, "--format", "json"]).json()
        #expect(stats["nodes"] as? Int == 3)
        #expect((stats["kinds"] as? [String: Int]) == ["organization": 1, "person": 2])
        let shell = try CLIRunner.run(["profile", graphFile.path, "Shell", "--format", "json"]).json()
        let entity = try #require(shell["entity"] as? [String: Any])
        #expect(entity["name"] as? String == "Shell Company SA")
        #expect(entity["aliases"] as? [String] == ["SCSA", "Shell"])
        #expect((entity["attributes"] as? [String: String])?["role"] == "front")
        let first = try #require((shell["relations"] as? [[String: Any]])?.first)
        #expect(first["weight"] as? Double == 1500.5)
    }

    @Test func typesFromTheSheetMustBeKnownUnlessAllowed() throws {
        let directory = try CLIRunner.newDirectory("import-types")
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = try write("a,b,t\nx,y,met\nx,z,allied-with\n", "s.csv", in: directory)
        let refused = try CLIRunner.run(["import", sheet, "-o", "-", "--from-column", "a", "--to-column", "b", "--type-column", "t", "--kind", "person"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("s.csv:2:5: error: unknown relation type 'met'"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        let allowed = try CLIRunner.run(["import", sheet, "-o", "-", "--from-column", "a", "--to-column", "b", "--type-column", "t", "--kind", "person", "--allow-new-types"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("- name: met\n      directed: true"), "\(allowed.stdout)")
    }

    @Test func everyProblemIsReportedAtItsCellAndNothingIsWritten() throws {
        let directory = try CLIRunner.newDirectory("import-bad")
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = try write("from,to,date,status,weight\nx,y,2020-13,alleged,1\nx,,2020,rumour,heavy\n", "bad.csv", in: directory)
        let output = directory.appendingPathComponent("out.yaml").path
        let result = try CLIRunner.run(["import", sheet, "-o", output, "--from-column", "from", "--to-column", "to", "--date-column", "date",
                                        "--status-column", "status", "--weight-column", "weight", "--type", "met", "--kind", "person"])
        #expect(result.status == 1)
        for expected in ["bad.csv:2:5: error: 'date': '2020-13' is not a date", "bad.csv:3:3: error: the relation has no to entity",
                         "bad.csv:3:9: error: unknown status 'rumour'", "bad.csv:3:16: error: 'weight': 'heavy' is not a finite number"] {
            #expect(result.stderr.contains(expected), "\(expected)\n\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: output))
        // Ends that no entity row lists need a kind.
        let noKind = try CLIRunner.run(["import", sheet, "-o", output, "--from-column", "from", "--to-column", "to", "--type", "met"])
        #expect(noKind.status == 1)
        #expect(noKind.stderr.contains("relation ends are in no entity row ('x', 'y'); give the kind to create them with"), "\(noKind.stderr)")
        let missingColumn = try CLIRunner.run(["import", sheet, "-o", output, "--from-column", "Caller", "--to-column", "to", "--type", "met", "--kind", "person"])
        #expect(missingColumn.status == 1)
        #expect(missingColumn.stderr.contains("bad.csv:1:1: error: no column 'Caller' (the header has: from, to, date, status, weight)"))
        // Never over an input.
        let overInput = try CLIRunner.run(["import", sheet, "-o", sheet, "--to", "yaml", "--from-column", "from", "--to-column", "to", "--type", "met", "--kind", "person"])
        #expect(overInput.status == 2)
        let usage = try CLIRunner.run(["import", sheet, "-o", output, "--from-column", "from", "--to-column", "to"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("give the relations a type"))
    }

    @Test func aGraphFramesFolderWithoutOptionalColumnsReads() throws {
        let directory = try CLIRunner.newDirectory("graphframes-minimal")
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("gf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try write("id,kind,name\na,person,Ana\nb,cartel,Beta\n", "vertices.csv", in: folder)
        _ = try write("src,dst,relationship,date\na,b,member-of,2019\n", "edges.csv", in: folder)
        let result = try CLIRunner.run(["relations", folder.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let first = try #require((try result.json()["relations"] as? [[String: Any]])?.first)
        #expect(first["type"] as? String == "member-of" && first["date"] as? String == "2019")
        _ = try write("id,name\na,Ana\n", "vertices.csv", in: folder)
        let noKind = try CLIRunner.run(["stats", folder.path])
        #expect(noKind.status == 1)
        #expect(noKind.stderr.contains("missing column 'kind'"), "\(noKind.stderr)")
    }
}
