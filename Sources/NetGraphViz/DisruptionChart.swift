import Foundation
import NetGraph

/// A removal simulation drawn as a self-contained SVG: after 0, 1, 2… removals, the largest
/// component's share, the efficiency and the fragmentation (all between 0 and 1), with the
/// removed actors named along the bottom. Written by hand, as ``TimelineChart``.
public enum DisruptionChart {
    /// The SVG of `simulation`, the removed nodes named from `graph`, titled `title`.
    public static func svg(_ simulation: RemovalSimulation, of graph: Graph, title: String) -> String {
        let width = 960.0, height = 480.0
        let left = 64.0, right = 240.0, top = 56.0, bottom = 300.0
        let plotWidth = width - left - right
        let impacts = [simulation.intact] + simulation.steps
        func x(_ index: Int) -> Double {
            impacts.count == 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(impacts.count - 1)
        }
        func y(_ value: Double) -> Double { bottom - (bottom - top) * min(1, max(0, value)) }
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
            <title>\(ChartDrawing.escaped(title))</title>
            <rect width="100%" height="100%" fill="#FFFFFF"/>
            <text x="\(Int(left))" y="24" font-size="16" font-weight="bold">\(ChartDrawing.escaped(title))</text>

            """
        out += ChartDrawing.axes(left: left, right: left + plotWidth, top: top, bottom: bottom,
                                 yTicks: [("0", y(0)), ("0.5", y(0.5)), ("1", y(1))],
                                 caption: "after each removal; robustness R = \(String(format: "%.4f", simulation.robustness))")
        // Removal numbers on the axis, the removed actors' names slanted beneath.
        var labels = ""
        for index in impacts.indices {
            labels += "<text x=\"\(ChartDrawing.format(x(index)))\" y=\"\(ChartDrawing.format(bottom + 16))\" text-anchor=\"middle\">\(index)</text>\n"
            if index > 0 {
                let name = graph.name(ofNode: simulation.removed[index - 1])
                let short = name.count > 24 ? name.prefix(23) + "…" : name
                labels += "<text x=\"\(ChartDrawing.format(x(index)))\" y=\"\(ChartDrawing.format(bottom + 30))\" text-anchor=\"end\" "
                    + "transform=\"rotate(-40 \(ChartDrawing.format(x(index))) \(ChartDrawing.format(bottom + 30)))\" fill=\"#555555\">"
                    + "\(ChartDrawing.escaped(String(short)))</text>\n"
            }
        }
        out += labels
        let series: [(String, String, [Double])] = [
            ("largest component share", "#332288", impacts.map(\.largestComponentShare)),
            ("efficiency", "#117733", impacts.map(\.efficiency)),
            ("fragmentation", "#CC6677", impacts.map(\.fragmentation)),
        ]
        for (index, (name, colour, values)) in series.enumerated() {
            let points = values.enumerated().map { "\(ChartDrawing.format(x($0.offset))),\(ChartDrawing.format(y($0.element)))" }
            if points.count == 1 {
                let parts = points[0].split(separator: ",")
                out += "<circle cx=\"\(parts[0])\" cy=\"\(parts[1])\" r=\"3\" fill=\"\(colour)\"><title>\(name)</title></circle>\n"
            } else {
                out += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"><title>\(name)</title></polyline>\n"
            }
            out += ChartDrawing.legend(name, colour: colour, x: left + plotWidth + 16, y: top + 16 + Double(index) * 18)
        }
        return out + "</svg>\n"
    }
}
