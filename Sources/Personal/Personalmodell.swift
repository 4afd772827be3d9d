import Befolkning

/// The workforce model: own staff as a stock and flow over age bands per segment, care need following the
/// population, and the gap covered by recruitment, then hired personnel up to a policy limit; what is left
/// is unmet need. Costs follow salaries with overheads and hired prices, both indexed.
///
/// The stock is followed by single age: the base year's bands are spread evenly over their ages. Each year, per
/// segment: retirements and other leavers leave by age (`Avgangsmonster`); the rest grow a year older (those
/// past the oldest age retire); the need is the base year's need times the
/// population's weighted growth (and productivity); the persons needed to close the gap are hired within the
/// group's capacity, in the group's hiring age profile; what own staff still does not cover is hired up to
/// the limit. The exits and the ageing are one linear map over all (segment × age) states, applied to all
/// scenarios of a batch as one matrix product. Own and hired FTE are worked time (`Arbetstid`): own staff by
/// employment rate, which a full-time lever may raise (`Heltid`), less the year's sick leave. Completed
/// trainees of the region's own training (`Utbildning`) join before recruitment, outside its capacity.
public struct Personalmodell: Sendable {
    public let basar: Int
    public let bestand: Personalbestand
    /// Hired personnel's cost per segment in the base year, kronor, as the region reports it. The volume
    /// (FTE) follows from the scenario's hours and hourly price (`basinhyrda`): prices and hours calibrate the
    /// volume, so a what-if on them leaves the base year's reported cost as it is.
    public let inhyrdKostnad: [Segment: Double]
    public let vardtyngd: Vardtyngd
    /// The population's care need by area and year (Σ pop·w, `Vardtyngd`), from the base year of the
    /// population projection on.
    public let vardbehov: Vardbehov
    /// Each group with its segments' indices, in the order of `bestand.grupper`.
    private let gruppsegment: [(grupp: String, segment: [Int])]
    /// The single ages followed: the first band's youngest to the last band's oldest.
    public let aldrar: ClosedRange<Int>
    /// The band of each age in `aldrar`.
    let bandAvAlder: [Int]
    /// The base year's headcount by `[segment][age]`.
    private let basantal: [[Double]]

    public init(basar: Int, bestand: Personalbestand, inhyrdKostnad: [Segment: Double], vardtyngd: Vardtyngd,
                befolkning: Befolkningsprognos) throws(PersonalFel) {
        for segment in inhyrdKostnad.keys where !bestand.segment.contains(segment) {
            throw .ogiltigaData("inhyrd personal för \(segment.grupp) i \(segment.omrade), som saknas i bemanningen")
        }
        guard inhyrdKostnad.values.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw .ogiltigaData("kostnaden för inhyrd personal ska vara icke-negativ")
        }
        for omrade in Set(bestand.segment.map(\.omrade)) where vardtyngd.vikter[omrade] == nil {
            throw .ogiltigaData("vårdtyngd saknas för vårdområdet \(omrade)")
        }
        var pop: [Int: [[Double]]] = [befolkning.basar: befolkning.bas]
        for (t, year) in befolkning.ar.enumerated() { pop[year] = befolkning.folkmangd[t] }
        guard pop[basar] != nil else { throw .befolkningSaknas(ar: basar) }
        self.basar = basar
        self.bestand = bestand
        self.inhyrdKostnad = inhyrdKostnad
        self.vardtyngd = vardtyngd
        let band = bestand.aldersband.band
        let aldrar = band[0].lowerBound...band[band.count - 1].upperBound
        let bandAvAlder = aldrar.map { bestand.aldersband.index($0)! }
        self.aldrar = aldrar
        self.bandAvAlder = bandAvAlder
        basantal = bestand.antal.map { n in bandAvAlder.map { n[$0] / Double(band[$0].count) } }
        gruppsegment = bestand.grupper.map { g in (g, bestand.segment.indices.filter { bestand.segment[$0].grupp == g }) }
        vardbehov = Vardbehov(varden: vardtyngd.vikter.keys.reduce(into: [:]) { v, omrade in
            v[omrade] = pop.mapValues { vardtyngd.behov(omrade, $0) }
        })
    }

    /// One scenario.
    public func berakna(_ a: Personalantaganden) throws(PersonalFel) -> Personalprognos { try berakna([a])[0] }

    /// Many scenarios: scenarios that share exit and ageing rates are carried forward together, one matrix
    /// product per year.
    public func berakna(_ scenarier: [Personalantaganden]) throws(PersonalFel) -> [Personalprognos] {
        try berakna(scenarier.map { ($0, vardbehov) })
    }

    /// One scenario on many populations, e.g. the paths of a stochastic projection, each given as its care
    /// need (`Vardbehov`): carried forward together, one matrix product per year.
    public func berakna(_ a: Personalantaganden, vardbehov banor: [Vardbehov]) throws(PersonalFel) -> [Personalprognos] {
        try berakna(banor.map { (a, $0) })
    }

    /// Many cases, each a scenario on a population's care need, e.g. a path with its own draw of the calibrated
    /// parameters (`Parameterspridning`): carried forward together, one step per year.
    public func berakna(_ fall: [(Personalantaganden, Vardbehov)]) throws(PersonalFel) -> [Personalprognos] {
        let scenarier = fall.map(\.0)
        let nb = bestand.aldersband.antal
        let omraden = Set(bestand.segment.map(\.omrade))
        for (a, vb) in fall {
            try a.kontrollera(grupper: bestand.grupper, band: nb)
            for (g, grupp) in a.grupper { try grupp.heltid?.kontrollera(g, basar: basar) }
            for (segment, kostnad) in inhyrdKostnad where kostnad > 0 && (a.grupper[segment.grupp]?.timpris ?? 0) <= 0 {
                throw .ogiltigaData("\(segment.grupp) har kostnad för inhyrd personal basåret men timpriset 0; "
                                    + "timpriset behövs för att räkna om kostnaden till årsarbetare")
            }
            for omrade in omraden {
                let ar = vb.varden[omrade]
                for year in basar...(basar + a.horisont) where ar?[year] == nil { throw .befolkningSaknas(ar: year) }
            }
        }
        // Ageing is one multiplication per state (stay unless retiring or leaving, one year older): an element-wise
        // loop, O(states) per scenario and year, where a (states × states) product would be O(states²).
        let floden = scenarier.map { Aldersfloden(self, $0) }
        var tillstand = scenarier.map { _ in basantal.flatMap { $0 } }
        var resultat = scenarier.map { [basarsrader($0)] }
        let horisont = scenarier.map(\.horisont).max() ?? 0
        for steg in 1...max(horisont, 1) where horisont > 0 {
            for s in scenarier.indices where scenarier[s].horisont >= steg {
                let (rader, nytt) = ar(scenarier[s], fall[s].1, floden[s], steg: steg, fore: tillstand[s],
                                       aldrade: aldrade(tillstand[s], floden[s].overlevnad))
                tillstand[s] = nytt
                resultat[s].append(rader)
            }
        }
        return scenarier.indices.map { s in
            Personalprognos(ar: Array(basar...(basar + scenarier[s].horisont)), segment: bestand.segment,
                            aldersband: (0..<nb).map(bestand.aldersband.namn), rader: resultat[s],
                            hyrkostnadstak: scenarier[s].hyrkostnadstak, ejTacktPris: scenarier[s].ejTacktPris)
        }
    }

    /// The states a year later before hiring: each age's stayers one year older; the oldest age leaves.
    func aldrade(_ fore: [Double], _ overlevnad: [Double]) -> [Double] {
        let na = aldrar.count
        var efter = [Double](repeating: 0, count: fore.count)
        for s in 0..<(fore.count / na) {
            for i in 0..<(na - 1) { efter[s * na + i + 1] = fore[s * na + i] * overlevnad[s * na + i] }
        }
        return efter
    }

    /// Turnover by `[segment][age]`: the group's level times the age's factor over the group's base-year
    /// mean factor (`Avgangsmonster`), so that the base year's turnover is the level.
    func omsattning(_ a: Personalantaganden) -> [[Double]] {
        let faktor = aldrar.map { a.avgangar.faktor($0) }
        var medel: [String: Double] = [:]
        for (grupp, index) in gruppsegment {
            let n = index.reduce(0) { $0 + basantal[$1].reduce(0, +) }
            let nf = index.reduce(0) { acc, s in acc + zip(basantal[s], faktor).reduce(0) { $0 + $1.0 * $1.1 } }
            medel[grupp] = n > 0 && nf > 0 ? nf / n : 1
        }
        return bestand.segment.map { segment in
            let tau = a.grupper[segment.grupp]?.personalomsattning ?? 0
            return faktor.map { min(1, tau * $0 / medel[segment.grupp]!) }
        }
    }

    /// The base year's need of a segment: its own working FTE plus hired plus its vacancies.
    func basbehov(_ s: Int, _ a: Personalantaganden) -> Double {
        egna(s, basantal[s], Arbetstid(self, a, basar)) + basinhyrda(s, a) + basvakanser(s, a)
    }

    /// A segment's share of its group's base-year vacancies (`Personalantaganden.Grupp.vakanser`): spread over the
    /// group's segments by their hired FTE, where a shortage shows (regionstyrelsen-2019-02-13.txt lines 1307–1308:
    /// the lack of key competence "blir synligt exempelvis i beroendet av hyrpersonal"), or by own working FTE
    /// when the group hires none.
    func basvakanser(_ s: Int, _ a: Personalantaganden) -> Double {
        let grupp = bestand.segment[s].grupp
        guard let vakanser = a.grupper[grupp]?.vakanser, vakanser > 0,
              let index = gruppsegment.first(where: { $0.grupp == grupp })?.segment else { return 0 }
        let inhyrda = index.reduce(0) { $0 + basinhyrda($1, a) }
        if inhyrda > 0 { return vakanser * basinhyrda(s, a) / inhyrda }
        let tid = Arbetstid(self, a, basar)
        let egna = index.reduce(0) { $0 + self.egna($1, basantal[$1], tid) }
        return egna > 0 ? vakanser * self.egna(s, basantal[s], tid) / egna : vakanser / Double(index.count)
    }

    /// The need of a segment in `year`: the base year's need `start` (`basbehov`) times the weighted population's
    /// growth, less productivity.
    func behov(_ s: Int, _ year: Int, start: Double, _ a: Personalantaganden, _ vb: Vardbehov) -> Double {
        let segment = bestand.segment[s]
        let bas = vb.varden[segment.omrade]?[basar] ?? 0
        let nu = vb.varden[segment.omrade]?[year] ?? 0
        let faktor = bas > 0 ? nu / bas : 1
        return start * faktor * pow1p(-a.produktivitet, year - basar)
    }

    /// Hired FTE of a segment in the base year: the reported cost over hours × hourly price, so that the
    /// base year's hired cost is the reported one whatever price and hours a scenario assumes.
    func basinhyrda(_ s: Int, _ a: Personalantaganden) -> Double {
        let kostnad = inhyrdKostnad[bestand.segment[s]] ?? 0
        return kostnad > 0 ? kostnad / prisPerArsarbetare(s, pris: 1, a, sjukfranvaro: 0).inhyrd : 0
    }

    /// Working FTE of a segment's headcount by age: persons × the year's employment rate × (1 − its sick leave).
    private func egna(_ s: Int, _ antal: [Double], _ tid: Arbetstid) -> Double {
        antal.indices.reduce(0) { $0 + antal[$1] * tid.grad[s][bandAvAlder[$1]] } * (1 - tid.sjukfranvaro)
    }

    /// Own staff's cost of a segment's headcount by age at the year's employment rates and price level `pris`,
    /// kronor: paid FTE, sick leave included.
    private func egenKostnad(_ s: Int, _ antal: [Double], pris: Double, _ a: Personalantaganden, _ tid: Arbetstid) -> Double {
        antal.indices.reduce(0) { $0 + antal[$1] * tid.grad[s][bandAvAlder[$1]] * bestand.lon[s][bandAvAlder[$1]] }
            * 12 * (1 + a.poPalagg) * pris
    }

    /// A segment's headcount by age summed into the data's bands.
    private func perBand(_ antal: [Double]) -> [Double] {
        antal.indices.reduce(into: [Double](repeating: 0, count: bestand.aldersband.antal)) { $0[bandAvAlder[$1]] += antal[$1] }
    }

    /// The cost of one working FTE of a segment at the price level `pris`, kronor: hired (hours × hourly
    /// price) and own staff (mean salary × 12 × (1 + PO), per FTE left after the year's sick leave `sjukfranvaro`).
    private func prisPerArsarbetare(_ s: Int, pris: Double, _ a: Personalantaganden, sjukfranvaro: Double) -> (inhyrd: Double, egen: Double) {
        let timpris = a.grupper[bestand.segment[s].grupp]?.timpris ?? 0
        return (a.timmarPerArsarbetare * timpris * pris, bestand.medellon(s) * 12 * (1 + a.poPalagg) * pris / (1 - sjukfranvaro))
    }

    /// Sets a year's hired cost, its premium over the same working FTE of own staff, and the price of the
    /// unmet need, from its hired and unmet FTE, at the price level `pris`.
    private func prissatt(_ r: inout Personalprognos.Ar, _ s: Int, pris: Double, _ a: Personalantaganden, _ tid: Arbetstid) {
        let p = prisPerArsarbetare(s, pris: pris, a, sjukfranvaro: tid.sjukfranvaro)
        r.inhyrdKostnad = r.inhyrda * p.inhyrd
        r.merkostnad = r.inhyrda * (p.inhyrd - p.egen)
        switch a.ejTacktPris {
        case .inhyrd: r.ejTacktKostnad = r.ejTackt * p.inhyrd
        case .egen: r.ejTacktKostnad = r.ejTackt * p.egen
        }
    }

    /// The base year as the data give it.
    private func basarsrader(_ a: Personalantaganden) -> [Personalprognos.Ar] {
        let tid = Arbetstid(self, a, basar)
        return bestand.segment.indices.map { s in
            var r = Personalprognos.Ar()
            r.antal = bestand.antal[s].reduce(0, +)
            r.antalPerBand = bestand.antal[s]
            r.egna = egna(s, basantal[s], tid)
            r.inhyrda = basinhyrda(s, a)
            r.ejTackt = basvakanser(s, a)
            r.behov = r.egna + r.inhyrda + r.ejTackt
            r.egenKostnad = egenKostnad(s, basantal[s], pris: 1, a, tid)
            prissatt(&r, s, pris: 1, a, tid)
            return r
        }
    }

    /// One year of every segment from the start stock `fore` and its linear update `aldrade`, by (segment × age).
    private func ar(_ a: Personalantaganden, _ vb: Vardbehov, _ f: Aldersfloden, steg: Int, fore: [Double], aldrade: [Double])
        -> ([Personalprognos.Ar], [Double]) {
        let na = aldrar.count, year = basar + steg
        // Looked up once a year, not once per segment and use.
        let pris = a.prisfaktor(year, basar: basar)
        let tid = Arbetstid(self, a, year)
        let grupp = bestand.segment.map { a.grupper[$0.grupp] }
        let (pension, omsattning) = (f.pension, f.omsattning)
        var nytt = aldrade
        // The region's own training: completed trainees join before recruitment, outside its capacity.
        let utbildning = utbildning(a, f, year)
        for s in bestand.segment.indices where utbildning.fardiga[s] > 0 {
            let profil = f.profil[bestand.segment[s].grupp]!
            for i in 0..<na { nytt[s * na + i] += utbildning.fardiga[s] * profil[i] }
        }
        var rader: [Personalprognos.Ar] = []
        var behovPersoner = [Double](repeating: 0, count: bestand.segment.count)
        for s in bestand.segment.indices {
            let start = Array(fore[(s * na)..<((s + 1) * na)]), efter = Array(aldrade[(s * na)..<((s + 1) * na)])
            var r = Personalprognos.Ar()
            r.pensionsavgangar = (0..<na).reduce(0) { $0 + start[$1] * pension[$1] }
            r.ovrigaAvgangar = (0..<na).reduce(0) { $0 + start[$1] * (1 - pension[$1]) * omsattning[s][$1] }
            // Those growing past the oldest age retire.
            r.pensionsavgangar += start.reduce(0, +) - r.pensionsavgangar - r.ovrigaAvgangar - efter.reduce(0, +)
            r.behov = behov(s, year, start: f.basbehov[s], a, vb)
            let perPerson = tid.medelgrad(s, bestand) * (1 - tid.sjukfranvaro)
            r.rekryteringsbehov = max(0, r.behov - egna(s, efter, tid)) / perPerson
            // What recruitment is to close: the gap left after the trainees who join.
            behovPersoner[s] = utbildning.fardiga[s] > 0
                ? max(0, r.behov - egna(s, Array(nytt[(s * na)..<((s + 1) * na)]), tid)) / perPerson : r.rekryteringsbehov
            r.franUtbildning = utbildning.fardiga[s]
            r.iUtbildning = utbildning.iUtbildning[s]
            rader.append(r)
        }
        for (grupp, index) in gruppsegment {
            let onskat = index.reduce(0) { $0 + behovPersoner[$1] }
            let kapacitet = a.grupper[grupp]!.rekryteringskapacitet
            let profil = f.profil[grupp]!
            for s in index {
                let anstallda = onskat > kapacitet ? behovPersoner[s] * kapacitet / onskat : behovPersoner[s]
                rader[s].anstallningar = anstallda + utbildning.fardiga[s]
                for i in 0..<na { nytt[s * na + i] += anstallda * profil[i] }
            }
        }
        for s in bestand.segment.indices {
            let antal = Array(nytt[(s * na)..<((s + 1) * na)])
            var r = rader[s]
            r.antal = antal.reduce(0, +)
            r.antalPerBand = perBand(antal)
            r.egna = egna(s, antal, tid)
            let kvar = max(0, r.behov - r.egna)
            r.inhyrda = min(kvar, r.behov * (grupp[s]?.hyrtak ?? 0))
            r.ejTackt = kvar - r.inhyrda
            r.egenKostnad = egenKostnad(s, antal, pris: pris, a, tid) + utbildning.kostnad[s] * pris
            prissatt(&r, s, pris: pris, a, tid)
            rader[s] = r
        }
        return (rader, nytt)
    }

    /// Per segment in `year`, the region's own training (`Utbildning`): completed trainees joining, trainees in
    /// training posts (persons) and the posts' cost at the base year's prices (kronor), each group's spread over
    /// its segments by their base-year need.
    private func utbildning(_ a: Personalantaganden, _ f: Aldersfloden, _ year: Int)
        -> (fardiga: [Double], iUtbildning: [Double], kostnad: [Double]) {
        let ns = bestand.segment.count
        var (fardiga, i, kostnad) = ([Double](repeating: 0, count: ns), [Double](repeating: 0, count: ns), [Double](repeating: 0, count: ns))
        for (grupp, index) in gruppsegment {
            guard let u = a.grupper[grupp]?.utbildning else { continue }
            let behov = index.reduce(0) { $0 + f.basbehov[$1] }
            for s in index {
                let andel = behov > 0 ? f.basbehov[s] / behov : 1 / Double(index.count)
                fardiga[s] = u.fardiga(year, basar: basar) * andel
                i[s] = u.iUtbildning(year, basar: basar) * andel
                kostnad[s] = i[s] * u.kostnad
            }
        }
        return (fardiga, i, kostnad)
    }
}

/// (1 + x)^n.
func pow1p(_ x: Double, _ n: Int) -> Double { (0..<max(n, 0)).reduce(1) { acc, _ in acc * (1 + x) } }
