import LinearAlgebra

extension Manadsunderlag {
    /// The full-year prognosis by `metod` after month `manad` (1–11) of year `ar`, from the outcome of
    /// January–`manad` of `ar` and of the years before (and the budget of `ar` for the budget methods), with the
    /// units that lack amounts in some of those months (`luckor(y:manad:)`).
    /// ETS fits one model per series, on `tradar` threads (nil: all cores; the result is the same for any
    /// number); `framsteg` hears the share of that work done, weighted by `ETSMetod.arbete` (ETS only; the other
    /// methods are one matrix product).
    public func prognos(_ metod: Prognosmetod, ar: Int, manad: Int, tradar: Int? = nil,
                        framsteg: (@Sendable (Double) -> Void)? = nil) throws(PrognosFel) -> Helarsprognos {
        guard (1...11).contains(manad) else { throw .manad(manad) }
        guard let y = index(ar: ar), ackumuleratKant(y: y, manad: manad) else {
            throw .utanforLiggaren(ar: ar, manad: manad, forsta: forsta, sista: sista)
        }
        var p = try prognos(metod, punkter: try punktprognoser(metod), y: y, manad: manad, medIntervall: true,
                            tradar: tradar, framsteg: framsteg)
        p.luckor = luckor(y: y, manad: manad)
        return p
    }

    /// The prognosis by `metod` after month `manad` of year index `y` (a cut-off the ledger has) from `punkter`,
    /// the method's point prognoses for the whole ledger (`punktprognoser(metod)`, nil for ETS), so that a caller
    /// making many cut-offs computes them once. Without `medIntervall` ETS fits only year `y`, not the calibration
    /// series' same month of the year before that its interval is widened by: the points are the same, the
    /// intervals the model's own.
    func prognos(_ metod: Prognosmetod, punkter: Punktprognoser?, y: Int, manad: Int, medIntervall: Bool, tradar: Int?,
                 framsteg: (@Sendable (Double) -> Void)? = nil) throws(PrognosFel) -> Helarsprognos {
        let ack = try Matriser.produkt(Matriser.ackumulering, utfall)
        let s = nycklar.count
        // ETS: this year's prognoses and, for the interval, those of the calibration series after the same month of
        // the year before.
        let forra = medIntervall && y > 0 && heltAr(y - 1)
        let urval = forra ? kalibreringsserier(y: y) : []
        let uppgifter = nycklar.indices.map { (y: y, serie: $0) } + urval.map { (y: y - 1, serie: $0) }
        var ets: [ETSMetod.Prognos?] = []
        if punkter == nil {
            var vikter: [Int]?, klara: (@Sendable (Int) -> Void)?
            if let framsteg {
                let arbete = uppgifter.map { ETSMetod.arbete(self, manader: manad...manad, y: $0.y, serie: $0.serie) }
                let totalt = Double(arbete.reduce(0, +))
                (vikter, klara) = (arbete, { framsteg(Double($0) / totalt) })
            }
            let alla = ParallelMap.map(uppgifter.count, threads: tradar, weights: vikter, progress: klara) {
                ETSMetod.prognos(self, manad: manad, y: uppgifter[$0].y, serie: uppgifter[$0].serie)
            }
            ets = Array(alla[0..<s])
            if forra { ets = ETSMetod.kalibrerade(ets, forra: Array(alla[s...]), serier: urval, utfall: { ack[11, (y - 1) * s + $0] }) }
        }
        return Helarsprognos(metod: metod, ar: forstaAr + y, manad: manad, rader: rader(punkter, ets: { ets[$0] }, ack: ack, manad: manad, y: y))
    }

    /// Every series' row of the prognosis after month `manad` of year index `y`, from `punkter` (the methods
    /// without a model) or, when that is nil, from `ets`, ETS's prognosis of a series (calibrated as `prognos`
    /// calibrates it); `ack` is the outcome accumulated over the months.
    func rader(_ punkter: Punktprognoser?, ets: (Int) -> ETSMetod.Prognos?, ack: Matrix, manad: Int, y: Int) -> [Helarsprognos.Rad] {
        let s = nycklar.count
        return nycklar.indices.map { serie -> Helarsprognos.Rad in
            let ackumulerat = ack[manad - 1, y * s + serie]
            guard let punkter else {
                let e = ets(serie)
                return .init(nyckel: nycklar[serie], ackumulerat: ackumulerat, prognos: e?.punkt, intervall: e?.intervall, arMedFel: nil)
            }
            guard let punkt = punkter.varde(manad: manad, y: y, serie: serie, serier: s) else {
                return .init(nyckel: nycklar[serie], ackumulerat: ackumulerat, prognos: nil, intervall: nil, arMedFel: nil)
            }
            let fel = Felintervall.fel(punkter, self, ackumulerat: ack, manad: manad, y: y, serie: serie)
            return .init(nyckel: nycklar[serie], ackumulerat: ackumulerat, prognos: punkt,
                         intervall: Felintervall.intervall(punkt, fel: fel), arMedFel: fel.count)
        }
    }

    /// The point prognoses of `metod` for all months, years and series at once; nil for ETS, which is
    /// fitted series by series (`ETSMetod`).
    func punktprognoser(_ metod: Prognosmetod) throws(PrognosFel) -> Punktprognoser? {
        switch metod {
        case .runrate: try Matrismetoder.runrate(self)
        case .profil: try Matrismetoder.profil(self)
        case .budget: try Matrismetoder.budget(self, framford: false)
        case .budgetFramford: try Matrismetoder.budget(self, framford: true)
        case .regression: try Regressionsmetod.prognoser(self)
        case .ets: nil
        }
    }
}
