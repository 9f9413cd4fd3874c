// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "netgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NetGraph", targets: ["NetGraph"]),
        .library(name: "NetGraphViz", targets: ["NetGraphViz"]),
        .library(name: "NetGraphReport", targets: ["NetGraphReport"]),
        .executable(name: "netgraph", targets: ["netgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "NetGraph",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
            ],
            resources: [.copy("Resources/mexico-security.yaml")]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "NetGraphViz", dependencies: ["NetGraph", "CGraphviz"]),
        .target(name: "NetGraphReport", dependencies: ["NetGraph", "NetGraphViz"]),
        .executableTarget(
            name: "netgraph",
            dependencies: [
                "NetGraph",
                "NetGraphViz",
                "NetGraphReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NetGraphTests", dependencies: ["NetGraph", "VizTestSupport", .product(name: "Yams", package: "Yams")], exclude: ["Fixtures"]),
        // Fixtures and an SVG parser the rendering and report tests share, and the graph
        // files of the repository the readers' tests all read (a test target cannot depend
        // on another).
        .target(name: "VizTestSupport", dependencies: ["NetGraph"], path: "Tests/VizTestSupport"),
        .testTarget(name: "NetGraphVizTests", dependencies: ["NetGraph", "NetGraphViz", "VizTestSupport"]),
        .testTarget(name: "NetGraphReportTests", dependencies: ["NetGraph", "NetGraphViz", "NetGraphReport", "VizTestSupport"]),
        .testTarget(name: "netgraphCLITests", dependencies: ["NetGraph", "netgraph"], exclude: ["Hostile"]),
    ]
)
