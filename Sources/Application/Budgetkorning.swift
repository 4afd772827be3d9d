import Budget
import Foundation
import Input

/// The budget use case: a scenario file read, its statements computed, the sensitivity analysis, the
/// comparison with the published budget and the reconciliation of the data, as one result value.
public struct Budgetkorning {
    /// The scenario as read.
    public let scenario: Scenario
    /// Resultat-, balans- and finansieringsbudget and the nämnd frames.
    public let utfall: Budgetutfall
    /// The result's sensitivity to standard changes of the assumptions.
    public let kanslighet: Kanslighetsanalys
    /// The computed budget against the published one.
    public let jamforelse: Jamforelse
    /// Where the published data contradicts itself, the opening balance's reconciling item first.
    public let avstamning: [Avstamningsanmarkning]

    /// Reads the scenario at `fil` with the `nyckel=värde` overrides in `satt` and computes everything the
    /// budget report shows.
    public init(scenario fil: URL, satt: [String] = []) throws(Korfel) {
        do {
            scenario = try Scenario.las(fil, satt: satt)
            utfall = try scenario.berakna()
            kanslighet = try scenario.kanslighetsanalys()
        } catch {
            throw .scenario(error)
        }
        jamforelse = Jamforelse(utfall: utfall, publicerad: scenario.underlag.publicerad)
        avstamning = Avstamning.ingaendeBalans(scenario.modell) + scenario.avstamning()
    }
}
