// swift-tools-version: 6.0
import PackageDescription

// Uses netgraph as a library: key players, a shortest chain with its evidence, and a picture.
let package = Package(
    name: "netgraph-example",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "netgraph", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "KeyPlayersAndChain",
            dependencies: [
                .product(name: "NetGraph", package: "netgraph"),
                .product(name: "NetGraphViz", package: "netgraph"),
            ]
        ),
    ]
)
