#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes a half-written temporary file when the process is interrupted (Ctrl-C, SIGTERM),
/// so an interrupted write leaves neither a partial output nor a stray temporary file.
///
/// A signal handler may only call async-signal-safe functions, so the pending path lives in
/// a C string allocated before the write and the handler does nothing but `unlink` and `_exit`.
enum InterruptCleanup {
    nonisolated(unsafe) private static var pendingPath: UnsafeMutablePointer<CChar>? = nil
    nonisolated(unsafe) private static var installed = false

    /// Runs `body` with `path` registered for removal if a signal arrives meanwhile.
    static func protecting<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
        installHandlers()
        let copy = strdup(path)
        pendingPath = copy
        defer {
            pendingPath = nil
            free(copy)
        }
        return try body()
    }

    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        let signals = [SIGINT, SIGTERM, SIGHUP]
        for number in signals {
            _ = signal(number) { received in
                if let path = InterruptCleanup.pendingPath { unlink(path) }
                _exit(128 + received)
            }
        }
        // A process inherits its parent's signal mask, and some launchers (test runners,
        // job schedulers) start children with these signals blocked, which would keep Ctrl-C
        // pending until exit, after the partial file was renamed into place.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in signals { sigaddset(&unblocked, number) }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    }
}
