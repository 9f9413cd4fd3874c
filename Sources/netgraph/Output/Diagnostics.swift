import Foundation
import NetGraph

/// Everything netgraph writes to standard error goes through here: errors, warnings,
/// notices and the progress bar.
///
/// `--quiet` silences warnings, notices and progress, never errors (nor data, which goes
/// to standard output through ``Emit``). The `error:` and `warning:` prefixes are coloured
/// only when standard error is a terminal, `NO_COLOR` is unset or empty
/// (https://no-color.org) and `TERM` is not `dumb`.
enum Diagnostics {
    /// Settings fixed once, before a command runs, by ``QuietOption`` and the environment.
    private struct Settings {
        var quiet = false
        var colour = Diagnostics.usesColour(isTerminal: isatty(STDERR_FILENO) == 1,
                                            environment: ProcessInfo.processInfo.environment)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var settings = Settings()

    /// Whether warnings, notices and progress are silenced.
    static var isQuiet: Bool {
        get { lock.withLock { settings.quiet } }
        set { lock.withLock { settings.quiet = newValue } }
    }

    /// Whether prefixes are coloured: only on a terminal, never with a non-empty `NO_COLOR`
    /// or with `TERM=dumb`.
    static func usesColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// `error: message`; always written.
    static func error(_ message: String) {
        write(prefix("error:", colour: "31") + " " + DisplayText.visible(message, multiline: true))
    }

    /// Each problem of an input as `FILE:LINE:COL: error: message`; always written.
    static func errors(_ error: GraphInputError) {
        let lines = error.diagnostics.map { diagnostic in
            (diagnostic.location.map { DisplayText.visible("\($0)") + ": " } ?? "") + prefix("error:", colour: "31") + " "
                + DisplayText.visible(diagnostic.message) + (diagnostic.limit.map { " (raise it with \(flag(raising: $0)))" } ?? "")
        }
        write(lines.joined(separator: "\n"))
    }

    /// The option that raises a read limit (the library names the limit, not the flag).
    static func flag(raising limit: ReadLimits.Limit) -> String {
        switch limit {
        case .fileSize: "--max-file-size"
        case .nestingDepth: "--max-depth"
        case .textLength: "--max-text-length"
        }
    }

    /// Text the argument parser composed (usage errors with their help); always written.
    static func parserMessage(_ message: String) {
        write(message)
    }

    /// `warning: message`, unless quiet.
    static func warning(_ message: String) {
        guard !isQuiet else { return }
        write(prefix("warning:", colour: "33") + " " + DisplayText.visible(message, multiline: true))
    }

    /// `note: message`, unless quiet.
    static func notice(_ message: String) {
        guard !isQuiet else { return }
        write("note: " + DisplayText.visible(message, multiline: true))
    }

    /// Raw progress text (carriage returns, line clearing), only on a terminal and unless quiet.
    static func progress(_ text: String) {
        guard !isQuiet else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func prefix(_ word: String, colour code: String) -> String {
        lock.withLock { settings.colour } ? "\u{1B}[1;\(code)m\(word)\u{1B}[0m" : word
    }

    private static func write(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }
}
