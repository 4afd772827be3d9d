import Foundation

/// Where the bundled scenarios and data are: the project folder when Prognos runs from it, otherwise the
/// folder `make install` copied them to, so that the defaults work from any working folder.
public enum Standardfiler {
    /// The folders that hold the bundled files, relative to the installation's root.
    static let mappar = ["scenarios", "notebooks-data"]

    /// The folder holding `scenarios/` and `notebooks-data/`: `PROGNOS_HEM` when set; the working folder when
    /// it has them (a clone); else `share/prognos` beside the folder of the running program (after
    /// `make install`, e.g. /usr/local/bin/prognos → /usr/local/share/prognos).
    static var hem: URL {
        let fm = FileManager.default
        if let hem = ProcessInfo.processInfo.environment["PROGNOS_HEM"], !hem.isEmpty {
            return URL(fileURLWithPath: hem, isDirectory: true)
        }
        let arbetsmapp = URL(fileURLWithPath: fm.currentDirectoryPath, isDirectory: true)
        if mappar.allSatisfy({ fm.fileExists(atPath: arbetsmapp.appendingPathComponent($0).path) }) { return arbetsmapp }
        guard let program = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return arbetsmapp }
        let installerad = program.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/prognos", isDirectory: true)
        return fm.fileExists(atPath: installerad.path) ? installerad : arbetsmapp
    }

    /// A bundled file or folder, e.g. `scenarios/regionplan-2023-2025.yaml`.
    static func url(_ relativ: String) -> URL { hem.appendingPathComponent(relativ) }

    /// A path the user gave: as given when it exists or is absolute; a relative path that is missing from the
    /// working folder but names a bundled file (`scenarios/…`, `notebooks-data/…`) is that file, so the
    /// documented commands run from any folder.
    public static func fil(_ sokvag: String) -> URL {
        let given = URL(fileURLWithPath: sokvag)
        guard !sokvag.hasPrefix("/"), !FileManager.default.fileExists(atPath: given.path),
              mappar.contains(where: { sokvag.hasPrefix($0 + "/") }) else { return given }
        let bundlad = url(sokvag)
        return FileManager.default.fileExists(atPath: bundlad.path) ? bundlad : given
    }

    /// The default budget scenario, as the user would name it.
    public static let budgetscenarioNamn = "scenarios/regionplan-2023-2025.yaml"
    /// The default budget scenario.
    public static var budgetscenario: URL { url(budgetscenarioNamn) }
    /// The default chain scenario, as the user would name it.
    public static let kedjescenarioNamn = "scenarios/kedja-blekinge.yaml"
    /// The default chain scenario.
    public static var kedjescenario: URL { url(kedjescenarioNamn) }
    /// The bundled chain scenarios (`scenarios/kedja-*.yaml`), as the user would name them, sorted.
    public static var kedjescenarier: [String] {
        let filer = (try? FileManager.default.contentsOfDirectory(atPath: url("scenarios").path)) ?? []
        return filer.filter { $0.hasPrefix("kedja-") && $0.hasSuffix(".yaml") }.sorted().map { "scenarios/" + $0 }
    }
    /// The default workforce scenario.
    public static var personalscenario: URL { url("scenarios/personal-blekinge.yaml") }
    /// The bundled SCB population data.
    /// The bundled population scenario, which `--satt` values change when no file is given.
    public static var befolkningsscenario: URL { url("scenarios/befolkning-blekinge.yaml") }

    public static var befolkningsdata: URL { url("notebooks-data/scb-befolkning-1968-2015") }
    /// The bundled SCB population data of ten län, which the table of past projection errors is made from.
    public static var befolkningsdataLan: URL { url("notebooks-data/scb-befolkning-lan-1968-2015") }
    /// The bundled table of past projection errors, from the ten län in `notebooks-data/scb-befolkning-lan-1968-2015`.
    public static var befolkningsprognosfel: URL { url("notebooks-data/befolkning-prognosfel/prognosfel.csv") }
    /// The bundled population outcomes after the data's last year.
    public static var befolkningsutfall: URL { url("notebooks-data/befolkning-utfall") }
}
