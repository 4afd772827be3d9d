import Vokabular

/// Bottom-up against MinT (`Forsoning`) for one method: after every month 1–11 of every complete year tested
/// where MinT could reconcile (`Forsoningsberakning`), both prognoses of every level of the organisation tree
/// against the year's outcome. A level's prognosis is the sum of its series' prognoses, both ways; it is compared
/// over those of its series that have a prognosis (the same for both), and left out where their outcome sums to
/// 0. The error is (prognos − utfall) / |utfall| in per cent, as in `Metodbacktest`. Intervals are compared for
/// the series only: the sum of intervals is not an interval of the sum.
public struct Forsoningsbacktest: Sendable {
    /// One level (or all levels together) over the cut-offs reconciled.
    public struct Rad: Sendable, Equatable {
        /// The level; nil for all levels together, every level's prognoses counted once.
        public let niva: Organisationsniva?
        /// The number of prognoses (level items × cut-offs).
        public let antal: Int
        /// Mean absolute percentage error, bottom-up; nil without prognoses.
        public let mapeNedifran: Double?
        /// The same, MinT.
        public let mapeMint: Double?
        /// The share (0–1) of the series' outcomes within the 80 % / 95 % interval, bottom-up and MinT; nil
        /// above the series or without intervals.
        public let inom80Nedifran: Double?
        public let inom80Mint: Double?
        public let inom95Nedifran: Double?
        public let inom95Mint: Double?
    }

    public let metod: Prognosmetod
    /// The years tested.
    public let ar: [Int]
    /// Per level from the total down to the series (`konto`), then all levels together.
    public let rader: [Rad]
    /// The cut-offs (year and month) MinT reconciled.
    public let avstamda: Int
    /// The cut-offs left bottom-up, by reason, sorted by reason.
    public let nedifran: [(orsak: String, antal: Int)]
}

extension Manadsunderlag {
    /// Bottom-up against MinT for `metod` over `organisation`'s tree, after every month 1–11 of every complete
    /// year (or only of `ar`); see `Forsoningsbacktest`. The series' own prognoses in `kanda` (the method's, made
    /// as `prognos(_:ar:manad:)` makes them, e.g. `Metodbacktest.hela`) are used as they are instead of being made
    /// again; those of another method or with other series than this ledger's are not used. `framsteg` hears the
    /// share of cut-offs done after each.
    public func forsoningsbacktest(_ metod: Prognosmetod, organisation: Organisation?, ar: Int? = nil,
                                   kanda: [Helarsprognos] = [], tradar: Int? = nil,
                                   framsteg: (@Sendable (Double) -> Void)? = nil) throws(PrognosFel) -> Forsoningsbacktest {
        let arIndex = try testadeAr(ar)
        var berakning = try Forsoningsberakning(self, metod: metod, organisation: organisation, tradar: tradar)
        for prognos in kanda where prognos.metod == metod && prognos.rader.map(\.nyckel) == nycklar {
            if let y = index(ar: prognos.ar) { berakning.behall(prognos, y: y) }
        }
        let nivaer = berakning.noder + nycklar.indices.map { Nivanod(niva: .konto, namn: nycklar[$0].description, serier: [$0]) }
        var summor = [Organisationsniva: Summor]()
        var avstamda = 0, nedifran = [String: Int](), klara = 0
        for y in arIndex {
            for manad in 1...11 {
                let bas = try berakning.serieprognos(y: y, manad: manad, medIntervall: true)
                let mint = try berakning.avstamd(y: y, manad: manad)
                klara += 1
                framsteg?(Double(klara) / Double(11 * arIndex.count))
                if let orsak = mint.forsoning?.nedifranEftersom {
                    nedifran[orsak, default: 0] += 1
                    continue
                }
                avstamda += 1
                for nod in nivaer {
                    let serier = nod.serier.filter { bas.rader[$0].prognos != nil }
                    let utfall = serier.reduce(0) { $0 + arsutfall(y: y, serie: $1) }
                    guard !serier.isEmpty, utfall != 0 else { continue }
                    let summa = { (p: Helarsprognos) in serier.reduce(0) { $0 + p.rader[$1].prognos! } }
                    let intervall = nod.niva == .konto ? (bas.rader[serier[0]].intervall, mint.rader[serier[0]].intervall) : (nil, nil)
                    summor[nod.niva, default: Summor()].lagg(nedifran: summa(bas), mint: summa(mint), utfall: utfall, intervall: intervall)
                }
            }
        }
        let rader = Organisationsniva.allCases.compactMap { niva in summor[niva].map { $0.rad(niva) } }
            + [summor.values.reduce(into: Summor()) { $0.lagg($1) }.rad(nil)]
        return Forsoningsbacktest(metod: metod, ar: arIndex.map { forstaAr + $0 }, rader: rader, avstamda: avstamda,
                                  nedifran: nedifran.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The work of `forsoningsbacktest` over `ar` (nil: every complete year) as a share of a method backtest's over
    /// the same years, counted in years of every series' prognoses after every month: the points of every complete
    /// year before the last one tested (its errors come from them), the tested years' prognoses with their
    /// intervals (for ETS also the calibration series' year before, which widens them) unless they are given
    /// (`testadeKanda`, as `Metodbacktest.hela` gives them), and the points of every level MinT reconciles over each
    /// of those years, as the levels' share of the series. An estimate for weighing progress: a level is made
    /// again when the series it rests on change between cut-offs.
    public func forsoningsarbete(organisation: Organisation?, ar: Int? = nil, testadeKanda: Bool) throws(PrognosFel) -> Double {
        let testade = try testadeAr(ar)
        let behovs = (0...testade.last!).filter(heltAr)
        let medIntervall = { (y: Int) in 1 + Double(self.kalibreringsserier(y: y).count) / Double(max(self.nycklar.count, 1)) }
        let serier = behovs.map { testade.contains($0) ? (testadeKanda ? 0 : medIntervall($0)) : 1 }.reduce(0, +)
        let nivaer = Nivatrad.avstamningsnoder(Nivatrad.alla(organisation, nycklar: nycklar), ingar: Set(nycklar.indices)).count
        return (serier + Double(nivaer) / Double(max(nycklar.count, 1)) * Double(behovs.count)) / Double(testade.count)
    }
}

/// The running sums of one level's errors and interval hits, bottom-up and MinT.
private struct Summor {
    var antal = 0, absolutNedifran = 0.0, absolutMint = 0.0
    var medIntervall = 0, inom80Nedifran = 0, inom80Mint = 0, inom95Nedifran = 0, inom95Mint = 0

    /// Adds one prognosis both ways against `utfall` (not 0), and for a series its intervals.
    mutating func lagg(nedifran: Double, mint: Double, utfall: Double,
                       intervall: (Prognospost.Intervall?, Prognospost.Intervall?)) {
        antal += 1
        absolutNedifran += abs(nedifran - utfall) / abs(utfall) * 100
        absolutMint += abs(mint - utfall) / abs(utfall) * 100
        guard let n = intervall.0, let m = intervall.1 else { return }
        medIntervall += 1
        if n.inom80(utfall) { inom80Nedifran += 1 }
        if m.inom80(utfall) { inom80Mint += 1 }
        if n.inom95(utfall) { inom95Nedifran += 1 }
        if m.inom95(utfall) { inom95Mint += 1 }
    }

    /// Adds another level's sums.
    mutating func lagg(_ o: Summor) {
        antal += o.antal
        absolutNedifran += o.absolutNedifran
        absolutMint += o.absolutMint
        medIntervall += o.medIntervall
        inom80Nedifran += o.inom80Nedifran
        inom80Mint += o.inom80Mint
        inom95Nedifran += o.inom95Nedifran
        inom95Mint += o.inom95Mint
    }

    /// The row of `niva`.
    func rad(_ niva: Organisationsniva?) -> Forsoningsbacktest.Rad {
        let medel = { (summa: Double) in antal > 0 ? summa / Double(antal) : nil }
        let andel = { (traffar: Int) in niva == .konto && medIntervall > 0 ? Double(traffar) / Double(medIntervall) : nil }
        return Forsoningsbacktest.Rad(niva: niva, antal: antal, mapeNedifran: medel(absolutNedifran), mapeMint: medel(absolutMint),
                                      inom80Nedifran: andel(inom80Nedifran), inom80Mint: andel(inom80Mint),
                                      inom95Nedifran: andel(inom95Nedifran), inom95Mint: andel(inom95Mint))
    }
}
