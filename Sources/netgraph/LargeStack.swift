import Foundation
import NetGraph

/// The command runs on a thread whose stack is large enough for the deepest nesting the
/// readers accept (``ReadLimits/deepestNesting`` levels, each a few recursive calls of the
/// composers and walkers): the main thread's 8 MiB ran out near 5,000 levels in a debug
/// build and 20,000 in a release build. The stack is reserved address space; only the pages
/// a deep document touches are ever used.
enum LargeStack {
    /// Bytes of stack: 1 GiB, about 2 KiB for each of ``ReadLimits/deepestNesting`` levels
    /// with room to spare.
    static let size = 1 << 30

    /// Runs `body` on a thread with ``size`` bytes of stack and waits for it; `body` ends the
    /// process itself when it exits with a status other than 0.
    static func run(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
    }
}
