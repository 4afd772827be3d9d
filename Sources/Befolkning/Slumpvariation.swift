import Vokabular

/// The demographic random variation of one region's population: how much the count of an age group varies
/// from one projection to the next only because deaths and births are random events, given the risks.
///
/// A person alive at the base year survives h years with probability S, so the survivors of a cohort of N
/// are binomial, with variance N·S·(1 − S); the births of a year are Poisson, and the newborns alive h − t
/// years later too, with variance B·S_0. The variance of a group's count at horizon h is the sum over the
/// cohorts that are in the group at h (independent events). Its relative size, V/P², falls as 1/P: large for
/// a region of Gotland's size, small for the ten län the table of past errors is drawn from, which is why
/// `Prognosfel` removes the mean of this part from the errors' regional spread and adds the region's own.
///
/// The risks are the region's own over the base year and the four years before it: q(a) = Σ D(a, y) /
/// Σ P(a − 1, y − 1), deaths by age attained in the year over the cohort alive at the start of it (the
/// data's cohort identity), q(0) over the year's births, B the mean births of the same years. Migration is
/// random too, but its variance needs the gross flows in and out, which the data (only the net) do not have;
/// it is not included, so this is a lower bound for a small region.
public struct Slumpvariation: Equatable, Sendable {
    /// The years the risks and births are averaged over, the base year the last.
    public static let fonster = 5

    /// The variance of the count, persons², by horizon h = 1… (index h − 1) and group (`Aldersgrupp.rawValue`).
    private let varians: [[Double]]

    /// The variation of `data`'s region from `basar` (only years up to it are read) for the horizons 1…`horisont`.
    public init(_ data: Befolkningsdata, basar: Int, horisont: Int) {
        let forsta = max(data.ar.lowerBound + 1, basar - Self.fonster + 1), sista = min(basar, data.ar.upperBound)
        let ar = forsta <= sista ? Array(forsta...sista) : []
        let antal = Alder.antal
        // Deaths by age attained in the year over the cohort at its start (`Kohort.utgangslage`), both sexes.
        var doda = [Double](repeating: 0, count: antal), utsatta = doda
        for y in ar {
            let t = data.t(y)
            for kon in Kon.allCases {
                let n = Kohort.utgangslage(foregaende: data.folkmangd[kon.rawValue][t - 1],
                                           fodda: data.fodda[kon.rawValue][t].reduce(0, +))
                for a in 0..<antal {
                    doda[a] += data.doda[kon.rawValue][t][a]
                    utsatta[a] += n[a]
                }
            }
        }
        let dodsrisk = (0..<antal).map { utsatta[$0] > 0 ? min(max(doda[$0] / utsatta[$0], 0), 1) : 0 }
        let fodda = ar.isEmpty ? 0 : ar.reduce(0.0) { $0 + data.foddaTotalt($1) } / Double(ar.count)
        let bas = data.ar.contains(basar) ? (0..<antal).map { a in Kon.allCases.reduce(0.0) { $0 + data.folkmangd($1, basar)[a] } }
            : [Double](repeating: 0, count: antal)
        // Survival of the base year's cohorts (index: age at the base year) and of a newborn to each age.
        var overlevnad = [Double](repeating: 1, count: antal)
        var franFodsel = [1 - dodsrisk[0]]
        var varians: [[Double]] = []
        for h in 1...max(horisont, 1) {
            var perAlder = [Double](repeating: 0, count: antal)
            for a in 0..<antal {
                let alder = min(a + h, antal - 1)
                overlevnad[a] *= 1 - dodsrisk[alder]
                perAlder[alder] += bas[a] * overlevnad[a] * (1 - overlevnad[a])
            }
            if h > 1 { franFodsel.append(franFodsel[h - 2] * (1 - dodsrisk[min(h - 1, antal - 1)])) }
            // Born in year t = 1…h, of age h − t at the end of year h.
            for t in 1...h { perAlder[min(h - t, antal - 1)] += fodda * franFodsel[h - t] }
            varians.append(Aldersgrupp.allCases.map { g in g.aldrar.reduce(0) { $0 + perAlder[$1] } })
        }
        self.varians = varians
    }

    /// The variance of `grupp`'s count at `horisont` years, persons²; past the horizons computed, the last one's.
    public func varians(_ grupp: Aldersgrupp, horisont: Int) -> Double {
        varians[min(max(horisont, 1), varians.count) - 1][grupp.rawValue]
    }

    /// The variance of ln(utfall / prognos) this variation gives a projection `prognos` of `grupp` at
    /// `horisont`: V / P² (the delta method); 0 for an empty group.
    public func logvarians(_ grupp: Aldersgrupp, horisont: Int, prognos: Double) -> Double {
        prognos > 0 ? varians(grupp, horisont: horisont) / (prognos * prognos) : 0
    }
}
