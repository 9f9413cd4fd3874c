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
        for number in [SIGINT, SIGTERM, SIGHUP] {
            _ = signal(number) { received in
                if let path = InterruptCleanup.pendingPath { unlink(path) }
                _exit(128 + received)
            }
        }
    }
}
