// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "SetupGuide",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "setup-guide", targets: ["GuideRunner"]),
        .library(name: "SetupGuide", targets: ["SetupGuide"]),
        .library(name: "GuideRenderer", targets: ["GuideRenderer"]),
    ],
    dependencies: [
        // Command-line parsing, help and exit codes for every subcommand.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML front matter and step annotations, with source marks for diagnostics.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The rehearsal tenant: SQLite with migrations, transactions and WAL.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // Templates for the static HTML site, so admins can brand pages without touching Swift.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "SetupGuide",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "GuideRenderer",
            dependencies: [
                "SetupGuide",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "GuideRunner",
            dependencies: [
                "SetupGuide",
                "GuideRenderer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SetupGuideTests",
            dependencies: ["SetupGuide", "GuideRenderer"],
            // golden files are read from the source tree, where RECORD_GOLDEN=1 rewrites them
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "GuideRendererTests",
            dependencies: ["GuideRenderer", "SetupGuide"],
            exclude: ["Fixtures", "Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "GuideRunnerTests",
            dependencies: ["SetupGuide"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
