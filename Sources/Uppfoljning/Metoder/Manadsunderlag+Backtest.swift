import Foundation
import LinearAlgebra
import Vokabular

extension Manadsunderlag {
    /// Backtests `metoder` over every complete year (or only the year `ar`) and every cut-off month 1–11
    /// (see `Metodbacktest`).
    /// Each prognosis is made exactly as `prognos(_:ar:manad:)` makes it, so from the outcome up to its
    /// cut-off month and the years before, and its interval from the errors of the years before.
    /// The point prognoses made after the months in `behall` are kept per series (`Metodbacktest.prognoser`),
    /// also for series whose outcome that year is 0, to compare with the prognoses made by hand then. The
    /// methods in `hela` keep every prognosis whole (`Metodbacktest.hela`), for a reconciliation over the
    /// organisation that needs the same prognoses again (`forsoningsbacktest(_:organisation:ar:kanda:tradar:framsteg:)`).
    /// ETS fits a model per prognosis, all of them on `tradar` threads (nil: all cores; the result is the same
    /// for any number). A row (account) with more series than `Uppfoljningsmodellval.etsBacktestPerKonto` has
    /// ETS tested on a fixed sample of them (`Serieurval.perKonto(_:bland:antal:)`; `Metodbacktest.etsUrval`), unless
    /// `helaLiggaren` or ETS is in `hela`; the other methods, and the points kept for `behall`, cover every series.
    /// `framsteg` hears the share done after each method and month, and during ETS's fits, each method weighted by
    /// its work (`backtestarbete`).
    public func backtest(_ metoder: [Prognosmetod] = Prognosmetod.allCases, tolerans: Double = Uppfoljningsmodellval.stabilitetstolerans,
                         behall: Set<Period> = [], hela: Set<Prognosmetod> = [], ar: Int? = nil, helaLiggaren: Bool = false,
                         tradar: Int? = nil, framsteg: (@Sendable (Double) -> Void)? = nil) throws(PrognosFel) -> Metodbacktest {
        let arIndex = try testadeAr(ar)
        let s = nycklar.count
        let ack = try Matriser.produkt(Matriser.ackumulering, utfall)
        // fel[metod][manad - 1][y * s + serie]: the percentage error, NaN without a prognosis.
        var fel: [[[Double]]] = []
        var rader: [Metodbacktest.Rad] = []
        var behallna: [Period: [Prognosmetod: [Serienyckel: Double]]] = [:]
        var helaPrognoser: [Prognosmetod: [Period: Helarsprognos]] = [:]
        let (urval, provade) = etsUrval(arIndex, hela: hela, helaLiggaren: helaLiggaren)
        let uppgifter = metoder.contains(.ets) ? etsUppgifter(ar: arIndex, provade: provade, behall: behall) : []
        let arbete = metoder.map { backtestarbete($0, etsUppgifter: uppgifter, ar: arIndex, tradar: tradar) }
        let totalt = arbete.reduce(0, +)
        var klart = 0.0
        for (metod, metodensArbete) in zip(metoder, arbete) {
            let punkter = try punktprognoser(metod)
            let fore = klart
            var etsFramsteg: (@Sendable (Double) -> Void)?
            if let framsteg { etsFramsteg = { framsteg((fore + metodensArbete * $0) / totalt) } }
            let ets = punkter != nil ? [] : etsPrognoser(uppgifter, ar: arIndex, ack: ack, tradar: tradar, framsteg: etsFramsteg)
            if hela.contains(metod) {
                for y in arIndex {
                    for manad in 1...11 {
                        guard let period = Period(ar: forstaAr + y, manad: manad) else { continue }
                        helaPrognoser[metod, default: [:]][period] = Helarsprognos(
                            metod: metod, ar: period.ar, manad: manad,
                            rader: self.rader(punkter, ets: { ets[(manad * antalAr + y) * s + $0] }, ack: ack, manad: manad, y: y))
                    }
                }
            }
            var metodfel: [[Double]] = []
            for manad in 1...11 {
                var procent = [Double](repeating: .nan, count: antalAr * s)
                var absolut = 0.0, signerat = 0.0, antal = 0, inom80 = 0, inom95 = 0, medIntervall = 0
                for y in arIndex {
                    let period = Period(ar: forstaAr + y, manad: manad).flatMap { behall.contains($0) ? $0 : nil }
                    for serie in 0..<s {
                        let utfall = ack[11, y * s + serie]
                        guard utfall != 0 || period != nil else { continue }
                        let punkt: Double, intervall: Prognospost.Intervall?
                        if let punkter {
                            guard let p = punkter.varde(manad: manad, y: y, serie: serie, serier: s) else { continue }
                            punkt = p
                            intervall = Felintervall.intervall(p, fel: Felintervall.fel(punkter, self, ackumulerat: ack,
                                                                                         manad: manad, y: y, serie: serie))
                        } else {
                            let nyckel = (manad * antalAr + y) * s + serie
                            guard let e = ets[nyckel] else { continue }
                            (punkt, intervall) = (e.punkt, e.intervall)
                        }
                        if let period { behallna[period, default: [:]][metod, default: [:]][nycklar[serie]] = punkt }
                        guard utfall != 0, punkter != nil || provade[y * s + serie] else { continue }
                        let e = (punkt - utfall) / abs(utfall) * 100
                        procent[y * s + serie] = e
                        absolut += abs(e)
                        signerat += e
                        antal += 1
                        if let intervall {
                            medIntervall += 1
                            if intervall.inom80(utfall) { inom80 += 1 }
                            if intervall.inom95(utfall) { inom95 += 1 }
                        }
                    }
                }
                metodfel.append(procent)
                klart += metodensArbete / 11
                if punkter != nil { framsteg?(klart / totalt) }
                rader.append(Metodbacktest.Rad(
                    metod: metod, manad: manad, antal: antal, mape: antal > 0 ? absolut / Double(antal) : nil,
                    bias: antal > 0 ? signerat / Double(antal) : nil,
                    inom80: medIntervall > 0 ? Double(inom80) / Double(medIntervall) : nil,
                    inom95: medIntervall > 0 ? Double(inom95) / Double(medIntervall) : nil, antalIntervall: medIntervall))
            }
            fel.append(metodfel)
        }
        let (bast, forKort) = bast(metoder, fel: fel)
        return Metodbacktest(ar: arIndex.map { forstaAr + $0 }, metoder: metoder, rader: rader, bastPerKonto: bast,
                             forKortHistorik: forKort, tolerans: tolerans, prognoser: behallna, hela: helaPrognoser,
                             etsUrval: urval.isEmpty || !metoder.contains(.ets) ? nil
                                 : .init(provade: Set(urval.values.joined()).count, serier: s, perKonto: etsBacktestPerKonto))
    }

    /// Each method's work in `backtest` with the same arguments, in seconds of the run: its units of work times their
    /// cost (`Prognosmetod.kostnad`), for ETS the months of history its fits run over (`ETSMetod.arbete`) spread
    /// over `tradar` threads (nil: all cores), for the others every series, tested year and cut-off month. For
    /// weighing the share done of a run that does more than the backtest.
    public func backtestarbete(_ metoder: [Prognosmetod], behall: Set<Period> = [], hela: Set<Prognosmetod> = [], ar: Int? = nil,
                               helaLiggaren: Bool = false, tradar: Int? = nil) throws(PrognosFel) -> [Double] {
        let arIndex = try testadeAr(ar)
        let uppgifter = metoder.contains(.ets)
            ? etsUppgifter(ar: arIndex, provade: etsUrval(arIndex, hela: hela, helaLiggaren: helaLiggaren).provade, behall: behall) : []
        return metoder.map { backtestarbete($0, etsUppgifter: uppgifter, ar: arIndex, tradar: tradar) }
    }

    /// One method's work in `backtest` (see `backtestarbete`), with ETS's tasks `etsUppgifter`.
    private func backtestarbete(_ metod: Prognosmetod, etsUppgifter: [ETSUppgift], ar: [Int], tradar: Int?) -> Double {
        guard metod == .ets else { return Double(nycklar.count * ar.count * 11) * metod.kostnad }
        return Double(etsUppgifter.reduce(0) { $0 + $1.arbete }) * metod.kostnad / Double(tradar ?? ParallelMap.allCores)
    }

    /// ETS's sample per tested year index of `ar` (`Metodbacktest.etsUrval`): per row, at most `etsBacktestPerKonto` of the
    /// series with an ETS prognosis after January, where that is fewer than all of them, unless `helaLiggaren` or ETS
    /// is in `hela`; and `provade[y·S + serie]`, whether ETS is tested on the series in year index y, the sample or every series.
    private func etsUrval(_ ar: [Int], hela: Set<Prognosmetod>, helaLiggaren: Bool) -> (urval: [Int: [Int]], provade: [Bool]) {
        let s = nycklar.count
        var urval: [Int: [Int]] = [:]
        if !helaLiggaren, !hela.contains(.ets) {
            for y in ar {
                let mojliga = etsSerier(januari: y)
                let valda = Serieurval.perKonto(nycklar, bland: mojliga, antal: etsBacktestPerKonto)
                if valda.count < mojliga.count { urval[y] = valda }
            }
        }
        var provade = [Bool](repeating: true, count: antalAr * s)
        for (y, valda) in urval {
            for serie in 0..<s { provade[y * s + serie] = false }
            for serie in valda { provade[y * s + serie] = true }
        }
        return (urval, provade)
    }

    /// One task of ETS's backtest: a series' prognoses after the months `manader` of year index `y`
    /// (`ETSMetod.prognoser`), and their work (`ETSMetod.arbete`).
    private struct ETSUppgift: Sendable {
        let y: Int, serie: Int, manader: ClosedRange<Int>, arbete: Int
    }

    /// ETS's tasks for every cut-off month 1–11 of the years `ar` and the series `provade` (`y·S + serie`), and for the
    /// calibration series' prognoses after the same months of the year before, made too where that year is not
    /// among `ar`; and the other series' after the months of `behall` (points to keep). A series' months of one
    /// year are one task.
    private func etsUppgifter(ar: [Int], provade: [Bool], behall: Set<Period>) -> [ETSUppgift] {
        let s = nycklar.count
        let forra = { (y: Int) in y > 0 && self.heltAr(y - 1) }
        let urval = Dictionary(uniqueKeysWithValues: ar.filter(forra).map { ($0, kalibreringsserier(y: $0)) })
        var lista: [(y: Int, serie: Int, manader: ClosedRange<Int>)] = []
        for y in Set(ar + ar.filter(forra).map { $0 - 1 }).sorted() {
            var hela = Set(ar.contains(y) ? (0..<s).filter { provade[y * s + $0] } : [])
            hela.formUnion(urval[y + 1] ?? [])
            lista += hela.sorted().map { (y, $0, 1...11) }
            guard ar.contains(y) else { continue }
            for manad in behall.filter({ $0.ar == forstaAr + y && $0.manad <= 11 }).map(\.manad).sorted() {
                lista += (0..<s).filter { !hela.contains($0) }.map { (y, $0, manad...manad) }
            }
        }
        return lista.map { ETSUppgift(y: $0.y, serie: $0.serie, manader: $0.manader,
                                      arbete: ETSMetod.arbete(self, manader: $0.manader, y: $0.y, serie: $0.serie)) }
    }

    /// ETS's prognoses from `uppgifter` (`etsUppgifter`), fitted in parallel, made as `prognos` makes them: the
    /// model's, and for the years `ar` their intervals widened by the calibration series' prognoses after the same
    /// month of the year before (`ETSMetod.kalibrerade`). At index `(manad·antalAr + y)·S + serie`, nil where none
    /// is made. `framsteg` hears the share of the tasks' work done.
    private func etsPrognoser(_ uppgifter: [ETSUppgift], ar: [Int], ack: Matrix, tradar: Int?,
                              framsteg: (@Sendable (Double) -> Void)?) -> [ETSMetod.Prognos?] {
        let s = nycklar.count
        let forra = { (y: Int) in y > 0 && self.heltAr(y - 1) }
        let urval = Dictionary(uniqueKeysWithValues: ar.filter(forra).map { ($0, kalibreringsserier(y: $0)) })
        let vikter = uppgifter.map(\.arbete), totalt = Double(vikter.reduce(0, +))
        var klara: (@Sendable (Int) -> Void)?
        if let framsteg { klara = { framsteg(Double($0) / totalt) } }
        let modell = ParallelMap.map(uppgifter.count, threads: tradar, weights: vikter, progress: klara) {
            ETSMetod.prognoser(self, manader: uppgifter[$0].manader, y: uppgifter[$0].y, serie: uppgifter[$0].serie)
        }
        // plats[(y·S + serie)·12 + manad]: the task and the month's place in it.
        var plats: [Int: (uppgift: Int, i: Int)] = [:]
        for (k, u) in uppgifter.enumerated() {
            for manad in u.manader { plats[(u.y * s + u.serie) * 12 + manad] = (k, manad - u.manader.lowerBound) }
        }
        let prognos = { (y: Int, serie: Int, manad: Int) in plats[(y * s + serie) * 12 + manad].flatMap { modell[$0.uppgift][$0.i] } }
        var resultat = [ETSMetod.Prognos?](repeating: nil, count: 12 * antalAr * s)
        for manad in 1...11 {
            for y in ar {
                var rad = (0..<s).map { prognos(y, $0, manad) }
                if let urval = urval[y] {
                    rad = ETSMetod.kalibrerade(rad, forra: urval.map { prognos(y - 1, $0, manad) }, serier: urval,
                                               utfall: { ack[11, (y - 1) * s + $0] })
                }
                for serie in 0..<s { resultat[(manad * antalAr + y) * s + serie] = rad[serie] }
            }
        }
        return resultat
    }

    /// The year indices a backtest tests: every complete year, or only `ar`.
    func testadeAr(_ ar: Int?) throws(PrognosFel) -> [Int] {
        let hela = (0..<antalAr).filter(heltAr)
        guard !hela.isEmpty else { throw .ingetHeltAr(forsta: forsta, sista: sista) }
        guard let ar else { return hela }
        let arIndex = hela.filter { forstaAr + $0 == ar }
        guard !arIndex.isEmpty else { throw .inteHeltAr(ar: ar, forsta: forsta, sista: sista) }
        return arIndex
    }

    /// The best method per row (account) over the points where every method compared has an error, each point
    /// weighted by its year's recency (`Uppfoljningsmodellval.backtestHalveringstid`): the method for next year is
    /// the one that did best lately. A method is compared on a row where it has errors from at least
    /// `Uppfoljningsmodellval.bastMinstaAr` years (`Metodbacktest.Bast.utanHistorik` names the others). Rows
    /// whose common points come from fewer years get none and are returned apart.
    private func bast(_ metoder: [Prognosmetod], fel: [[[Double]]]) -> (bast: [Metodbacktest.Bast], forKort: [String]) {
        let s = nycklar.count
        let vikt = (0..<antalAr).map { y in pow(2, -Double(antalAr - 1 - y) / Uppfoljningsmodellval.backtestHalveringstid) }
        let grupper = Dictionary(grouping: 0..<s, by: { nycklar[$0].konto })
        var bast: [Metodbacktest.Bast] = [], forKort: [String] = []
        for konto in grupper.keys.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            let serier = grupper[konto]!
            // A method is compared on the row where it has prognoses from enough years.
            let jamforda = metoder.indices.filter { k in
                (0..<antalAr).filter { y in fel[k].contains { manad in serier.contains { manad[y * s + $0].isFinite } } }.count
                    >= Uppfoljningsmodellval.bastMinstaAr
            }
            var summor = [Double](repeating: 0, count: jamforda.count), vikter = 0.0, antal = 0, ar = Set<Int>()
            for manad in 0..<11 {
                for y in 0..<antalAr {
                    for serie in serier {
                        let e = jamforda.map { fel[$0][manad][y * s + serie] }
                        guard e.allSatisfy(\.isFinite) else { continue }
                        antal += 1
                        ar.insert(y)
                        vikter += vikt[y]
                        for i in jamforda.indices { summor[i] += vikt[y] * abs(e[i]) }
                    }
                }
            }
            guard ar.count >= Uppfoljningsmodellval.bastMinstaAr, let i = summor.indices.min(by: { summor[$0] < summor[$1] }) else {
                forKort.append(konto)
                continue
            }
            bast.append(Metodbacktest.Bast(konto: konto, metod: metoder[jamforda[i]], mape: summor[i] / vikter, antal: antal,
                                           utanHistorik: metoder.indices.filter { !jamforda.contains($0) }.map { metoder[$0] }))
        }
        return (bast, forKort)
    }
}
