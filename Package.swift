// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// The library is split along its boundaries, and the arrows between targets point inward only
// (docs/architecture.md draws them). `scripts/check-boundaries.sh` shows that an import across a
// forbidden arrow fails to compile.
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
        // The team's verification store on PostgreSQL (issue 18): Vapor's maintained client, async,
        // with TLS (`.prefer`) and SCRAM; the only PostgreSQL driver this machine serves.
        .package(url: "https://github.com/vapor/postgres-nio", "1.33.0"..<"1.34.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Values every other target speaks: diagnostics, languages, the catalogue, countries,
        // guides and steps, plans, answers. No I/O beyond Foundation, no C, no YAML.
        .target(
            name: "SetupGuideModel",
            swiftSettings: strictSettings
        ),
        // Reading content: the one cmark bridge, DocFX, guides and their step annotations, the
        // country catalogue and answers files. The only target that links CCmark and Yams.
        .target(
            name: "SetupGuideParsing",
            dependencies: [
                "SetupGuideModel",
                "SetupGuidePlanning",
                "CCmark",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),
        // Ordering steps for a country and features, and binding step arguments to answers.
        // Pure: no tenant and no file system.
        .target(
            name: "SetupGuidePlanning",
            dependencies: ["SetupGuideModel"],
            swiftSettings: strictSettings
        ),
        // The provisioning engine: its rules, the SQLite rehearsal tenant, its journal and the
        // PowerShell that performs a plan on a real tenant.
        .target(
            name: "SetupGuideEngine",
            dependencies: [
                "SetupGuideModel",
                "SetupGuidePlanning",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        // Checking a plan's steps against the rehearsal tenant or a real tenant's exports.
        .target(
            name: "SetupGuideVerification",
            dependencies: ["SetupGuideModel", "SetupGuidePlanning", "SetupGuideEngine"],
            swiftSettings: strictSettings
        ),
        // A fleet of client tenants verified at once: each client's outcome, worst first, and each
        // check tallied across the fleet.
        .target(
            name: "SetupGuideFleet",
            dependencies: ["SetupGuideModel", "SetupGuideVerification"],
            swiftSettings: strictSettings
        ),
        // Turning Microsoft Learn (DocFX) articles into checklists.
        .target(
            name: "SetupGuideImport",
            dependencies: ["SetupGuideModel", "SetupGuideParsing"],
            swiftSettings: strictSettings
        ),
        // The wizard: leads an admin through a plan and calls the engine, behind a terminal protocol.
        .target(
            name: "SetupGuideWizard",
            dependencies: ["SetupGuideModel", "SetupGuidePlanning", "SetupGuideEngine", "SetupGuideVerification"],
            swiftSettings: strictSettings
        ),
        // The umbrella: re-exports the library and holds the actions commands call.
        .target(
            name: "SetupGuide",
            dependencies: [
                "SetupGuideModel", "SetupGuideParsing", "SetupGuidePlanning", "SetupGuideEngine",
                "SetupGuideVerification", "SetupGuideImport", "SetupGuideWizard", "SetupGuideStore",
                "SetupGuideFleet",
            ],
            swiftSettings: strictSettings
        ),
        // Verification history, drift, manual-step records and notes: a local SQLite file (GRDB) by
        // default, PostgreSQL (postgres-nio) for a team; one schema and one migration list.
        .target(
            name: "SetupGuideStore",
            dependencies: [
                "SetupGuideModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strictSettings
        ),
        // Output for people and tools: the terminal, the HTML site, reports. Knows no command line.
        .target(
            name: "GuideRenderer",
            dependencies: [
                "SetupGuideModel", "SetupGuidePlanning", "SetupGuideVerification", "SetupGuideImport",
                "SetupGuideEngine", "SetupGuideFleet",
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
            dependencies: [
                "SetupGuide", "SetupGuideModel", "SetupGuideParsing", "SetupGuidePlanning", "SetupGuideEngine",
                "SetupGuideVerification", "SetupGuideImport", "SetupGuideWizard", "GuideRenderer",
                "SetupGuideFleet",
            ],
            // golden files are read from the source tree, where RECORD_GOLDEN=1 rewrites them
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "GuideRendererTests",
            dependencies: ["GuideRenderer", "SetupGuide", "SetupGuideModel", "SetupGuideVerification", "SetupGuideFleet"],
            exclude: ["Fixtures", "Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SetupGuideStoreTests",
            dependencies: ["SetupGuideStore", "SetupGuide", "SetupGuideModel"],
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

// Fuzzing (issue 17): `SetupGuideFuzzing` holds one entry per reader of untrusted input;
// `setup-guide-fuzz` is a replay driver in a normal build, and the libFuzzer target when
// `scripts/fuzz.sh` builds it with `-sanitize=fuzzer -DSETUP_GUIDE_LIBFUZZER`. `FuzzCorpusTests`
// replays every seed and crasher in Tests/FuzzCorpus.
package.products.append(.executable(name: "setup-guide-fuzz", targets: ["SetupGuideFuzz"]))
package.targets += [
    .target(
        name: "SetupGuideFuzzing",
        dependencies: ["SetupGuideModel", "SetupGuideParsing", "SetupGuideImport", "SetupGuideVerification", "SetupGuideEngine"],
        swiftSettings: strictSettings
    ),
    .executableTarget(name: "SetupGuideFuzz", dependencies: ["SetupGuideFuzzing"], swiftSettings: strictSettings),
    .testTarget(
        name: "FuzzCorpusTests",
        dependencies: ["SetupGuideFuzzing", "SetupGuideModel", "SetupGuideParsing", "SetupGuideImport"],
        swiftSettings: strictSettings
    ),
]
