// swift-tools-version: 6.0
// libFuzzer targets, one per reader. Built apart from the main package because they need
// `-sanitize=fuzzer,address` and have no `main`: `make fuzz` builds and runs them.
import PackageDescription

let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

let package = Package(
    name: "netgraph-fuzz",
    dependencies: [.package(name: "netgraph", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "NetGraph", package: "netgraph")], swiftSettings: fuzzerFlags),
        .executableTarget(name: "FuzzNative", dependencies: ["FuzzSupport", .product(name: "NetGraph", package: "netgraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "NetGraph", package: "netgraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "FuzzEdgeList", dependencies: ["FuzzSupport", .product(name: "NetGraph", package: "netgraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "FuzzGraphML", dependencies: ["FuzzSupport", .product(name: "NetGraph", package: "netgraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "FuzzGEXF", dependencies: ["FuzzSupport", .product(name: "NetGraph", package: "netgraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "FuzzExchangeJSON", dependencies: ["FuzzSupport", .product(name: "NetGraph", package: "netgraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "FuzzDOT", dependencies: ["FuzzSupport", .product(name: "NetGraph", package: "netgraph"),
                                                          .product(name: "NetGraphViz", package: "netgraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
    ]
)
