import Foundation
import NetGraph

/// The graph a command line names, read on a second thread while the arguments are parsed.
///
/// swift-argument-parser builds each command's arguments by reflection, and the Swift runtime
/// answers the first question about each type and protocol it asks by scanning every
/// conformance record in the binary: parsing `stats FILE` runs 24.5 M instructions, where
/// reading the edge list of a graph of 10,000 nodes runs 16.5 M (callgrind). Reading needs
/// only the file's path, so ``start(arguments:)`` guesses
/// it from the raw arguments before they are parsed, and reads it on another core with the
/// default format detection and limits.
///
/// The guess decides only when reading happens, never what is read: ``GraphInputOptions``
/// takes the graph read ahead only when the parsed command reads the same path (or, with no
/// file, the bundled graph) with no `--input-format` and the standard limits; otherwise it
/// waits for the early read to end, lets it go, and reads as it would have. The early read
/// runs the same reader on the same bytes, so the graph, or the error, is the one the command
/// would have met. A guess is not made for standard input, a folder, a device or a pipe
/// (only a regular file is read ahead), nor for `import` or `render`, nor when the line asks
/// for help or the version.
///
/// When the command is one that runs on the graph's undirected, unweighted projection and
/// the line has no option that could change which projection or which graph it uses
/// (``buildsProjection(_:)``), the reading thread builds that projection next, kept with the
/// graph (`Graph.undirectedSimpleProjection()`): on a graph of 10,000 nodes the read ends
/// before the parse, and the projection is built in the time left.
enum ReadAhead {
    /// What was read ahead.
    enum Source: Equatable {
        case file(String)
        case bundled
    }

    /// One early read: its source and, once `done` is signalled, its result; `finished` is
    /// signalled once the thread has also built the projection, if it builds one.
    private final class Pending: @unchecked Sendable {
        let source: Source
        let done = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        /// Written by the reading thread before it signals `done`, read only after `done`.
        /// Two optionals rather than a `Result`: instantiating `Result<Graph, GraphInputError>`
        /// has the runtime scan every conformance record (is `GraphInputError` an `Error`?)
        /// on the thread that should be reading.
        var graph: Graph?
        var error: GraphInputError?

        init(source: Source) { self.source = source }

        /// Waits until the thread has ended; any number of callers may.
        func waitUntilFinished() {
            finished.wait()
            finished.signal()
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: Pending?
    /// The early read started, until ``settle()`` has waited for its thread.
    nonisolated(unsafe) private static var started: Pending?

    /// Starts reading the graph `arguments` (without the program name) most likely name: the
    /// value of `--graph`/`-g`, else the first operand after the subcommand that is a regular
    /// file, else the bundled graph when no operand names anything on disk (operands are then
    /// names of entities, dates or numbers). Called before any other thread exists.
    static func start(arguments: [String]) {
        guard let source = guess(arguments) else { return }
        MemoryTuning.shareOneArena()
        let early = Pending(source: source)
        lock.withLock {
            pending = early
            started = early
        }
        let thread = Thread {
            do throws(GraphInputError) {
                switch source {
                case .file(let path): early.graph = try GraphReading.read(path: path, limits: .standard)
                case .bundled: early.graph = try BundledGraph.load()
                }
            } catch {
                early.error = error
            }
            let graph = early.graph
            early.done.signal()
            // The command asks for the projection from the same graph, and waits for this
            // build if it asks first. Decided here, after the read: the commands' static
            // configurations are not made before it starts.
            if let graph, buildsProjection(arguments) { _ = graph.undirectedSimpleProjection() }
            early.finished.signal()
        }
        // The readers recurse once or a few times per level of nesting, as on the command's thread.
        thread.stackSize = LargeStack.size
        thread.start()
    }

    /// The source the arguments most likely read, or nil when no guess is worth making.
    static func guess(_ arguments: [String]) -> Source? {
        // `import` reads spreadsheets, not a graph. `render` already prepares Graphviz on the
        // second core while it parses and reads.
        guard let subcommand = arguments.first, !subcommand.hasPrefix("-"), subcommand != "help",
              subcommand != NetGraphCommand.Import.configuration.commandName,
              subcommand != NetGraphCommand.Render.configuration.commandName else { return nil }
        var file: String?
        var index = 1
        var operandsOnly = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if operandsOnly || !argument.hasPrefix("-") || argument == "-" {
                if argument == "-" { return nil }
                if file != nil { continue }
                switch kind(of: argument) {
                case .regularFile: file = argument
                // A folder (CSV), a pipe or a device may be what the command reads: no guess.
                case .other: return nil
                case .absent: break
                }
                continue
            }
            // Plain comparisons rather than a `Set`: a set's first use makes the runtime scan
            // the binary's conformance records, before the early read has started.
            let name = optionName(argument)
            switch name {
            case "--":
                operandsOnly = true
            case "-h", "--help", "--version":
                return nil
            case "--input-format", "--max-file-size", "--max-depth", "--max-text-length":
                // Options that change how the graph is read: the early read, made with the
                // defaults, could not be taken.
                return nil
            case "-g", "--graph":
                let path = name == argument ? (index < arguments.count ? arguments[index] : "") : String(argument.dropFirst(name.count + 1))
                return kind(of: path) == .regularFile ? .file(path) : nil
            case "-o", "--output":
                // A file the command writes, never the graph.
                if name == argument { index += 1 }
            default:
                break
            }
        }
        return file.map { .file($0) } ?? .bundled
    }

    /// Whether the command `arguments` name runs on the graph's undirected, unweighted
    /// projection, with no option but those that leave the projection and the graph as read
    /// (`--format`, `--output`, `--graph`, `--measure`, `--top`, `--threads`, `--depth`,
    /// `--method`, `--seed`): a filter makes a view with a projection of its own, and
    /// `--directed`, `--weight` or `--strong` another projection.
    static func buildsProjection(_ arguments: [String]) -> Bool {
        guard let subcommand = arguments.first else { return false }
        switch subcommand {
        case NetGraphCommand.Stats.configuration.commandName, NetGraphCommand.Components.configuration.commandName,
             NetGraphCommand.Centrality.configuration.commandName, NetGraphCommand.PathCommand.configuration.commandName,
             NetGraphCommand.Neighbors.configuration.commandName, NetGraphCommand.Communities.configuration.commandName,
             NetGraphCommand.Structure.configuration.commandName:
            break
        default:
            return false
        }
        for argument in arguments.dropFirst() where argument.hasPrefix("-") && argument != "-" {
            let name = optionName(argument)
            switch name {
            case "--format", "-o", "--output", "-g", "--graph", "--measure", "--top", "--threads", "--depth", "--method", "--seed":
                continue
            default:
                // A negative number is an operand (a value), not an option.
                if Double(argument) != nil { continue }
                return false
            }
        }
        return true
    }

    /// The graph read ahead from `source`, or the error reading it met, when the command reads
    /// it with the early read's format and limits; nil otherwise. The first call claims the
    /// early read: later calls, and every call when nothing was read ahead, return nil at once.
    static func take(_ source: Source, format: GraphFormat?, limits: ReadLimits) throws(GraphInputError) -> Graph? {
        // Waited for even when not taken, so that the early graph is let go before the
        // command reads its own: two graphs are never held at once.
        guard let early = claim() else { return nil }
        guard early.source == source, format == nil, limits == .standard else {
            early.waitUntilFinished()
            return nil
        }
        if let error = early.error { throw error }
        return early.graph
    }

    /// Waits for a read ahead that nothing took, and lets it go; called before the process
    /// ends, so that no reading thread runs on while the process tears down what it may use.
    /// A command line refused before its graph is read therefore ends once the early read
    /// has, no later than the command would have taken to read it.
    static func settle() {
        _ = claim()
        let early = lock.withLock { () -> Pending? in
            defer { started = nil }
            return started
        }
        early?.waitUntilFinished()
    }

    /// The early read, once it has ended, taken from where the next call would find it.
    private static func claim() -> Pending? {
        let early = lock.withLock { () -> Pending? in
            defer { pending = nil }
            return pending
        }
        early?.done.wait()
        return early
    }

    /// The option an argument names: `--graph` of `--graph=FILE` and of `--graph`.
    private static func optionName(_ argument: String) -> String {
        argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
    }

    private enum PathKind { case regularFile, other, absent }

    private static func kind(of path: String) -> PathKind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .absent }
        return (status.st_mode & S_IFMT) == S_IFREG ? .regularFile : .other
    }
}
