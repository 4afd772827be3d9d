// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Prognos",
    products: [
        .library(name: "Prognos", targets: ["LinearAlgebra", "Forecasting", "Budget", "Befolkning", "Personal", "Uppfoljning",
                                            "Scenario", "Report"]),
        .executable(name: "prognos", targets: ["prognos"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // SQLite through the system library (libsqlite3-dev), for the ledger of monthly outcomes.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C system library: OpenBLAS (cblas.h) and LAPACKE (lapacke.h). Only LinearAlgebra imports it.
        .systemLibrary(
            name: "CLapack",
            pkgConfig: "lapacke",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["CLapack"]),
        // Exponential smoothing (ETS) state-space models: estimation, selection, forecasts with intervals.
        // Optimised in debug builds too: unoptimised, the estimator's search is 10–20 times slower and an
        // automatic fit in `swift test` takes seconds to tens of seconds. (unsafeFlags are allowed here
        // because Prognos is a root package, not a dependency of another.)
        .target(name: "Forecasting", dependencies: ["LinearAlgebra"],
                swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "Budget", dependencies: ["LinearAlgebra"]),
        .target(name: "Befolkning", dependencies: ["LinearAlgebra"]),
        .target(name: "Personal", dependencies: ["LinearAlgebra", "Befolkning"]),
        // The ledger of monthly outcome, budget and prognosis versions, kept in SQLite; the full-year methods.
        .target(name: "Uppfoljning", dependencies: ["LinearAlgebra", "Forecasting", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Scenario", dependencies: ["Budget", "Befolkning", "Personal", "Uppfoljning", "Yams"]),
        // Linux renameat2 (atomic exchange / no-replace rename), which Swift's Glibc module does not expose.
        .target(name: "CFileSystem"),
        .target(name: "Report", dependencies: ["Budget", "Befolkning", "Personal", "Uppfoljning", "CFileSystem"]),
        .executableTarget(
            name: "prognos",
            dependencies: [
                "Budget", "Befolkning", "Uppfoljning", "Scenario", "Report",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The Swift side of the ETS comparison in bench/ (make bench), kept out of the prognos CLI.
        .executableTarget(
            name: "ets-bench",
            dependencies: ["Forecasting", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting"]),
        .testTarget(name: "BudgetTests", dependencies: ["Budget", "LinearAlgebra"]),
        .testTarget(name: "BefolkningTests", dependencies: ["Befolkning", "LinearAlgebra"]),
        .testTarget(name: "PersonalTests", dependencies: ["Personal", "Befolkning", "LinearAlgebra"]),
        .testTarget(
            name: "UppfoljningTests",
            dependencies: ["Uppfoljning", "Scenario", "Budget", "LinearAlgebra", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "Budget", "Befolkning", "Personal"]),
        .testTarget(name: "ReportTests", dependencies: ["Report"]),
        .testTarget(name: "CLITests", dependencies: ["prognos", "LinearAlgebra", .product(name: "GRDB", package: "GRDB.swift")]),
        // Seeded mutations of the shipped input files, run through each module's loader in-process.
        .testTarget(name: "FuzzTests", dependencies: ["LinearAlgebra", "Budget", "Befolkning", "Personal", "Uppfoljning", "Scenario", "Report"]),
    ]
)
