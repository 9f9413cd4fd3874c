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
    /// A temporary folder being filled: its files (unlinked first), then the folder itself.
    nonisolated(unsafe) private static var pendingFolder: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
    nonisolated(unsafe) private static var pendingFolderCount = 0
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

    /// Runs `body` with the folder `folder` and the files `names` in it registered for
    /// removal if a signal arrives meanwhile.
    static func protecting<T>(folder: String, files names: [String], _ body: () throws -> T) rethrows -> T {
        installHandlers()
        let paths = names.map { folder + "/" + $0 } + [folder]
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: paths.count)
        for (index, path) in paths.enumerated() { list[index] = strdup(path) }
        pendingFolderCount = paths.count
        pendingFolder = list
        defer {
            pendingFolder = nil
            pendingFolderCount = 0
            for index in 0..<paths.count { free(list[index]) }
            list.deallocate()
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
                if let list = InterruptCleanup.pendingFolder {
                    let count = InterruptCleanup.pendingFolderCount
                    for index in 0..<count - 1 { if let path = list[index] { unlink(path) } }
                    if let folder = list[count - 1] { rmdir(folder) }
                }
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
