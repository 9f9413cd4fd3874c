// swift-tools-version: 6.0
// The netgraph side of the peer benchmark: `netgraph-bench` loads an edge list into the
// analysis core and times one task, printing the JSON line `run.py` reads. Built in release
// mode by `make bench`; not part of `make test`.
import PackageDescription

let package = Package(
    name: "netgraph-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "netgraph", path: "..")],
    targets: [
        .executableTarget(name: "netgraph-bench", dependencies: [.product(name: "NetGraph", package: "netgraph")]),
    ]
)
