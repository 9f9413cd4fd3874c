import ArgumentParser
import Foundation
import NetGraph

extension NetGraphCommand {
    /// `netgraph import`: relations from any spreadsheet, through a column mapping.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Build a graph from a spreadsheet's CSV of relations (and optionally one of entities) through a column mapping.",
            discussion: """
                Each row of RELATIONS is one relation from --from-column to --to-column, of the \
                type --type names (declared if new: it comes from you) or of the type in \
                --type-column (which must be known, unless --allow-new-types). Ends that no row \
                of --entities lists are created with --kind. Every column the mapping does not \
                name becomes an attribute, kept as text. Excel's CSV reads as it is: a byte-order \
                mark, ';' or tab separators (detected from the header row; --separator to force), \
                CRLF line ends; dates may carry a time, which is dropped. Every problem is \
                reported at its cell's FILE:LINE:COL, and nothing is written unless all rows read. \
                The output format follows OUT's extension or --to, as for 'convert'; new types \
                and kinds are written into the output's schema.

                Example: netgraph import calls.csv -o calls.yaml --from-column Caller \
                --to-column Callee --date-column Date --type phoned --kind person
                """)

        enum Separator: String, ExpressibleByArgument, CaseIterable {
            case auto, comma, semicolon, tab
            var scalar: Unicode.Scalar? {
                switch self {
                case .auto: nil
                case .comma: ","
                case .semicolon: ";"
                case .tab: "\t"
                }
            }
        }

        @Argument(help: ArgumentHelp("The CSV of relations.", valueName: "relations"))
        var relations: String

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the graph ('-' for standard output).", valueName: "out"))
        var output: String

        @Option(help: "Output format (default: from OUT's extension; yaml for standard output).")
        var to: GraphFormat?

        @Option(help: ArgumentHelp("A CSV of entities: an id column, and name, kind and aliases (';'-separated) columns when present.", valueName: "file"))
        var entities: String?

        @Option(help: ArgumentHelp("The column of each relation's first end.", valueName: "column"))
        var fromColumn: String

        @Option(help: ArgumentHelp("The column of each relation's second end.", valueName: "column"))
        var toColumn: String

        @Option(help: ArgumentHelp("The type of every relation (declared if the schema lacks it).", valueName: "type"))
        var type: String?

        @Option(help: ArgumentHelp("The column holding each relation's type.", valueName: "column"))
        var typeColumn: String?

        @Option(help: ArgumentHelp("The column of one-off dates.", valueName: "column"))
        var dateColumn: String?

        @Option(help: ArgumentHelp("The column of start dates.", valueName: "column"))
        var sinceColumn: String?

        @Option(help: ArgumentHelp("The column of end dates.", valueName: "column"))
        var untilColumn: String?

        @Option(help: ArgumentHelp("The column of statuses (alleged, planned, proposed, recommended, disputed; empty for a fact).", valueName: "column"))
        var statusColumn: String?

        @Option(help: ArgumentHelp("The column of source ids (sources the graph lacks are added by id).", valueName: "column"))
        var sourceColumn: String?

        @Option(help: ArgumentHelp("The column of quotes.", valueName: "column"))
        var quoteColumn: String?

        @Option(help: ArgumentHelp("The column of weights.", valueName: "column"))
        var weightColumn: String?

        @Option(help: ArgumentHelp("The kind of ends no entity row lists (added to the schema if new).", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("The entity sheet's id column (default id).", valueName: "column"))
        var idColumn = "id"

        @Option(help: ArgumentHelp("The entity sheet's name column (default name).", valueName: "column"))
        var nameColumn = "name"

        @Option(help: ArgumentHelp("The entity sheet's kind column (default kind).", valueName: "column"))
        var kindColumn = "kind"

        @Option(help: ArgumentHelp("The entity sheet's aliases column (default aliases).", valueName: "column"))
        var aliasesColumn = "aliases"

        @Flag(help: "Admit relation types and entity kinds read from the sheets that the schema lacks, and declare them.")
        var allowNewTypes = false

        @Option(help: "Field separator: auto (default, from the header row), comma, semicolon or tab.")
        var separator: Separator = .auto

        @OptionGroup var options: GraphOptions

        func validate() throws {
            if options.graph != nil { throw ValidationError("import reads RELATIONS (and --entities), not --graph") }
            if type == nil && typeColumn == nil { throw ValidationError("give the relations a type: --type T for every row, or --type-column C") }
            if let type, type.isEmpty { throw ValidationError("--type must not be empty") }
            if let kind, kind.isEmpty { throw ValidationError("--kind must not be empty") }
            if to == nil && output != "-" && GraphFormat(path: output) == nil {
                throw ValidationError("cannot tell the format of '\(output)' from its extension; use --to")
            }
            if let to, to.isFolder, output == "-" {
                throw ValidationError("\(to.rawValue) writes a folder of files; name the folder")
            }
        }

        func run() throws {
            let inputs = [relations] + (entities.map { [$0] } ?? [])
            if output != "-" && !(to?.isFolder ?? false) {
                do { try OutputFile.check(output, notOver: inputs) } catch { throw CommandError.usage(error.description) }
            }
            var mapping = SpreadsheetImport.Mapping(fromColumn: fromColumn, toColumn: toColumn)
            mapping.type = type.map { RelationType($0) }
            mapping.typeColumn = typeColumn
            mapping.dateColumn = dateColumn
            mapping.sinceColumn = sinceColumn
            mapping.untilColumn = untilColumn
            mapping.statusColumn = statusColumn
            mapping.sourceColumn = sourceColumn
            mapping.quoteColumn = quoteColumn
            mapping.weightColumn = weightColumn
            mapping.kind = kind.map { EntityKind($0) }
            mapping.idColumn = idColumn
            mapping.nameColumn = nameColumn
            mapping.kindColumn = kindColumn
            mapping.aliasesColumn = aliasesColumn
            mapping.allowNewTypes = allowNewTypes
            mapping.separator = separator.scalar
            let limits = options.limits
            let relationBytes = try GraphFile.readBytes(path: relations, limits: limits)
            let entityBytes = try entities.map { try GraphFile.readBytes(path: $0, limits: limits) }
            let graph = try SpreadsheetImport(mapping: mapping, limits: limits)
                .read(relations: relationBytes, relationsFile: relations, entities: entityBytes, entitiesFile: entities ?? "entities.csv")
            try GraphExport.write(graph, to: output, as: to ?? GraphFormat(path: output) ?? .yaml, report: options.format)
        }
    }
}
