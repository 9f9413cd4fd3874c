import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal and only
/// once the work has run for a second — never in pipes, files or tests, nor with `--quiet`.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let start = Date()
    private let lock = NSLock()
    private var lastPercent = -1
    private var drawn = false

    /// Nil when standard error is not a terminal.
    init?(label: String) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        self.label = label
    }

    func update(_ done: Int, of total: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard Date().timeIntervalSince(start) >= 1, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        Diagnostics.progress("\r\(label) [\(bar)] \(percent)% (\(done)/\(total) sources)")
        drawn = true
    }

    /// Clears the bar's line if it was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Diagnostics.progress("\r\u{1B}[2K") }
    }
}
