import Befolkning
import Budget
import Personal

/// A chained run's result: the population, the workforce and the budget, and the key figures read from
/// them per plan year.
public struct Kedjeresultat: Sendable {
    /// The scenario's name.
    public let namn: String
    /// The first plan year past the decided budget, when the plan period runs beyond it.
    public let forlangdFran: Int?
    /// The population data the run read, for a later run on the same data (`prognos serve`'s what-ifs).
    public let befolkningsdata: Befolkningskorning
    /// The deterministic population projection, as `prognos befolkning` reports it.
    public let befolkning: Befolkningsprognos
    /// The total population on 31 December of each plan year.
    public let folkmangd: [Double]
    /// The workforce projection, and the reference one the decided budget stands for.
    public let personal: Personalprognos, referens: Personalprognos
    /// The index in `personal.ar` of each plan year.
    public let personalindex: [Int]
    /// Personnel cost against the reference per plan year, mnkr.
    public let personalkostnadsforandring: [Double]
    /// The population against the reference's on 1 November of the year before, per plan year (1 when
    /// revenue does not follow the population).
    public let befolkningsfaktor: [Double]
    /// The budget with everything the chain carries into it, and the assumptions it was computed with.
    public let budget: Budgetutfall, budgetantaganden: Budgetantaganden
    /// The chain as it was resolved from its files and `--satt` values, as YAML.
    public internal(set) var upplost = ""
    /// The quantiles of the stochastic chain, when paths were asked for.
    public internal(set) var intervall: Kedjeintervall? = nil
    /// What the reader should know of the run's `--satt` values (see `Kedja.varningar`).
    public internal(set) var varningar: [String] = []

    /// The plan years.
    public var ar: [Int] { budget.planperiod.ar }

    /// Tax and equalisation revenue gained (negative: lost) because the population differs from the
    /// reference's, mnkr per plan year.
    public var intaktseffekt: [Double] { budget.resultatbudget.befolkningseffekt(budgetantaganden) }

    /// Verksamhetens nettokostnad (revenue less costs and depreciation, as a positive amount) per inhabitant
    /// on 31 December, kronor: the Regionplan's cost-control indicator (regionplan-2023-2025.txt lines
    /// 2066–2076).
    public var nettokostnadPerInvanare: [Double] {
        zip(budget.resultatbudget.verksamhetensNettoresultat, folkmangd).map { -$0 * 1e6 / $1 }
    }

    /// Tax revenue growth on the year before, percent; nil for the first plan year (no earlier year in the model).
    public var skatteokning: [Double?] {
        let s = budget.resultatbudget.skatteintakter
        return ar.indices.map { $0 == 0 ? nil : (s[$0] / s[$0 - 1] - 1) * 100 }
    }

    /// The workforce's year for plan year index `i`, all groups.
    private func personalar(_ i: Int) -> Personalprognos.Ar { personal.totalt(personalindex[i]) }

    /// The key figures per plan year, each with the row key the single runs' CSV files use, a heading, its
    /// unit and decimals: what `kor` prints first and `jamfor` puts side by side.
    public var nyckeltal: [Nyckeltal] {
        let n = ar.indices
        let aldst = n.map { i in befolkning.ar.firstIndex(of: ar[i]).map { befolkning.summa(.ar80plus, $0) } ?? 0 }
        return [
            Nyckeltal("folkmangd", "Folkmängd 31 dec", "personer", 0, folkmangd),
            Nyckeltal("folkmangd_80plus", "varav 80+ år", "personer", 0, aldst),
            Nyckeltal("behov_aa", "Personalbehov", "åa", 0, n.map { personalar($0).behov }),
            Nyckeltal("anstallningar", "Anställningar", "personer", 0, n.map { personalar($0).anstallningar }),
            Nyckeltal("inhyrda_aa", "Inhyrd personal", "åa", 0, n.map { personalar($0).inhyrda }),
            Nyckeltal("ej_tackt_aa", "Ej täckt behov", "åa", 0, n.map { personalar($0).ejTackt }),
            Nyckeltal("inhyrd_kostnad_mnkr", "Kostnad inhyrd personal", "mnkr", 1, n.map { personalar($0).inhyrdKostnad / 1e6 }),
            Nyckeltal("personalkostnad_mnkr", "Personalkostnad, modellens grupper", "mnkr", 1,
                      n.map { personal.personalkostnad(personalindex[$0]) / 1e6 }),
            Nyckeltal("ej_tackt_kostnad_mnkr", "Kostnad ej täckt behov (ej bokförd)", "mnkr", 1,
                      n.map { personalar($0).ejTacktKostnad / 1e6 }),
            Nyckeltal("personalkostnad_forandring", "Personalkostnad mot beslutad budget", "mnkr", 1, personalkostnadsforandring),
            Nyckeltal("intaktseffekt_befolkning", "Skatter och utjämning av befolkningen", "mnkr", 1, intaktseffekt),
        ] + Nyckeltal.budget(budget) + [
            Nyckeltal("nettokostnad_per_invanare", "Nettokostnad per invånare", "kr", 0, nettokostnadPerInvanare),
        ]
    }
}
