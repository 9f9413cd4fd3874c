import Foundation
import NetGraph

/// How entities and relations look: a shape and colour per entity kind, a line style per
/// relation family. The same input always gets the same look.
///
/// Colours are Paul Tol's *muted* scheme (nine colours and a pale grey), chosen to stay
/// distinguishable for the common forms of colour blindness (Tol, *Colour Schemes*, SRON
/// technical note, 2021, <https://personal.sron.nl/~pault/>).
public enum Style {
    /// The look of one entity kind.
    public struct KindStyle: Hashable, Sendable {
        /// A Graphviz node shape.
        public var shape: String
        /// The fill colour, `#RRGGBB`.
        public var fill: String
        /// The label colour that reads on ``fill``.
        public var font: String
        /// Extra node `style` values besides `filled`.
        public var extraStyle: String?
    }

    /// Paul Tol's muted scheme, in his order.
    public static let palette: [String] = [
        "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499",
    ]
    /// Tol's pale grey, for entities without a kind (`node`) and for kinds beyond the palette.
    public static let neutral = "#DDDDDD"

    /// The built-in kinds' looks. Kinds a graph declares itself get a palette colour by a
    /// stable hash of their name and the ellipse shape.
    public static let kinds: [EntityKind: KindStyle] = [
        .cartel: KindStyle(shape: "hexagon", fill: "#CC6677", font: "#000000"),
        .official: KindStyle(shape: "box", fill: "#332288", font: "#FFFFFF", extraStyle: "rounded"),
        .agency: KindStyle(shape: "component", fill: "#88CCEE", font: "#000000"),
        .country: KindStyle(shape: "octagon", fill: "#DDCC77", font: "#000000"),
        .program: KindStyle(shape: "note", fill: "#999933", font: "#000000"),
        .person: KindStyle(shape: "ellipse", fill: "#44AA99", font: "#000000"),
        .organization: KindStyle(shape: "box3d", fill: "#AA4499", font: "#FFFFFF"),
        .location: KindStyle(shape: "house", fill: "#117733", font: "#FFFFFF"),
        .event: KindStyle(shape: "parallelogram", fill: "#882255", font: "#FFFFFF"),
        .node: KindStyle(shape: "ellipse", fill: neutral, font: "#000000"),
    ]

    /// The look of `kind`: its built-in style, or for another kind a palette colour chosen by
    /// the FNV-1a hash of its name, so it is the same on every run and machine.
    public static func style(of kind: EntityKind) -> KindStyle {
        if let style = kinds[kind] { return style }
        let fill = palette[Int(fnv1a(kind.rawValue) % UInt64(palette.count))]
        return KindStyle(shape: "ellipse", fill: fill, font: fontColor(on: fill))
    }

    /// The fill for group `group` when colouring by a grouping (communities): the palette in
    /// order, then grey for groups past its end and for negative (unassigned) groups.
    public static func groupColor(_ group: Int) -> String {
        group >= 0 && group < palette.count ? palette[group] : neutral
    }

    /// Black or white, whichever reads better on `fill` (by WCAG relative luminance).
    public static func fontColor(on fill: String) -> String {
        let hex = fill.dropFirst()
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return "#000000" }
        func channel(_ shift: UInt32) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
        return luminance > 0.179 ? "#000000" : "#FFFFFF"
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
