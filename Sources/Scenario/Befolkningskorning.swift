import Befolkning
import Foundation

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

    /// Reads the scenario's data.
    public init(_ scenario: Befolkningsscenario) throws(ScenarioFel) {
        let underlag = try Befolkningsunderlag.las(katalog: scenario.data)
        self.scenario = scenario
        region = try underlag.data(region: scenario.region)
        riket = underlag.regioner.contains { $0.kod == Befolkningsunderlag.riket }
            ? try underlag.data(region: Befolkningsunderlag.riket) : region
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

    /// The deterministic projection and the stochastic intervals of the scenario's assumptions.
    public func prognos(_ modell: Befolkningsmodell, framsteg: ((Int) -> Void)? = nil) throws(ScenarioFel)
        -> (prognos: Befolkningsprognos, intervall: Befolkningsintervall) {
        let antaganden = scenario.antaganden(modell)
        do {
            return (try modell.projicera(antaganden),
                    try modell.simulera(antaganden, banor: scenario.simuleringar, seed: scenario.seed, framsteg: framsteg))
        } catch {
            throw antagandefel(error)
        }
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
