// swift-tools-version:6.0
import PackageDescription

/// The library modules are optimised in debug builds too, so that `swift test` runs the computations at the
/// program's speed: unoptimised, ETS's search is 10–20 times slower, 1 000 population paths through the chain
/// take half a minute instead of a second, and the suite's README commands and fuzz sweeps took most of its ten
/// minutes. Tests still see internal API (`@testable`, which debug builds enable). The program, the bench and the
/// tests themselves stay unoptimised. (unsafeFlags are allowed because Prognos is a root package, not a
/// dependency of another.)
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "Prognos",
    products: [
        .library(name: "Prognos", targets: ["Vokabular", "LinearAlgebra", "Forecasting", "Budget", "Befolkning", "Personal", "Uppfoljning",
                                            "Input", "LedgerInput", "Application", "Report", "OutputFolder"]),
        .executable(name: "prognos", targets: ["prognos"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // SQLite through the system library (libsqlite3-dev), for the ledger of monthly outcomes.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The local web server of `prognos serve` (HTTP on SwiftNIO); only the prognos program links it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own: its logger (silenced, its lines are English) and its I/O errors (errno).
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
    ],
    targets: [
        // C system library: OpenBLAS (cblas.h) and LAPACKE (lapacke.h). Only LinearAlgebra imports it.
        .systemLibrary(
            name: "CLapack",
            pkgConfig: "lapacke",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["CLapack"], swiftSettings: optimisedInDebug),
        // The shared vocabulary: amounts and their Swedish format, years and months, the quantile set, text
        // escaping, system-error texts.
        .target(name: "Vokabular", swiftSettings: optimisedInDebug),
        // Exponential smoothing (ETS) state-space models: estimation, selection, forecasts with intervals.
        .target(name: "Forecasting", dependencies: ["LinearAlgebra"], swiftSettings: optimisedInDebug),
        .target(name: "Budget", dependencies: ["Vokabular", "LinearAlgebra"], swiftSettings: optimisedInDebug),
        .target(name: "Befolkning", dependencies: ["Vokabular", "LinearAlgebra"], swiftSettings: optimisedInDebug),
        .target(name: "Personal", dependencies: ["LinearAlgebra", "Befolkning"], swiftSettings: optimisedInDebug),
        // The ledger of monthly outcome, budget and prognosis versions, kept in SQLite; the full-year methods.
        .target(name: "Uppfoljning", dependencies: ["Vokabular", "LinearAlgebra", "Forecasting", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: optimisedInDebug),
        // Readers: file formats (YAML, CSV, JSON-stat) and their validation, errors with file, line and key.
        .target(name: "Input", dependencies: ["Vokabular", "Budget", "Befolkning", "Personal", "Yams"], swiftSettings: optimisedInDebug),
        // Readers of the ledger's files (exports, organisation, drivers), on the same CSV machinery.
        .target(name: "LedgerInput", dependencies: ["Vokabular", "Input", "Uppfoljning"], swiftSettings: optimisedInDebug),
        // Every use case as a request → result value; reads each input once and passes values on.
        .target(name: "Application", dependencies: ["Vokabular", "Budget", "Befolkning", "Personal", "Uppfoljning",
                                                    "Input", "LedgerInput"], swiftSettings: optimisedInDebug),
        // Linux renameat2 (atomic exchange / no-replace rename), which Swift's Glibc module does not expose.
        .target(name: "CFileSystem"),
        // The atomic output folder: `--out` written all or nothing, only over what Prognos wrote before.
        .target(name: "OutputFolder", dependencies: ["Vokabular", "CFileSystem"], swiftSettings: optimisedInDebug),
        // Renderers: result values → `Rapport` (terminal text and CSV files).
        .target(name: "Report", dependencies: ["Vokabular", "Budget", "Befolkning", "Personal", "Uppfoljning", "Input", "Application"], swiftSettings: optimisedInDebug),
        .executableTarget(
            name: "prognos",
            dependencies: [
                "Vokabular", "Befolkning", "Uppfoljning", "Input", "LedgerInput", "Application", "Report", "OutputFolder",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // Every benchmark and peer comparison (make bench); none of it is in the prognos program.
        .executableTarget(
            name: "prognos-bench",
            dependencies: ["Vokabular", "LinearAlgebra", "Forecasting", "Budget", "Befolkning", "Uppfoljning", "Input", "Application", "Report",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What every test suite shares: the project's folders and scratch folders.
        .target(name: "Testdelar", path: "Tests/Testdelar"),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting"]),
        .testTarget(name: "BudgetTests", dependencies: ["Vokabular", "Budget", "LinearAlgebra"]),
        .testTarget(name: "BefolkningTests", dependencies: ["Vokabular", "Befolkning", "LinearAlgebra"]),
        .testTarget(name: "PersonalTests", dependencies: ["Personal", "Befolkning", "LinearAlgebra"]),
        .testTarget(
            name: "UppfoljningTests",
            dependencies: ["Testdelar", "Vokabular", "Uppfoljning", "Input", "LedgerInput", "Application", "Budget", "LinearAlgebra", "Forecasting", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Fixtures: recorded answers of SCB's API, read from the source tree.
        .testTarget(name: "InputTests", dependencies: ["Testdelar", "Vokabular", "LinearAlgebra", "Input", "LedgerInput", "Application", "Budget", "Befolkning", "Personal", "Report", "OutputFolder"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "OutputFolderTests", dependencies: ["Testdelar", "Vokabular", "OutputFolder"]),
        .testTarget(name: "CLITests", dependencies: ["Testdelar", "Vokabular", "prognos", "LinearAlgebra", .product(name: "GRDB", package: "GRDB.swift")]),
        // Seeded mutations of the shipped input files, run through each module's loader in-process.
        .testTarget(name: "FuzzTests", dependencies: ["Testdelar", "LinearAlgebra", "Budget", "Befolkning", "Personal", "Uppfoljning", "Input", "LedgerInput", "Application", "Report", "OutputFolder"]),
    ]
)
