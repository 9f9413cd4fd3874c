import ArgumentParser
import NetGraphReport
import NetGraphViz

// The renderer's and the report's choices, parsed by the argument parser itself: an unknown
// value is a usage error listing the known ones, and the command gets a typed value.

extension LayoutEngine: ExpressibleByArgument {}

extension RenderFormat: ExpressibleByArgument {
    /// Formats are read without regard to case (`--format SVG`).
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension ReportOptions.Coloring: ExpressibleByArgument {}
