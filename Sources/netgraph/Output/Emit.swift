import Foundation
import NetGraph

/// Writes a command's answer to standard output (standard error is ``Diagnostics``').
enum Emit {
    static func json(_ value: JSONValue) {
        var bytes = value.utf8()
        bytes.append(0x0A)
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func text(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

extension Double {
    /// A score for a table: six significant digits, no exponent for ordinary magnitudes.
    var tableDescription: String {
        if self == 0 { return "0" }
        if abs(self) >= 1e-4 && abs(self) < 1e9 {
            var text = String(format: "%.6g", self)
            if text.contains("e") { text = String(format: "%.6f", self) }
            return text
        }
        return String(format: "%.6g", self)
    }
}
