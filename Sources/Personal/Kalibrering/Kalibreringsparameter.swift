/// A free parameter of the workforce model that calibration estimates, with the box it is searched in.
public enum Kalibreringsparameter: Hashable, Sendable {
    /// Every group's external turnover times one factor (1 = the scenario's levels): the documents give one
    /// level for the whole region.
    case omsattningsniva
    /// A group's recruitment capacity, persons a year.
    case rekryteringskapacitet(String)
    /// A group's base-year vacancies, working FTE.
    case vakanser(String)

    /// A factor of the scenario's turnover from a quarter to twice: wider than any Swedish region's external
    /// turnover has moved in a decade (the Regionplan's 7,6 % is one year's level).
    static let omsattningsfaktor: ClosedRange<Double> = 0.25...2
    /// Recruitment capacity at most this share of the group's base-year headcount a year: beyond it a region
    /// would replace a third of a profession in a year.
    static let hogstaRekryteringsandel = 0.3
    /// Base-year vacancies at most this share of the group's own working FTE: a fifth of the posts empty.
    static let hogstaVakansandel = 0.2

    /// The parameter's name as a planner reads it.
    public var namn: String {
        switch self {
        case .omsattningsniva: return "personalomsättning, faktor på scenariots nivå (alla grupper)"
        case .rekryteringskapacitet(let g): return "rekryteringskapacitet \(g), personer per år"
        case .vakanser(let g): return "vakanser basåret \(g), årsarbetare"
        }
    }

    /// The scenario key the fitted value is written to (`omsattningsniva` writes each group's level).
    public var nyckel: String {
        switch self {
        case .omsattningsniva: return "grupper.*.personalomsattning"
        case .rekryteringskapacitet(let g): return "grupper.\(g).rekryteringskapacitet"
        case .vakanser(let g): return "grupper.\(g).vakanser"
        }
    }

    /// The value in `a`, relative to the scenario `bas` for the turnover factor.
    func varde(_ a: Personalantaganden, bas: Personalantaganden) -> Double {
        switch self {
        case .omsattningsniva:
            let (g, b) = bas.grupper.first(where: { $0.value.personalomsattning > 0 }).map { ($0.key, $0.value.personalomsattning) } ?? ("", 0)
            return b > 0 ? a.grupper[g]!.personalomsattning / b : 1
        case .rekryteringskapacitet(let g): return a.grupper[g]?.rekryteringskapacitet ?? 0
        case .vakanser(let g): return a.grupper[g]?.vakanser ?? 0
        }
    }

    /// `a` with the parameter set to `x`, the turnover factor applied to the levels of `bas`.
    func satt(_ x: Double, i a: inout Personalantaganden, bas: Personalantaganden) {
        switch self {
        case .omsattningsniva:
            for (g, v) in bas.grupper { a.grupper[g]!.personalomsattning = min(1, v.personalomsattning * x) }
        case .rekryteringskapacitet(let g): a.grupper[g]?.rekryteringskapacitet = x
        case .vakanser(let g): a.grupper[g]?.vakanser = x
        }
    }
}
