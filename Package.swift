// swift-tools-version: 6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// The layers of ARCHITECTURE.md, one target each; a dependency against the arrows does not compile.
//
//   claimdesk (CLI)
//        │
//   ClaimDeskService ──▶ ClaimDeskExtraction, ClaimDeskStore, ClaimDeskFetch, ClaimDeskReport
//                              │                 │               │               │
//                              └────────────▶ ClaimDeskModel ──▶ ClaimDeskText ◀─┘
let package = Package(
    name: "ClaimDesk",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ClaimDeskService", targets: ["ClaimDeskService"]),
        .executable(name: "claimdesk", targets: ["claimdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Pure helpers every layer shares: text decoding, numbers, times, hashing, terminal-safe text.
        .target(
            name: "ClaimDeskText",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: upcoming
        ),
        // Value types and pure domain rules (guardrails, hash chain, anchoring, merge and link rules).
        // Ed25519 (swift-crypto) signs the history's head (`WorkspaceKey`).
        .target(
            name: "ClaimDeskModel",
            dependencies: ["ClaimDeskText", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: upcoming
        ),
        // Claim extraction: pure functions over text.
        .target(
            name: "ClaimDeskExtraction",
            dependencies: ["ClaimDeskModel", "ClaimDeskText"],
            resources: [
                .copy("Resources/checkworthiness-model.json"),
                .copy("Resources/checkworthiness-model.SOURCE.md"),
            ],
            swiftSettings: upcoming
        ),
        // SQL and transactions; the only target that sees GRDB.
        .target(
            name: "ClaimDeskStore",
            dependencies: [
                "ClaimDeskModel", "ClaimDeskText",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The C API of SQLite, for the FTS5 ranking function (`SearchRank`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming
        ),
        // The network (libcurl), HTML to text, WARC.
        .target(
            name: "ClaimDeskFetch",
            dependencies: ["ClaimDeskModel", "ClaimDeskText", "CCurl", "CZlib"],
            swiftSettings: upcoming
        ),
        // Records to text: Markdown reports, the ledger, ClaimReview, CSV, JSON.
        .target(name: "ClaimDeskReport", dependencies: ["ClaimDeskModel", "ClaimDeskText"], swiftSettings: upcoming),
        // One async method per user action; the CLI and the web server call only this. Team-mode passwords are
        // hashed with bcrypt (HummingbirdBcrypt, which needs nothing but its C code).
        .target(
            name: "ClaimDeskService",
            dependencies: [
                "ClaimDeskModel", "ClaimDeskText", "ClaimDeskExtraction", "ClaimDeskStore", "ClaimDeskFetch",
                "ClaimDeskReport",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // The reviewer's workbench in the browser: Hummingbird routes over ClaimDeskService.
        .target(
            name: "ClaimDeskWeb",
            dependencies: [
                "ClaimDeskService", "ClaimDeskModel", "ClaimDeskText", "ClaimDeskReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                // Live updates end their streams when the server shuts down gracefully.
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/static")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "claimdesk",
            dependencies: [
                "ClaimDeskService", "ClaimDeskModel", "ClaimDeskText", "ClaimDeskReport", "ClaimDeskWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ClaimDeskKitTests",
            dependencies: [
                "ClaimDeskModel", "ClaimDeskText", "ClaimDeskExtraction", "ClaimDeskStore", "ClaimDeskFetch",
                "ClaimDeskReport", "ClaimDeskService",
            ],
            exclude: ["Report/Snapshots"],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ClaimDeskWebTests",
            dependencies: [
                "ClaimDeskWeb", "ClaimDeskService", "ClaimDeskModel",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ClaimDeskCLITests",
            dependencies: ["ClaimDeskService", "claimdesk"],
            swiftSettings: upcoming
        ),
    ]
)

// libFuzzer targets (Fuzz/README.md): declared only when CLAIMDESK_FUZZ is set, so ordinary builds and CI never
// build them. Fuzz mode keeps only the parsers' targets (no CLI, web, store or tests), so `Fuzz/run.sh` builds all
// six with one `swift build --sanitize=fuzzer --sanitize=address`.
if Context.environment["CLAIMDESK_FUZZ"] != nil {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzExtractor", ["ClaimDeskExtraction", "ClaimDeskModel", "ClaimDeskText"]),
        ("FuzzValues", ["ClaimDeskExtraction", "ClaimDeskModel", "ClaimDeskText"]),
        ("FuzzHTML", ["ClaimDeskFetch", "ClaimDeskModel", "ClaimDeskText"]),
        ("FuzzLedger", ["ClaimDeskReport"]),
        ("FuzzURL", ["ClaimDeskModel"]),
        ("FuzzWARC", ["ClaimDeskFetch"]),
    ]
    let parsers: Set<String> = [
        "CCurl", "CZlib", "ClaimDeskText", "ClaimDeskModel", "ClaimDeskExtraction", "ClaimDeskFetch", "ClaimDeskReport",
    ]
    package.products = []
    package.targets = package.targets.filter { parsers.contains($0.name) }
    for (name, dependencies) in fuzzTargets {
        package.targets.append(
            .executableTarget(name: name, dependencies: dependencies, path: "Fuzz/\(name)", swiftSettings: upcoming)
        )
    }
}
