/// What a planner changes in a population projection: the horizon and the paths of fertility, mortality
/// and migration. Unset parts follow the estimates from the data (the medium variant).
public struct Befolkningsantaganden: Equatable, Sendable {
    /// The preset variants, as SCB publishes low, medium and high alternatives.
    public enum Variant: String, CaseIterable, Sendable {
        case lag = "låg", medel, hog = "hög"
    }

    /// How mortality develops.
    public enum Dodlighetsantagande: Equatable, Sendable {
        /// The Lee–Carter index follows its drift times `faktor` (1: as estimated, 0: no improvement).
        case drift(faktor: Double)
        /// Life expectancy at birth rises by this many years per year, for both sexes.
        case e0Okning(arPerAr: Double)
    }

    /// How net migration develops.
    public enum Migrationsantagande: Equatable, Sendable {
        /// The mean profile times a factor.
        case skala(Double)
        /// A yearly total, persons, with the mean age profile.
        case total(Double)
    }

    /// Years to project after the base year.
    public var horisont: Int
    /// Total fertility rate by year: linear between the years given, from the estimated rate in the base
    /// year, constant after the last; empty keeps the estimated rate.
    public var tfr: [Int: Double]
    /// Mortality.
    public var dodlighet: Dodlighetsantagande
    /// Migration.
    public var migration: Migrationsantagande

    /// Creates assumptions; the default is the medium variant over 30 years.
    public init(horisont: Int = Befolkningsmodellval.horisont, tfr: [Int: Double] = [:], dodlighet: Dodlighetsantagande = .drift(faktor: 1),
                migration: Migrationsantagande = .skala(1)) {
        self.horisont = horisont
        self.tfr = tfr
        self.dodlighet = dodlighet
        self.migration = migration
    }

    /// A preset: low has a total fertility rate 0,2 lower (reached over five years), half the mortality
    /// improvement and net migration one historical standard deviation lower; high the opposite; medium the
    /// estimates as they are.
    public static func variant(_ variant: Variant, modell: Befolkningsmodell, horisont: Int = Befolkningsmodellval.horisont) -> Befolkningsantaganden {
        let riktning: Double = variant == .lag ? -1 : variant == .hog ? 1 : 0
        guard riktning != 0 else { return Befolkningsantaganden(horisont: horisont) }
        return Befolkningsantaganden(
            horisont: horisont, tfr: [modell.basar + Befolkningsmodellval.variantTFRAr:
                    modell.fruktsamhet.tfr + Befolkningsmodellval.variantTFRSteg * riktning],
            dodlighet: .drift(faktor: 1 + Befolkningsmodellval.variantDriftfaktorSteg * riktning),
            migration: .total(modell.migration.total
                              + riktning * Befolkningsmodellval.variantMigrationSigma * modell.osakerhet.migrationSigma))
    }

    /// The total fertility rate assumed for `year`, from `bas` in `basar`.
    func tfr(_ year: Int, bas: Double, basar: Int) -> Double {
        let punkter = [(basar, bas)] + tfr.filter { $0.key > basar }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        guard let efter = punkter.firstIndex(where: { $0.0 >= year }) else { return punkter.last!.1 }
        guard efter > 0 else { return punkter[0].1 }
        let (a0, v0) = punkter[efter - 1], (a1, v1) = punkter[efter]
        return v0 + (v1 - v0) * Double(year - a0) / Double(a1 - a0)
    }

    func kontrollera(basar: Int) throws(BefolkningsFel) {
        guard (1...200).contains(horisont) else { throw .ogiltigtAntagande("horisonten ska vara 1–200 år, fick \(horisont)") }
        for (year, varde) in tfr where !(varde.isFinite && (0...10).contains(varde)) || year <= basar {
            throw .ogiltigtAntagande("fruktsamheten \(year) ska vara ett år efter basåret \(basar) och ett tal 0–10, fick \(varde)")
        }
        switch dodlighet {
        case .drift(let f) where !(f.isFinite && (-10...10).contains(f)):
            throw .ogiltigtAntagande("driftfaktorn för dödligheten ska vara ett tal −10–10, fick \(f)")
        case .e0Okning(let g) where !(g.isFinite && (-1...1).contains(g)):
            throw .ogiltigtAntagande("ökningen av livslängden ska vara −1–1 år per år, fick \(g)")
        default: break
        }
        switch migration {
        case .skala(let s) where !(s.isFinite && (-100...100).contains(s)):
            throw .ogiltigtAntagande("migrationens skalfaktor ska vara −100–100, fick \(s)")
        case .total(let t) where !(t.isFinite && abs(t) <= 10_000_000):
            throw .ogiltigtAntagande("nettomigrationen ska vara högst 10 miljoner personer per år, fick \(t)")
        default: break
        }
    }
}
