// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "NewsGraphPipeline", targets: ["NewsGraphPipeline"]),
        .library(name: "NewsGraphStore", targets: ["NewsGraphStore"]),
        .library(name: "NewsGraphExport", targets: ["NewsGraphExport"]),
        .library(name: "NewsGraphWeb", targets: ["NewsGraphWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // OpenCC (libopencc-dev) converts traditional characters to simplified ones.
        .systemLibrary(
            name: "COpenCC",
            path: "Sources/COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]
        ),
        // The shared document model: text with offsets, articles, mentions, relations, facts.
        .target(name: "NewsGraphModel"),
        // Raw page to facts: decoding, normalising, reflow, articles, sentences, recognisers, relations.
        .target(
            name: "NewsGraphPipeline",
            dependencies: ["NewsGraphModel", "COpenCC"],
            resources: [.copy("Lexicons")]
        ),
        // The SQLite store (GRDB), its migrations (symlinked from schema/) and queries.
        .target(
            name: "NewsGraphStore",
            dependencies: [
                "NewsGraphModel", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C interface itself, for the `sql` sandbox's heap limit.
                .product(name: "GRDBSQLite", package: "GRDB.swift", condition: .when(platforms: [.linux])),
            ],
            resources: [.copy("Schema")]
        ),
        // The library's front door: collect pages, run the pipeline, store each file in one transaction.
        .target(name: "NewsGraph", dependencies: ["NewsGraphModel", "NewsGraphPipeline", "NewsGraphStore"]),
        // Facts out, evaluation against gold, Graphviz DOT and rendering.
        .target(name: "NewsGraphExport", dependencies: ["NewsGraphModel", "NewsGraphStore"]),
        // The read-only web UI (`serve`) and the static report: pages from Mustache templates.
        .target(
            name: "NewsGraphWeb",
            dependencies: [
                "NewsGraphModel", "NewsGraphStore", "NewsGraphExport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]
        ),
        // Command-line commands; the executable only calls into this.
        .target(
            name: "NewsGraphCLI",
            dependencies: [
                "NewsGraph", "NewsGraphModel", "NewsGraphPipeline", "NewsGraphStore", "NewsGraphExport", "NewsGraphWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "newsgraph", dependencies: ["NewsGraphCLI"]),
        .testTarget(name: "NewsGraphModelTests", dependencies: ["NewsGraphModel"]),
        .testTarget(name: "NewsGraphPipelineTests", dependencies: ["NewsGraphPipeline", "NewsGraphModel"]),
        .testTarget(name: "NewsGraphStoreTests", dependencies: ["NewsGraphStore", "NewsGraphPipeline", "NewsGraphModel"]),
        .testTarget(name: "NewsGraphExportTests", dependencies: ["NewsGraphExport", "NewsGraph", "NewsGraphStore", "NewsGraphPipeline", "NewsGraphModel"]),
        .testTarget(name: "NewsGraphTests", dependencies: ["NewsGraph", "NewsGraphStore", "NewsGraphModel"]),
        .testTarget(name: "NewsGraphCLITests", dependencies: ["NewsGraphCLI", "NewsGraph", "NewsGraphStore", "NewsGraphModel"]),
        .testTarget(name: "NewsGraphWebTests", dependencies: ["NewsGraphWeb", "NewsGraph", "NewsGraphStore", "NewsGraphExport", "NewsGraphModel"]),
    ]
)
