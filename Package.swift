// swift-tools-version: 6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ClaimDesk",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ClaimDeskKit", targets: ["ClaimDeskKit"]),
        .executable(name: "claimdesk", targets: ["claimdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
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
        .target(
            name: "ClaimDeskKit",
            dependencies: [
                "CCurl",
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [
                .copy("Resources/checkworthiness-model.json"),
                .copy("Resources/checkworthiness-model.SOURCE.md"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "claimdesk",
            dependencies: [
                "ClaimDeskKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ClaimDeskKitTests",
            dependencies: ["ClaimDeskKit"],
            exclude: ["Report/Snapshots"],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ClaimDeskCLITests",
            dependencies: ["ClaimDeskKit", "claimdesk"],
            swiftSettings: upcoming
        ),
    ]
)
