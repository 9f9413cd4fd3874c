import Foundation
import NetGraph

/// The parts the hand-written SVG charts share (``TimelineChart``, ``DisruptionChart``):
/// axes with ticks, period labels, legend entries, coordinates and escaped text, each
/// written the same way every time so a chart is the same bytes for the same input.
enum ChartDrawing {
    static func axes(left: Double, right: Double, top: Double, bottom: Double, yTicks: [(String, Double)], caption: String) -> String {
        var out = "<text x=\"\(format(left))\" y=\"\(format(top - 10))\" fill=\"#555555\">\(escaped(caption))</text>\n"
        out += "<line x1=\"\(format(left))\" y1=\"\(format(bottom))\" x2=\"\(format(right))\" y2=\"\(format(bottom))\" stroke=\"#888888\"/>\n"
        out += "<line x1=\"\(format(left))\" y1=\"\(format(top))\" x2=\"\(format(left))\" y2=\"\(format(bottom))\" stroke=\"#888888\"/>\n"
        for (text, y) in yTicks {
            out += "<line x1=\"\(format(left - 4))\" y1=\"\(format(y))\" x2=\"\(format(right))\" y2=\"\(format(y))\" stroke=\"#EEEEEE\"/>\n"
            out += "<text x=\"\(format(left - 8))\" y=\"\(format(y + 4))\" text-anchor=\"end\">\(escaped(text))</text>\n"
        }
        return out
    }

    static func xLabels(_ labels: [(String, Double)], at bottom: Double) -> String {
        labels.map { text, x in
            "<text x=\"\(format(x))\" y=\"\(format(bottom + 18))\" text-anchor=\"middle\">\(escaped(text))</text>\n"
        }.joined()
    }

    static func legend(_ name: String, colour: String, x: Double, y: Double) -> String {
        "<line x1=\"\(format(x))\" y1=\"\(format(y - 4))\" x2=\"\(format(x + 16))\" y2=\"\(format(y - 4))\" stroke=\"\(colour)\" stroke-width=\"3\"/>"
            + "<text x=\"\(format(x + 22))\" y=\"\(format(y))\">\(escaped(name.count > 28 ? name.prefix(27) + "…" : name))</text>\n"
    }

    /// Coordinates with at most two decimals, so the same chart is the same bytes.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    /// Text for SVG character data and attribute values.
    static func escaped(_ text: String) -> String { XMLText.escape(text) }
}
