import Budget

/// Reads the `antaganden` section of a scenario file and lays it over the decided assumptions: a per-year
/// series replaces only the years it names.
struct Antagandelasare {
    let period: Planperiod
    let namnder: [String]
    /// The decided tax revenue per plan year, which a growth rate in `skatteunderlag_okning` is relative to.
    let skatteintakter: [Double]

    func las(_ varde: YamlVarde, beslutade: Budgetantaganden) throws(ScenarioFel) -> Budgetantaganden {
        let t = try varde.tabell(tillatna: [
            "indexering", "personalkostnadsandel", "skatteunderlag_avvikelse", "skatteunderlag_okning", "statsbidrag_forandring",
            "pensionskostnader_forandring", "finansiella_intakter", "avskrivningar", "investeringar", "ramforandringar",
        ])
        var a = beslutade
        if let index = t["indexering"] {
            let it = try index.tabell(tillatna: ["personalkostnader", "driftskostnader"])
            a.indexering.personalkostnader = try procentserie(it["personalkostnader"], bas: a.indexering.personalkostnader)
            a.indexering.driftskostnader = try procentserie(it["driftskostnader"], bas: a.indexering.driftskostnader)
        }
        let andel = try varde.kravd("personalkostnadsandel", i: t, forvantat: "personalkostnadernas andel av verksamhetens kostnader i procent (0–100)")
        a.personalkostnadsandel = try andel.tal("en andel i procent", intervall: Granser.andel)
        a.skatteunderlagsavvikelse = try procentserie(t["skatteunderlag_avvikelse"], bas: a.skatteunderlagsavvikelse)
        if let okning = t["skatteunderlag_okning"] {
            a.skatteunderlagsavvikelse = try skatteokning(okning, avvikelse: a.skatteunderlagsavvikelse,
                                                         angivna: t["skatteunderlag_avvikelse"])
        }
        a.statsbidragsforandring = try serie(t["statsbidrag_forandring"], bas: a.statsbidragsforandring)
        a.pensionskostnadsforandring = try serie(t["pensionskostnader_forandring"], bas: a.pensionskostnadsforandring)
        a.finansiellaIntakter = try serie(t["finansiella_intakter"], bas: a.finansiellaIntakter)
        a.avskrivningar = try serie(t["avskrivningar"], bas: a.avskrivningar, enhet: Self.ickeNegativt, intervall: Self.ickeNegativa)
        if let inv = t["investeringar"] {
            let it = try inv.tabell(tillatna: ["immateriella", "mark_och_byggnader", "maskiner_och_inventarier", "finansiella"])
            func investering(_ nyckel: String, _ bas: [Double]) throws(ScenarioFel) -> [Double] {
                try serie(it[nyckel], bas: bas, enhet: Self.ickeNegativt, intervall: Self.ickeNegativa)
            }
            a.investeringar.immateriella = try investering("immateriella", a.investeringar.immateriella)
            a.investeringar.markOchByggnader = try investering("mark_och_byggnader", a.investeringar.markOchByggnader)
            a.investeringar.maskinerOchInventarier = try investering("maskiner_och_inventarier", a.investeringar.maskinerOchInventarier)
            a.investeringar.finansiella = try investering("finansiella", a.investeringar.finansiella)
        }
        if let ramar = t["ramforandringar"] {
            for (namnd, forandring) in try ramar.poster("en tabell med nämnder och ramförändringar per år") {
                guard namnder.contains(namnd) else {
                    throw forandring.fel("okänd nämnd; nämnder med budgetram är \(namnder.joined(separator: ", "))")
                }
                a.ramforandringar[namnd] = try serie(forandring, bas: period.nollserie)
            }
        }
        return a
    }

    /// The tax base written as growth per year, as SKR publishes its forecast (e.g. `{2024: 4.5}`), turned
    /// into the model's cumulative deviation: tax revenue in year t is the decided S(t) times the product of
    /// (1 + deviation) up to t, so a growth g in year t means a deviation (1 + g) / (S(t) / S(t−1)) − 1. The
    /// first plan year has no earlier year in the model and takes `skatteunderlag_avvikelse` instead.
    private func skatteokning(_ varde: YamlVarde, avvikelse: [Double], angivna: YamlVarde?) throws(ScenarioFel) -> [Double] {
        let okning = try procentserie(varde, bas: period.ar.map { _ in .nan })
        let dubbla = try angivna.map { v throws(ScenarioFel) in try v.poster().map(\.nyckel) } ?? []
        var result = avvikelse
        for (i, g) in okning.enumerated() where !g.isNaN {
            guard i > 0 else {
                throw varde.fel("året \(period.ar[0]) är planperiodens första och har inget föregående år att räkna "
                                + "ökningen från; ange det med skatteunderlag_avvikelse")
            }
            guard !dubbla.contains(String(period.ar[i])) else {
                throw varde.fel("året \(period.ar[i]) står också i skatteunderlag_avvikelse; ange det på ett ställe")
            }
            result[i] = ((1 + g / 100) / (skatteintakter[i] / skatteintakter[i - 1]) - 1) * 100
        }
        return result
    }

    /// Depreciation and investments are amounts spent, never negative: a sale or a reversal is no
    /// assumption of this model.
    private static let ickeNegativa: ClosedRange<Double> = 0...Granser.mnkr.upperBound
    private static let ickeNegativt = "ett belopp i mnkr som inte är negativt"

    /// A series of mnkr amounts: `{2023: 12.5, 2025: -3}`; the years not named keep `bas`.
    private func serie(_ varde: YamlVarde?, bas: [Double], enhet: String = "ett belopp i mnkr",
                       intervall: ClosedRange<Double> = Granser.mnkr) throws(ScenarioFel) -> [Double] {
        guard let varde else { return bas }
        var result = bas
        for (nyckel, post) in try varde.poster("en tabell med år och värden, t.ex. {2024: 1.5}") {
            guard let year = Int(nyckel) else {
                throw post.fel("nyckeln ska vara ett årtal i planperioden \(period.beskrivning)")
            }
            guard let index = period.index(of: year) else {
                throw post.fel("året \(year) ligger utanför planperioden \(period.beskrivning)")
            }
            result[index] = try post.tal(enhet, intervall: intervall)
        }
        return result
    }

    /// A series of yearly rates in percent, each above −100 % and at most +100 %.
    private func procentserie(_ varde: YamlVarde?, bas: [Double]) throws(ScenarioFel) -> [Double] {
        try serie(varde, bas: bas, enhet: "en procentsats (t.ex. 3.1)", intervall: Granser.procent)
    }
}
