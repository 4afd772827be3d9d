import Forecasting
import LinearAlgebra

/// One method's full-year prognoses reconciled over the organisation tree by MinT (`Forsoning.mint`), keeping
/// the prognoses they rest on, so that a backtest over many cut-offs makes each of them once, and the method's
/// point prognoses over the whole ledger (and over each set of levels), computed once. Only the points of the
/// error years and of the levels are used, so ETS makes those without the year before that widens an interval.
///
/// After month m of year Y: the series' own prognoses (`Manadsunderlag.prognos`) and the method's prognoses after
/// month m of the complete years before Y in which it gave any (the error years; at least two are needed). The
/// series with a prognosis in Y, a prognosis and booked outcome in every error year and an error other than 0 in
/// some, are reconciled; the others keep their own. The tree's levels over them (`Nivatrad`)
/// get their own prognoses by the same method from their summed series (`Manadsunderlag.nivaer`); the levels with
/// a prognosis in Y and in every error year join. The errors are prognosis − full-year outcome of the error
/// years, all before Y, so nothing of Y's outcome after month m is used (nor Y's full year). MinT (`MinTrace`)
/// gives the series' new prognoses; a series' interval is moved with its point. With fewer than two error years,
/// no level to reconcile against, or a covariance that cannot be estimated, the prognosis stays bottom-up and
/// says why (`Forsoningsutfall`).
struct Forsoningsberakning {
    /// The levels' basis, the method's point prognoses over it (nil for ETS) and its prognoses by `12·y + manad`.
    private typealias Nivaer = (underlag: Manadsunderlag, punkter: Punktprognoser?, prognoser: [Int: Helarsprognos])

    let underlag: Manadsunderlag
    let metod: Prognosmetod
    /// Every level of the tree over the ledger's series.
    let noder: [Nivanod]
    let tradar: Int?
    /// The method's point prognoses for the series (nil for ETS).
    private let punkter: Punktprognoser?
    /// The series' prognoses by `12·y + manad`, and whether their intervals are those `prognos` gives (ETS's are
    /// otherwise the model's own; the points are the same).
    private var serieprognoser: [Int: (prognos: Helarsprognos, medIntervall: Bool)] = [:]
    /// The levels' bases and prognoses, by the levels (their series depend on which series are reconciled).
    private var nivaprognoser: [[Nivanod]: Nivaer] = [:]

    /// Prepares the reconciliation of `metod`'s prognoses from `underlag` over `organisation`'s tree (without a
    /// tree: the total and the units); ETS fits on `tradar` threads (nil: all cores).
    init(_ underlag: Manadsunderlag, metod: Prognosmetod, organisation: Organisation?, tradar: Int? = nil) throws(PrognosFel) {
        self.underlag = underlag
        self.metod = metod
        self.tradar = tradar
        punkter = try underlag.punktprognoser(metod)
        noder = Nivatrad.alla(organisation, nycklar: underlag.nycklar)
    }

    /// The series' own prognosis after month `manad` of year index `y` (bottom-up); with `medIntervall` its
    /// intervals are those `prognos` gives, otherwise only its points are sure to be.
    mutating func serieprognos(y: Int, manad: Int, medIntervall: Bool) throws(PrognosFel) -> Helarsprognos {
        if let kand = serieprognoser[12 * y + manad], kand.medIntervall || !medIntervall { return kand.prognos }
        let p = try underlag.prognos(metod, punkter: punkter, y: y, manad: manad, medIntervall: medIntervall, tradar: tradar)
        serieprognoser[12 * y + manad] = (p, medIntervall || punkter != nil)
        return p
    }

    /// Keeps `prognos`, the series' own prognosis for year index `y` as `prognos(_:ar:manad:)` makes it, so that
    /// it is not made again.
    mutating func behall(_ prognos: Helarsprognos, y: Int) { serieprognoser[12 * y + prognos.manad] = (prognos, true) }

    /// The prognosis after month `manad` of year index `y`, reconciled, or bottom-up with the reason.
    mutating func avstamd(y: Int, manad: Int) throws(PrognosFel) -> Helarsprognos {
        let bas = try serieprognos(y: y, manad: manad, medIntervall: true)
        func nedifran(_ orsak: String) -> Helarsprognos {
            Helarsprognos(metod: metod, ar: bas.ar, manad: manad, rader: bas.rader, forsoning: .nedifran(orsak))
        }
        var tidigare: [(y: Int, prognos: Helarsprognos)] = []
        for t in 0..<y where underlag.heltAr(t) {
            let p = try serieprognos(y: t, manad: manad, medIntervall: false)
            if p.rader.contains(where: { $0.prognos != nil }) { tidigare.append((t, p)) }
        }
        guard tidigare.count >= 2 else {
            return nedifran("färre än två tidigare hela år har prognoser efter samma månad att skatta felens kovarians på")
        }
        let medPrognos = bas.rader.indices.filter { bas.rader[$0].prognos != nil }
        // A series joins where it existed in every error year: a prognosis and outcome booked (a unit that starts
        // later has only zero errors before it, which leave its variance 0 and W singular); and where the method
        // missed it some year. A series hit exactly every year (a fixed amount a month, such as a rent) has variance
        // 0 too: MinT would not move it, and it keeps its own prognosis.
        let serier = medPrognos.filter { s in
            tidigare.allSatisfy { $0.prognos.rader[s].prognos != nil && underlag.arsutfall(y: $0.y, serie: s) != 0 }
                && tidigare.contains { $0.prognos.rader[s].prognos! != underlag.arsutfall(y: $0.y, serie: s) }
        }
        let kandidater = Nivatrad.avstamningsnoder(noder, ingar: Set(serier))
        guard !kandidater.isEmpty else { return nedifran("ingen nivå har två serier med prognos alla åren") }
        let nivaY = try nivaprognos(kandidater, y: y, manad: manad)
        var nivaTidigare: [Helarsprognos] = []
        for t in tidigare { nivaTidigare.append(try nivaprognos(kandidater, y: t.y, manad: manad)) }
        let med = kandidater.indices.filter { k in
            nivaY.rader[k].prognos != nil && nivaTidigare.allSatisfy { $0.rader[k].prognos != nil }
        }
        guard !med.isEmpty else { return nedifran("ingen nivå ovanför serierna har en egen prognos alla åren") }

        // The series, then the levels, each level as the places of its series; errors and base prognoses in the same order.
        let plats = Dictionary(uniqueKeysWithValues: serier.enumerated().map { ($1, $0) })
        let delar = med.map { kandidater[$0].serier.map { plats[$0]! } }
        var fel = Matrix(rows: tidigare.count, columns: serier.count + med.count)
        for (t, (ty, p)) in tidigare.enumerated() {
            for (i, s) in serier.enumerated() { fel[t, i] = p.rader[s].prognos! - underlag.arsutfall(y: ty, serie: s) }
            for (k, j) in med.enumerated() {
                let utfall = kandidater[j].serier.reduce(0) { $0 + underlag.arsutfall(y: ty, serie: $1) }
                fel[t, serier.count + k] = nivaTidigare[t].rader[j].prognos! - utfall
            }
        }
        let basvarden = serier.map { bas.rader[$0].prognos! } + med.map { nivaY.rader[$0].prognos! }
        let mint: MinTrace, avstamda: [Double]
        do {
            mint = try MinTrace(bottom: serier.count, aggregates: delar, errors: fel)
            avstamda = try mint.reconcile(basvarden)
        } catch {
            return nedifran("felens kovarians var oanvändbar (\(error))")
        }
        var rader = bas.rader
        for (i, s) in serier.enumerated() {
            let r = rader[s], skift = avstamda[i] - r.prognos!
            rader[s] = Helarsprognos.Rad(nyckel: r.nyckel, ackumulerat: r.ackumulerat, prognos: avstamda[i],
                                         intervall: r.intervall?.flyttad(skift),
                                         arMedFel: r.arMedFel)
        }
        let nivaer = med.enumerated().map { k, j in
            Forsoningsutfall.Niva(niva: kandidater[j].niva, namn: kandidater[j].namn, egen: nivaY.rader[j].prognos!,
                                  avstamd: avstamda[serier.count + k])
        }
        let utfall = Forsoningsutfall(ar: tidigare.map { underlag.forstaAr + $0.y }, serier: serier.count, nivaprognoser: nivaer,
                                      utanfor: medPrognos.count - serier.count, krympning: mint.shrinkage, nedifranEftersom: nil)
        return Helarsprognos(metod: metod, ar: bas.ar, manad: manad, rader: rader, forsoning: utfall)
    }

    /// The prognosis of the levels `noder` after month `manad` of year index `y`, by the method, from their summed
    /// series; only its points are used.
    private mutating func nivaprognos(_ noder: [Nivanod], y: Int, manad: Int) throws(PrognosFel) -> Helarsprognos {
        var nivaer: Nivaer
        if let kanda = nivaprognoser[noder] {
            nivaer = kanda
        } else {
            let summerade = try underlag.nivaer(noder)
            nivaer = (summerade, try summerade.punktprognoser(metod), [:])
        }
        if let p = nivaer.prognoser[12 * y + manad] { return p }
        let p = try nivaer.underlag.prognos(metod, punkter: nivaer.punkter, y: y, manad: manad, medIntervall: false, tradar: tradar)
        nivaer.prognoser[12 * y + manad] = p
        nivaprognoser[noder] = nivaer
        return p
    }
}

extension Manadsunderlag {
    /// The full-year prognosis by `metod` after month `manad` of year `ar`, made coherent over `organisation`'s
    /// tree as `forsoning` says: bottom-up is `prognos(_:ar:manad:tradar:framsteg:)`; MinT is
    /// `Forsoningsberakning`'s, and says in `Helarsprognos.forsoning` what it rested on or why it stayed bottom-up.
    /// `framsteg` hears the share done of the series' own prognosis.
    public func prognos(_ metod: Prognosmetod, ar: Int, manad: Int, forsoning: Forsoning, organisation: Organisation?,
                        tradar: Int? = nil, framsteg: (@Sendable (Double) -> Void)? = nil) throws(PrognosFel) -> Helarsprognos {
        let bas = try prognos(metod, ar: ar, manad: manad, tradar: tradar, framsteg: framsteg)
        guard forsoning == .mint, let y = index(ar: ar) else { return bas }
        var berakning = try Forsoningsberakning(self, metod: metod, organisation: organisation, tradar: tradar)
        berakning.behall(bas, y: y)
        var p = try berakning.avstamd(y: y, manad: manad)
        p.luckor = bas.luckor
        return p
    }
}
