import Foundation
import Input
import Personal

/// `prognos personal kalibrera`: a workforce scenario's free parameters estimated so that the model reproduces
/// the figures its data folder's `mal.csv` cites from the documents (`Kalibrering`).
public struct Personalkalibreringsresultat: Sendable {
    /// The scenario's name.
    public let namn: String
    /// The scenario file calibrated, which a calibrated scenario builds on with `bas:`.
    public let scenariofil: URL
    /// The targets' file.
    public let malfil: URL
    /// The `nyckel=värde` overrides the scenario was calibrated with, which a calibrated scenario must repeat.
    public let satt: [String]
    public let kalibrering: Kalibrering

    /// Reads the scenario in `fil` with the `nyckel=värde` overrides in `satt` and calibrates it.
    public init(scenario fil: URL, satt: [String] = []) throws(Korfel) {
        do throws(ScenarioFel) {
            let korning = try Personalkorning(try Personalscenario.las(fil, satt: satt))
            let malfil = korning.scenario.data.appendingPathComponent("mal.csv")
            guard !korning.data.mal.isEmpty else {
                throw ScenarioFel(fil: malfil.path, rad: nil, nyckel: "mal.csv",
                                  problem: "filen saknas eller har inga mål; kalibreringen behöver dokumentens siffror "
                                    + "(storhet,ar,grupp,omrade,varde,tolerans,kalla, se docs/personal.md)")
            }
            do {
                kalibrering = try Kalibrering(korning.modell, korning.antaganden, mal: korning.data.mal)
            } catch {
                throw ScenarioFel(fil: fil.path, rad: nil, nyckel: "antaganden", problem: error.description)
            }
            namn = korning.scenario.namn
            scenariofil = fil
            self.malfil = malfil
            self.satt = satt
        } catch {
            throw .scenarioEllerData(error)
        }
    }
}
