import Befolkning
import Foundation
import Input

/// A population scenario carried out: its data read, the model estimated and the projection made, with
/// every error — the data's, the model's and the assumptions' — as a `ScenarioFel` naming where to look:
/// the data folder and region for what the data cannot support, the scenario file for what it assumes.
public struct Befolkningskorning: Sendable {
    /// The scenario.
    public let scenario: Befolkningsscenario
    /// The region's and the country's data (the same when the region is the country or the data hold no
    /// country).
    public let region: Befolkningsdata, riket: Befolkningsdata
    /// The base year: the scenario's, or the last year of the data.
    public let basar: Int

    /// Reads the scenario's data, or takes it from `aterbruk` when that run read the same folder for the same
    /// region.
    public init(_ scenario: Befolkningsscenario, aterbruk: Befolkningskorning? = nil) throws(ScenarioFel) {
        self.scenario = scenario
        if let aterbruk, aterbruk.scenario.data.standardizedFileURL == scenario.data.standardizedFileURL,
           aterbruk.scenario.region == scenario.region {
            region = aterbruk.region
            riket = aterbruk.riket
        } else {
            let underlag = try Befolkningsunderlag.las(katalog: scenario.data)
            region = try underlag.data(region: scenario.region)
            riket = underlag.regioner.contains { $0.kod == Befolkningsunderlag.riket }
                ? try underlag.data(region: Befolkningsunderlag.riket) : region
        }
        basar = scenario.basar ?? region.ar.upperBound
    }

    /// The place a model error belongs to: the data, for this region and base year.
    private func datafel(_ fel: BefolkningsFel) -> ScenarioFel {
        ScenarioFel(fil: scenario.data.path, rad: nil, nyckel: "region \(region.region), basår \(basar)", problem: fel.description)
    }

    /// The place an assumption's error belongs to: the scenario file, or the command line without one.
    private func antagandefel(_ fel: BefolkningsFel) -> ScenarioFel {
        ScenarioFel(fil: scenario.fil?.path ?? "kommandoraden", rad: nil, nyckel: "antaganden", problem: fel.description)
    }

    /// The model estimated from the data up to the base year.
    public func modell() throws(ScenarioFel) -> Befolkningsmodell {
        do {
            return try Befolkningsmodell(region: region, riket: riket, basar: basar, fonster: scenario.fonster)
        } catch {
            throw datafel(error)
        }
    }

    /// The deterministic projection of the scenario's assumptions as the product reports it (`rapporterad`),
    /// and its intervals: the age groups' from the table of past projection errors, the rest from the
    /// simulated paths.
    public func prognos(_ modell: Befolkningsmodell, framsteg: ((Int) -> Void)? = nil) throws(ScenarioFel)
        -> (prognos: Befolkningsprognos, intervall: Befolkningsintervall) {
        let antaganden = scenario.antaganden(modell)
        let (kohort, prognos) = try rapporterad(modell, antaganden)
        let tabell = try prognosfel(horisont: prognos.ar.count)
        do {
            let simulerat = Kombinationsprognos.intervall(
                try modell.simulera(antaganden, banor: scenario.simuleringar, seed: scenario.seed, framsteg: framsteg),
                modell: kohort, kombinerad: prognos)
            return (prognos, tabell.intervall(prognos, simulerat: simulerat))
        } catch {
            throw antagandefel(error)
        }
    }

    /// The projection the product reports under `antaganden`, and the cohort-component projection it is
    /// made from: that projection combined with the constant growth rate (`Kombinationsprognos`, its factors
    /// from the medium projection over the same years). The one population every use case reads — the
    /// population's, the workforce's and the chain's.
    func rapporterad(_ modell: Befolkningsmodell, _ antaganden: Befolkningsantaganden) throws(ScenarioFel)
        -> (kohort: Befolkningsprognos, prognos: Befolkningsprognos) {
        let kombination: Kombinationsprognos
        do {
            let medel = try modell.projicera(Befolkningsantaganden(horisont: antaganden.horisont))
            kombination = Kombinationsprognos(medel: medel, data: try region.till(basar))
        } catch {
            throw datafel(error)
        }
        do {
            let kohort = try modell.projicera(antaganden)
            return (kohort, kombination.kombinera(kohort))
        } catch {
            throw antagandefel(error)
        }
    }

    /// The scenario's table of past projection errors, or the bundled one.
    public func prognosfel() throws(ScenarioFel) -> Prognosfel {
        try PrognosfelLasare.las(scenario.prognosfel ?? Standardfiler.befolkningsprognosfel)
    }

    /// The table with the region's own random variation of deaths and births from the base year, over
    /// `horisont` years (`Prognosfel.med`): what the region's intervals are drawn from.
    func prognosfel(horisont: Int) throws(ScenarioFel) -> Prognosfel {
        try prognosfel().med(Slumpvariation(region, basar: basar, horisont: horisont))
    }

    /// The projection as the product reports it (`rapporterad`) of the scenario's assumptions, over its
    /// horizon or, when that ends earlier, up to the year `sista` (the variant's assumptions are laid out over
    /// the longer horizon).
    public func deterministisk(till sista: Int) throws(ScenarioFel) -> Befolkningsprognos {
        try deterministisk(try modell(), till: sista)
    }

    /// The same projection with the model already estimated.
    public func deterministisk(_ modell: Befolkningsmodell, till sista: Int) throws(ScenarioFel) -> Befolkningsprognos {
        try rapporterad(modell, antaganden(modell, till: sista)).prognos
    }

    /// The scenario's population on `banor` paths over its horizon or up to `sista`, seeded with `seed`, as
    /// sums with each of `vikter` (each `2 · Alder.antal` values, women 0…100+ then men) and by age group,
    /// every age group with the distribution `prognos` gives it (`Befolkningsbanor`: the error table's
    /// around the reported projection): what the workforce's and the chain's paths read.
    public func banor(_ modell: Befolkningsmodell, till sista: Int, banor: Int, seed: UInt64,
                      vikter: [[Double]]) throws(ScenarioFel) -> Befolkningsbanor {
        let antaganden = antaganden(modell, till: sista)
        let prognos = try rapporterad(modell, antaganden).prognos
        let tabell = try prognosfel(horisont: prognos.ar.count)
        do {
            let simulerade = try modell.simulera(antaganden, banor: banor, seed: seed, vikter: Befolkningsbanor.delvikter(vikter))
            return Befolkningsbanor(simulerade, antalVikter: vikter.count, prognos: prognos, tabell: tabell)
        } catch {
            throw antagandefel(error)
        }
    }

    /// The scenario's assumptions for `modell`, over its horizon or, when that ends earlier, up to the year `sista`.
    public func antaganden(_ modell: Befolkningsmodell, till sista: Int) -> Befolkningsantaganden {
        var s = scenario
        s.horisont = max(s.horisont, sista - basar)
        return s.antaganden(modell)
    }

    /// The scenario's outcomes for comparison, if it names a folder that holds some for the region.
    public func utfall() throws(ScenarioFel) -> Befolkningsutfall? {
        guard let katalog = scenario.utfall else { return nil }
        let kod = region.region.split(separator: " ").first.map(String.init) ?? scenario.region
        return try BefolkningsutfallLasare.las(katalog: katalog, region: kod)
    }

    /// A backtest from the base year over the scenario's horizon.
    public func backtest(framsteg: ((Int) -> Void)? = nil) throws(ScenarioFel) -> Befolkningsbacktest {
        do {
            return try Befolkningsbacktest(region: region, riket: riket, basar: basar, horisont: scenario.horisont,
                                           banor: scenario.simuleringar, seed: scenario.seed, fonster: scenario.fonster,
                                           framsteg: framsteg)
        } catch {
            throw datafel(error)
        }
    }
}

/// The population projection as the report shows it.
public struct Befolkningsresultat: Sendable {
    /// The scenario's name.
    public let namn: String
    /// The scenario as it was resolved from its file and `--satt` values, as YAML; nil without a file.
    public let upplost: String?
    /// The estimated model.
    public let modell: Befolkningsmodell
    /// The deterministic projection.
    public let prognos: Befolkningsprognos
    /// The stochastic intervals.
    public let intervall: Befolkningsintervall
    /// The projection against the outcomes after its base year, where the scenario names some.
    public let jamforelse: Utfallsjamforelse?
}

/// The population backtest and the region it ran on.
public struct Befolkningsbacktestresultat: Sendable {
    /// The region's name in the data.
    public let region: String
    /// The backtest.
    public let backtest: Befolkningsbacktest
    /// The data folder whose regions' past errors gave the intervals, when they did (`backtest.intervall`).
    public let feldata: URL
    /// The years after the base year asked for; the backtest has fewer where the data end sooner.
    public let horisont: Int
}

extension Befolkningskorning {
    /// What a user lowers when a run is too large.
    static let minska = "minska simuleringar eller horisont (--simuleringar, --horisont)"

    /// The scenario in `fil` with the `nyckel=värde` overrides in `satt`, or without a file the medium
    /// projection of the bundled data with its outcomes.
    public static func scenario(_ fil: URL?, satt: [String] = []) throws(Korfel) -> Befolkningsscenario {
        guard let fil else {
            var s = Befolkningsscenario(data: Standardfiler.befolkningsdata)
            s.utfall = Standardfiler.befolkningsutfall
            return s
        }
        do { return try Befolkningsscenario.las(fil, satt: satt) } catch { throw .scenario(error) }
    }

    /// The projection use case: the model estimated, the projection, its intervals and the comparison
    /// with outcomes. `framsteg` is told how many paths are done.
    public static func prognos(_ s: Befolkningsscenario, framsteg: ((Int) -> Void)? = nil) throws(Korfel)
        -> Befolkningsresultat {
        try Minne.kontrolleraLasning(s.data)
        try Minne.kontrollera(Befolkningsmodell.minnesbehov(banor: s.simuleringar, horisont: s.horisont),
                              for: "simuleringen av \(s.simuleringar) banor × \(s.horisont) år", minska: Self.minska)
        do {
            let k = try Befolkningskorning(s)
            let modell = try k.modell()
            let (prognos, intervall) = try k.prognos(modell, framsteg: framsteg)
            return Befolkningsresultat(
                namn: s.namn, upplost: s.upplost, modell: modell, prognos: prognos, intervall: intervall,
                jamforelse: try k.utfall().flatMap { Utfallsjamforelse(prognos: prognos, intervall: intervall, utfall: $0) })
        } catch {
            throw .dataEllerAntaganden(error)
        }
    }

    /// The backtest use case: estimate from the data up to the scenario's base year, project, compare. The
    /// intervals are those `prognos` would have shown then: the table of past errors made as the bundled one is,
    /// from the ten län of `Standardfiler.befolkningsdataLan`, but from their data up to the base year only and
    /// without the region itself, with the region's own random variation; the paths' where those errors are too
    /// few for a table (base years before 1977).
    public static func backtest(_ s: Befolkningsscenario, framsteg: ((Int) -> Void)? = nil) throws(Korfel)
        -> Befolkningsbacktestresultat {
        guard s.basar != nil else { throw .saknas("ange --basar, det sista året modellen får se") }
        try Minne.kontrolleraLasning(s.data)
        try Minne.kontrollera(Befolkningsmodell.minnesbehov(banor: s.simuleringar, horisont: s.horisont),
                              for: "backtesten med \(s.simuleringar) banor × \(s.horisont) år", minska: Self.minska)
        let k: Befolkningskorning, backtest: Befolkningsbacktest
        do {
            k = try Befolkningskorning(s)
            backtest = try k.backtest(framsteg: framsteg)
        } catch {
            throw .backtest(error.description)
        }
        let feldata = Standardfiler.befolkningsdataLan
        let fel = try Regionunderlag(feldata).till(k.basar).prognosfel(horisont: s.horisont, fonster: s.fonster)
        let tabell = Prognosfel(fel.filter { $0.region != k.region.region })
            .med(Slumpvariation(k.region, basar: k.basar, horisont: s.horisont))
        return Befolkningsbacktestresultat(region: k.region.region, backtest: backtest.med(tabell), feldata: feldata, horisont: s.horisont)
    }
}
