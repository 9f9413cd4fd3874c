#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libFuzzer's driver, called from each target's entry point.
///
/// SwiftPM links an executable target's `main` to a symbol named `<Target>_main`, so each
/// target defines that symbol and hands libFuzzer its callback here (`LLVMFuzzerRunDriver`,
/// libFuzzer's documented entry point for programs with their own `main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the program's arguments.
///
/// libFuzzer writes crash, leak, timeout and slow-unit reproducers into the current
/// directory unless told otherwise, which is how one once landed in the source tree. So
/// unless the command line names `-artifact_prefix=` or `-exact_artifact_path=`, the
/// arguments gain `-artifact_prefix=<repository>/out/fuzz/artifacts/<program>-`, which
/// lies in the ignored `out/` folder whatever directory the target is started from.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var arguments: [String] = (0..<Int(argc)).map { argv?[$0].map { String(cString: $0) } ?? "" }
    if !arguments.contains(where: { $0.hasPrefix("-artifact_prefix=") || $0.hasPrefix("-exact_artifact_path=") }) {
        let directory = artifactDirectory()
        let program = arguments.first.flatMap { $0.split(separator: "/").last.map(String.init) } ?? "fuzz"
        arguments.append("-artifact_prefix=\(directory)/\(program)-")
    }
    // libFuzzer keeps pointers into argv for the whole run: these copies are never freed.
    var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
    pointers.append(nil)
    let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: pointers.count)
    array.initialize(from: pointers, count: pointers.count)
    var count = CInt(arguments.count)
    var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = array
    return LLVMFuzzerRunDriver(&count, &vector, callback)
}

/// `out/fuzz/artifacts` of the checkout these targets were built from, created if missing.
private func artifactDirectory() -> String {
    // #filePath is <repository>/Fuzz/Sources/FuzzSupport/FuzzDriver.swift.
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)
    var path = parts.joined(separator: "/")
    for component in ["out", "fuzz", "artifacts"] {
        path += "/" + component
        mkdir(path, 0o755)
    }
    return path
}
