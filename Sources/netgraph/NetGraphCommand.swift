import ArgumentParser
import Foundation
import NetGraph
import NetGraphViz

/// `netgraph`: typed, cited network analysis from the command line.
///
/// Exit codes: 0 success; 1 invalid input (a graph file that cannot be read or is not
/// valid, an unusable weight); 2 a usage error or a name that matches no entity or several.
@main
struct NetGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "netgraph",
        abstract: "Analyse typed, cited relationship graphs of criminal and security networks.",
        discussion: """
            With no graph file, commands read the bundled graph (mexico-security.yaml). A graph \
            file may be native YAML or JSON; '-' reads standard input.

            Exit codes: 0 success, 1 invalid input, 2 usage error or unknown/ambiguous name.
            Answers go to standard output; errors, warnings and notices to standard error \
            (--quiet keeps only errors), coloured on a terminal unless NO_COLOR is set.
            """,
        version: NetGraphVersion.current,
        subcommands: [Stats.self, Validate.self, Neighbors.self, Profile.self, Relations.self, Common.self, PathCommand.self, ReachCommand.self, SensitivityCommand.self, TimelineCommand.self, DiffCommand.self, DisruptCommand.self, PredictCommand.self, ProjectCommand.self,
                      Centrality.self, Components.self, Structure.self, Communities.self, KeyPlayers.self, Render.self, ReportCommand.self,
                      Convert.self, Import.self, Brokerage.self]
    )

    /// Runs the command on a thread with a large stack (``LargeStack``), mapping every failure
    /// to a message on standard error and the documented exit code.
    static func main() {
        MemoryTuning.keepFreedMemory()
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The graph is read on another core while the arguments are parsed; started before
        // any other thread, so that it may choose how threads share the allocator.
        ReadAhead.start(arguments: arguments)
        LargeStack.run { runCommand(arguments) }
    }

    private static func runCommand(_ arguments: [String]) {
        // Graphviz's start-up (plugins, fontconfig, Pango) then overlaps parsing the
        // arguments as well as reading the graph.
        if arguments.first == Render.configuration.commandName { _ = Render.graphviz }
        do {
            var command = try parseAsRoot(NegativeValues.joined(arguments))
            try command.run()
            ReadAhead.settle()
        } catch let error as GraphInputError {
            Diagnostics.errors(error)
            exit(1)
        } catch let error as NameResolutionError {
            fail("\(error)", code: 2)
        } catch let error as WeightError {
            fail("\(error)", code: 1)
        } catch let error as CommandError {
            fail(error.message, code: error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                exit(0)
            }
            Diagnostics.parserMessage(fullMessage(for: error))
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    private static func fail(_ message: String, code: Int32) -> Never {
        Diagnostics.error(message)
        exit(code)
    }

    /// Ends the process once no graph is being read ahead (``ReadAhead/settle()``).
    private static func exit(_ code: Int32) -> Never {
        ReadAhead.settle()
        Foundation.exit(code)
    }
}

/// A failure of the command line itself, with the exit code it maps to.
struct CommandError: Error {
    var message: String
    var exitCode: Int32

    static func usage(_ message: String) -> CommandError { CommandError(message: message, exitCode: 2) }
    static func input(_ message: String) -> CommandError { CommandError(message: message, exitCode: 1) }
}
