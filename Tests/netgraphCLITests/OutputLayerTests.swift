import Foundation
@testable import netgraph
import Testing

/// The one output layer: every command hands a result to `CommandResult.write(as:)`, which
/// writes the same answer as aligned text, Markdown, CSV or JSON.
@Suite struct OutputLayerTests {
    static let blocks: [DisplayBlock] = {
        var table = TextTable(["name", "score"], numeric: [1])
        table.add(["a|b *x*", "1.5"])
        table.add(["# not a heading", "2"])
        return [.title("# Boss [link](x)"), .line("1. not a list"), .bullet("- not nested"),
                .entry("A —leads→ B", label: "7", quote: "said <b>so</b>"), .note("rests on one document"), .table(table)]
    }()

    @Test func plainTextAlignsAndShowsLabels() {
        #expect(DisplayBlock.text(Self.blocks) == """
            # Boss [link](x)
            1. not a list
            - not nested
               [7] A —leads→ B
                   “said <b>so</b>”
               rests on one document
            name             score
            a|b *x*            1.5
            # not a heading      2

            """)
    }

    @Test func markdownEscapesWhatWouldBecomeMarkup() {
        #expect(DisplayBlock.markdown(Self.blocks) == """
            ## \\# Boss \\[link\\](x)

            1\\. not a list

            - \\- not nested

            - A —leads→ B
              > said \\<b\\>so\\</b\\>

            *rests on one document*

            | name | score |
            | --- | ---: |
            | a\\|b \\*x\\* | 1.5 |
            | # not a heading | 2 |

            """)
    }

    @Test func controlCharactersNeverReachEitherForm() {
        let blocks: [DisplayBlock] = [.title("a\u{1B}[31mred\nforged row"), .entry("x\ty", label: nil, quote: "q\u{202E}")]
        for text in [DisplayBlock.text(blocks), DisplayBlock.markdown(blocks)] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0 == "\t" || $0.value == 0x202E }, "\(text)")
            #expect(!text.contains("\nforged row"), "\(text)")
        }
    }

    /// Every command that prints data takes `--format markdown`: each table of its plain
    /// answer becomes one pipe table (a header, a rule, the same rows), the rest lines and lists.
    @Test(arguments: [
        (["stats"], 3), (["structure"], 1), (["components"], 1), (["communities"], 1),
        (["centrality", "--measure", "degree,pagerank"], 1), (["neighbors", "garcia-harfuch"], 1), (["profile", "garcia-harfuch"], 0),
        (["relations", "--type", "attacked"], 0), (["common", "garcia-harfuch", "el-mencho"], 1), (["path", "el-mencho", "sheinbaum"], 0),
        (["keyplayers", "--k", "2"], 1), (["brokerage"], 2), (["predict"], 1), (["disrupt", "--strategy", "degree", "--steps", "3"], 1),
        (["sensitivity", "--top", "3"], 1),
    ])
    func everyCommandWritesMarkdown(_ arguments: [String], tables: Int) throws {
        let command = [arguments[0], CLIRunner.starter] + arguments.dropFirst()
        let markdown = try CLIRunner.run(command + ["--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let lines = markdown.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let rules = lines.indices.filter { lines[$0].hasPrefix("| -") || lines[$0].hasPrefix("| --") }
        #expect(rules.count == tables, "\(markdown.stdout)")
        // Each table's header and rows, as many as the plain table has below its header.
        let plain = try CLIRunner.run(command).stdout
        for rule in rules {
            let header = lines[rule - 1]
            var rows = 0
            while rule + 1 + rows < lines.count && lines[rule + 1 + rows].hasPrefix("| ") { rows += 1 }
            let firstColumn = header.split(separator: "|")[0].trimmingCharacters(in: .whitespaces)
            let plainLines = plain.split(separator: "\n", omittingEmptySubsequences: false)
            let plainHeader = try #require(plainLines.firstIndex { $0.hasPrefix(firstColumn) })
            var plainRows = 0
            while plainHeader + 1 + plainRows < plainLines.count && !plainLines[plainHeader + 1 + plainRows].isEmpty { plainRows += 1 }
            #expect(rows == plainRows, "\(header): \(rows) rows in Markdown, \(plainRows) in the table")
        }
    }

    @Test func statsMarkdownHoldsTheCounts() throws {
        let stats = try CLIRunner.run(["stats", CLIRunner.starter, "--format", "markdown"])
        #expect(stats.stdout.contains("| nodes | 11 |\n"), "\(stats.stdout)")
        #expect(stats.stdout.contains("| kind | entities |\n| --- | ---: |\n"), "\(stats.stdout)")
    }
}
