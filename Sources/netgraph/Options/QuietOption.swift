import ArgumentParser

/// `--quiet`, which every command takes through ``GraphInputOptions``: no warnings, notices
/// or progress on standard error; errors and data are unchanged.
struct QuietOption: ParsableArguments {
    @Flag(name: .long, help: "Print no warnings, notices or progress on standard error (errors still print).")
    var quiet = false

    /// Option groups are validated once the command line is parsed and before the command
    /// runs, which is when the diagnostics have to know.
    func validate() throws {
        if quiet { Diagnostics.isQuiet = true }
    }
}
