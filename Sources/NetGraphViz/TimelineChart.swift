import Foundation
import NetGraph

/// A timeline drawn as a self-contained SVG: the active entities and relations per period,
/// and the rank trajectories of the entities that were ever among the top.
///
/// Written by hand rather than through a charting library: two line panels need axes, a
/// legend and a few polylines, which is less code than a dependency, and the output stays
/// byte-identical for the same input (no library picks fonts, ids or ordering of its own).
/// Graphviz, which draws the graphs, has no chart layouts.
public enum TimelineChart {
    /// The most entities given a rank trajectory (those with the best ranks first): more
    /// lines than colours stop being readable.
    public static let maximumTrajectories = 9

    /// The SVG of `timeline` (computed on `graph`), titled `title`.
    public static func svg(_ timeline: Timeline, of graph: Graph, title: String, measure: String) -> String {
        let width = 960.0
        let panelHeight = 240.0
        let left = 64.0, right = 240.0, top = 48.0, gap = 72.0
        let plotWidth = width - left - right
        let snapshots = timeline.snapshots
        let height = top + 2 * panelHeight + gap + 56
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
            <title>\(ChartDrawing.escaped(title))</title>
            <rect width="100%" height="100%" fill="#FFFFFF"/>
            <text x="\(left)" y="24" font-size="16" font-weight="bold">\(ChartDrawing.escaped(title))</text>

            """
        guard !snapshots.isEmpty else {
            return out + "<text x=\"\(left)\" y=\"\(top + 24)\">No relation is dated: there is no timeline.</text>\n</svg>\n"
        }
        func x(_ index: Int) -> Double {
            snapshots.count == 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(snapshots.count - 1)
        }
        func label(_ snapshot: Timeline.Snapshot) -> String { snapshot.start.description }
        // Period labels: at most about twelve, evenly spaced, always the first and the last.
        let step = max(1, Int((Double(snapshots.count) / 12).rounded(.up)))
        let labelled = Set(stride(from: 0, to: snapshots.count, by: step)).union([snapshots.count - 1])

        // Panel 1: counts.
        let countTop = top
        let countBottom = top + panelHeight
        let most = max(1, snapshots.map { max($0.entities.count, $0.relations) }.max() ?? 1)
        func yCount(_ value: Int) -> Double { countBottom - (countBottom - countTop) * Double(value) / Double(most) }
        out += ChartDrawing.axes(left: left, right: left + plotWidth, top: countTop, bottom: countBottom,
                    yTicks: [0, most / 2, most].map { ($0 == 0 ? "0" : String($0), yCount($0)) },
                    caption: "active entities and relations per period")
        out += ChartDrawing.xLabels(snapshots.indices.filter(labelled.contains).map { (label(snapshots[$0]), x($0)) }, at: countBottom)
        let series: [(String, String, [Int])] = [
            ("entities", "#332288", snapshots.map(\.entities.count)),
            ("relations", "#CC6677", snapshots.map(\.relations)),
        ]
        for (index, (name, colour, values)) in series.enumerated() {
            let points = values.enumerated().map { "\(ChartDrawing.format(x($0.offset))),\(ChartDrawing.format(yCount($0.element)))" }.joined(separator: " ")
            out += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(points)\"><title>\(name)</title></polyline>\n"
            out += ChartDrawing.legend(name, colour: colour, x: left + plotWidth + 16, y: countTop + 16 + Double(index) * 18)
        }

        // Panel 2: rank trajectories of the entities ever in the top, best rank first.
        let rankTop = countBottom + gap
        let rankBottom = rankTop + panelHeight
        var bestRank: [Int: Int] = [:]
        for snapshot in snapshots {
            for (rank, entry) in snapshot.top.enumerated() { bestRank[entry.node] = min(bestRank[entry.node] ?? .max, rank + 1) }
        }
        let tracked = bestRank.keys.sorted { (bestRank[$0]!, graph.id(ofNode: $0)) < (bestRank[$1]!, graph.id(ofNode: $1)) }
            .prefix(maximumTrajectories)
        let deepest = max(1, snapshots.map(\.top.count).max() ?? 1)
        func yRank(_ rank: Int) -> Double {
            deepest == 1 ? rankTop + panelHeight / 2 : rankTop + (rankBottom - rankTop) * Double(rank - 1) / Double(deepest - 1)
        }
        out += ChartDrawing.axes(left: left, right: left + plotWidth, top: rankTop, bottom: rankBottom,
                    yTicks: Array(Set([1, (deepest + 1) / 2, deepest])).sorted().map { ("#\($0)", yRank($0)) },
                    caption: "rank by \(measure) (top \(deepest)), entities ever among them")
        out += ChartDrawing.xLabels(snapshots.indices.filter(labelled.contains).map { (label(snapshots[$0]), x($0)) }, at: rankBottom)
        for (index, node) in tracked.enumerated() {
            let colour = Style.palette[index % Style.palette.count]
            // A line runs through consecutive periods in the top; a period outside it breaks the line.
            var runs: [[String]] = [[]]
            for (position, snapshot) in snapshots.enumerated() {
                if let rank = snapshot.top.firstIndex(where: { $0.node == node }) {
                    runs[runs.count - 1].append("\(ChartDrawing.format(x(position))),\(ChartDrawing.format(yRank(rank + 1)))")
                } else if !runs[runs.count - 1].isEmpty {
                    runs.append([])
                }
            }
            let name = ChartDrawing.escaped(graph.name(ofNode: node))
            for run in runs where !run.isEmpty {
                if run.count == 1 {
                    let parts = run[0].split(separator: ",")
                    out += "<circle cx=\"\(parts[0])\" cy=\"\(parts[1])\" r=\"3\" fill=\"\(colour)\"><title>\(name)</title></circle>\n"
                } else {
                    out += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(run.joined(separator: " "))\"><title>\(name)</title></polyline>\n"
                }
            }
            out += ChartDrawing.legend(graph.name(ofNode: node), colour: colour, x: left + plotWidth + 16, y: rankTop + 16 + Double(index) * 18)
        }
        return out + "</svg>\n"
    }
}
