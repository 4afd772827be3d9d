import Befolkning
import Foundation
import Vokabular

/// The estimated population model as JSON, for re-implementing the projection elsewhere (the numpy
/// benchmark), with the assumptions used and the Swift run's results to compare against. Vectors by sex
/// are `[kvinnor, män]`, each over ages 0…100+; doubles are written so that they read back exactly.
struct Befolkningsparametrar: Encodable {
    /// Lee–Carter per sex: log m(x, t) = a(x) + b(x)·k(t); `kSista` is k in the base year; `driftSigma` the
    /// standard error of the drift, sigma/√(years − 1) of the fitted index.
    struct LeeCarterParametrar: Encodable {
        let a: [Double], b: [Double], kSista: Double, drift: Double, sigma: Double, driftSigma: Double
    }

    /// The medium variant over `horisont` years: the k index follows drift × `dodlighetDriftfaktor`,
    /// migration is the mean profile × `migrationSkala`, and the total fertility rate per year is `tfr`.
    struct Antaganden: Encodable {
        let horisont: Int, dodlighetDriftfaktor: Double, migrationSkala: Double, tfr: [Double]
    }

    /// The Swift run: timing, memory and results.
    struct Swift: Encodable {
        let banor: Int, horisont: Int, seed: UInt64
        let sekunder: Double, tider: [Double], cpuTider: [Double], banorArPerSekund: Double
        let minneMiB: Minnesmatning
        let kvantilsannolikheter: [Double]
        /// Quantiles per year, `[år][kvantil]`, of every age group (by `Aldersgrupp.nyckel`), the dependency
        /// ratio (`forsorjningskvot`), births (`fodda`), deaths (`doda`) and net migration (`migration`).
        let kvantiler: [String: [[Double]]]
        /// The deterministic projection (one path, no random variation): total per year, the population
        /// `[år][kon][ålder]`, births and deaths per year.
        let deterministiskTotal: [Double]
        let deterministiskFolkmangd: [[[Double]]]
        let deterministiskaFodda: [Double], deterministiskaDoda: [Double]

        init(_ r: Befolkningsbench.Resultat, banor: Int, seed: UInt64, prognos: Befolkningsprognos) {
            self.banor = banor
            horisont = r.antaganden.horisont
            self.seed = seed
            sekunder = r.basta
            tider = r.tider
            cpuTider = r.cpuTider
            banorArPerSekund = r.banorArPerSekund(banor: banor)
            minneMiB = r.minne
            kvantilsannolikheter = Kvantiler.sannolikheter
            var kvantiler: [String: [[Double]]] = [:]
            for grupp in Aldersgrupp.allCases {
                kvantiler[grupp.nyckel] = (0..<horisont).map { r.intervall.kvantiler(grupp, $0).varden }
            }
            kvantiler["forsorjningskvot"] = r.intervall.forsorjningskvot.map(\.varden)
            kvantiler["fodda"] = r.intervall.fodda.map(\.varden)
            kvantiler["doda"] = r.intervall.doda.map(\.varden)
            kvantiler["migration"] = r.intervall.migration.map(\.varden)
            self.kvantiler = kvantiler
            deterministiskTotal = (0..<horisont).map { prognos.summa(.total, $0) }
            deterministiskFolkmangd = prognos.folkmangd
            deterministiskaFodda = prognos.fodda
            deterministiskaDoda = prognos.doda
        }
    }

    let region: String
    let basar: Int
    /// The base population `[kon][ålder]`.
    let bas: [[Double]]
    let leeCarter: [LeeCarterParametrar]
    /// The region's mortality level relative to the country, per sex.
    let regionalNiva: [Double]
    /// Age-specific fertility at ages 15…49.
    let asfr: [Double]
    let andelFlickor: Double
    /// Mean net migration and how a deviation of the total is spread, `[kon][ålder]`.
    let migrationMedel: [[Double]], migrationFordelning: [[Double]]
    let fruktsamhetPhi: Double, fruktsamhetSigma: Double, migrationSigma: Double
    /// The AR(1) coefficient and innovation of the yearly net migration total.
    let migrationPhi: Double, migrationInnovation: Double
    /// The standard error of the migration level, drawn once per path.
    let migrationsnivaSigma: Double
    /// The standard error of the region's own part of the assumed log TFR, drawn once per path.
    let fruktsamhetsnivaSigma: Double
    /// The shocks common to every region: the random walks of the country's log TFR and net migration
    /// (persons of the region) and the errors of their assumed levels.
    let rikeFruktsamhetSigma: Double, rikeFruktsamhetsnivaSigma: Double
    let rikeMigrationInnovation: Double, rikeMigrationsnivaSigma: Double
    let antaganden: Antaganden
    let swift: Swift

    init(modell: Befolkningsmodell, antaganden: Befolkningsantaganden, prognos: Befolkningsprognos, swift: Swift) {
        region = modell.region
        basar = modell.basar
        bas = modell.bas
        leeCarter = modell.dodlighet.leeCarter.map {
            LeeCarterParametrar(a: $0.a, b: $0.b, kSista: $0.k.last!, drift: $0.drift, sigma: $0.sigma,
                                driftSigma: $0.driftMedelfel)
        }
        regionalNiva = modell.dodlighet.regionalNiva
        asfr = modell.fruktsamhet.asfr
        andelFlickor = modell.fruktsamhet.andelFlickor
        migrationMedel = modell.migration.medel
        migrationFordelning = modell.migration.fordelning
        fruktsamhetPhi = modell.osakerhet.fruktsamhetPhi
        fruktsamhetSigma = modell.osakerhet.fruktsamhetSigma
        migrationSigma = modell.osakerhet.migrationSigma
        migrationPhi = modell.osakerhet.migrationPhi
        migrationInnovation = modell.osakerhet.migrationInnovation
        migrationsnivaSigma = modell.osakerhet.migrationsnivaSigma
        fruktsamhetsnivaSigma = modell.osakerhet.fruktsamhetsnivaSigma
        rikeFruktsamhetSigma = modell.osakerhet.nationell.fruktsamhetSigma
        rikeFruktsamhetsnivaSigma = modell.osakerhet.nationell.fruktsamhetsnivaSigma
        rikeMigrationInnovation = modell.osakerhet.nationell.migrationInnovation
        rikeMigrationsnivaSigma = modell.osakerhet.nationell.migrationsnivaSigma
        // The benchmark projects the medium variant; other assumptions have no place in this file.
        guard case .drift(let drift) = antaganden.dodlighet, case .skala(let skala) = antaganden.migration,
              antaganden.tfr.isEmpty else { preconditionFailure("parametrarna skrivs bara för medelalternativet") }
        self.antaganden = Antaganden(horisont: antaganden.horisont, dodlighetDriftfaktor: drift, migrationSkala: skala,
                                     tfr: prognos.tfr)
        self.swift = swift
    }
}
