import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command may write, checked before anything is computed: only onto a regular file
/// or a new name, and never onto one of the command's own inputs.
public enum OutputFile {
    /// Why a path cannot be written to.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Refuses `path` when something other than a regular file is there — a device, a FIFO, a
    /// socket, a directory or a symbolic link (which someone else may have planted to send the
    /// output elsewhere) — or when it is the same file (device and inode) as one of `inputs`.
    /// A path where nothing exists yet is accepted.
    /// - Throws: ``Refusal`` saying what is there.
    public static func check(_ path: String, notOver inputs: [String] = []) throws(Refusal) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG else {
            let what: String
            switch type {
            case S_IFLNK: what = "a symbolic link"
            case S_IFDIR: what = "a directory"
            case S_IFCHR, S_IFBLK: what = "a device"
            case S_IFIFO: what = "a FIFO"
            case S_IFSOCK: what = "a socket"
            default: what = "not a regular file"
            }
            throw Refusal(description: "'\(path)' is \(what); netgraph writes only to a regular file or a new name ('-' writes to standard output)")
        }
        for input in inputs where input != "-" {
            var other = stat()
            if stat(input, &other) == 0 && other.st_dev == status.st_dev && other.st_ino == status.st_ino {
                throw Refusal(description: "refusing to write over the input '\(input)'")
            }
        }
    }
}
