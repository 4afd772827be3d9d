/// The workforce model calibrated to the figures the documents give: the free parameters (`fria`: the turnover
/// level and the recruitment capacity of the groups that hire personnel) estimated by weighted least squares,
///
///   min_θ Σᵢ ((mᵢ(θ) − yᵢ) / tolᵢ)² + λ Σⱼ ((θⱼ − θⱼ⁰) / (uⱼ − lⱼ))²,  lⱼ ≤ θⱼ ≤ uⱼ,
///
/// where mᵢ is the model's value of target i, yᵢ the document's figure and tolᵢ its tolerance, so a residual of
/// 1 is one tolerance whatever the unit; θ⁰ is the scenario's value. The second term, with a tiny λ, only
/// breaks ties: among parameter values that fit the targets equally, the one nearest the scenario wins, so a
/// parameter no target depends on keeps the scenario's value. The model is piecewise linear (capacities,
/// ceilings): Levenberg–Marquardt (`BoundedLevenbergMarquardt`) from the scenario and from `starter` further
/// points spread over the box (a Halton sequence), the best then finished by a derivative-free compass search
/// (`CompassSearch`), which a kink does not stop.
///
/// Every target is reported: fitted, out of tolerance, or not computable (with the reason), never dropped.
public struct Kalibrering: Sendable {
    /// One target before and after calibration.
    public struct Malrad: Sendable {
        public let mal: Kalibreringsmal
        /// The model's value with the scenario's and with the calibrated parameters; nil where `hinder` says why.
        public let fore: Double?, efter: Double?
        /// Why the model cannot give the figure, in words.
        public let hinder: String?

        /// Calibrated value less the document's figure.
        public var skillnad: Double? { efter.map { $0 - mal.varde } }
        /// Whether the calibrated model reproduces the figure within its tolerance; nil when it cannot be computed.
        public var uppfyllt: Bool? { skillnad.map { abs($0) <= mal.tolerans + 1e-9 } }
    }

    /// One free parameter before and after calibration.
    public struct Parameterrad: Sendable {
        public let parameter: Kalibreringsparameter
        public let fore: Double, efter: Double
        public let granser: ClosedRange<Double>
        /// Whether any target moves by a tenth of its tolerance when the parameter moves by 5 % of its range; a
        /// parameter that does not is not determined by the targets and keeps the scenario's value.
        public let bestamd: Bool

        /// Whether the calibrated value lies on a bound of the search box: the targets ask for more than the box
        /// allows, which the report says.
        public var vidGrans: Bool {
            let marginal = 1e-6 * (granser.upperBound - granser.lowerBound)
            return efter <= granser.lowerBound + marginal || efter >= granser.upperBound - marginal
        }
    }

    /// The tie-breaking weight λ: small enough never to trade a hundredth of a tolerance for closeness.
    static let narhet = 1e-6
    /// Starting points besides the scenario.
    static let starter = 8
    /// The compass search's first step after Levenberg–Marquardt, share of each range.
    static let poleringssteg = 0.02
    /// A parameter moved by this share of its range…
    static let provsteg = 0.05
    /// …is determined by the targets when some target moves by this share of its tolerance.
    static let bestamningsgrans = 0.1

    public let mal: [Malrad]
    public let parametrar: [Parameterrad]
    /// The scenario's assumptions with the calibrated values.
    public let antaganden: Personalantaganden
    /// Evaluations of the model the search used.
    public let utvarderingar: Int

    /// Calibrates `parametrar` (by default `fria`) of `modell` under the scenario's assumptions `a` to `mal`.
    public init(_ modell: Personalmodell, _ a: Personalantaganden, mal: [Kalibreringsmal],
                parametrar valda: [Kalibreringsparameter]? = nil) throws(PersonalFel) {
        let parametrar = valda ?? Self.fria(modell, a, mal: mal)
        let fore = try modell.berakna(a)
        let funktion = Malfunktion(modell, a, fore: fore, mal: mal, parametrar: parametrar)
        let malbara = funktion.mal
        let granser = parametrar.map { Self.granser($0, modell, a) }
        let start = parametrar.map { $0.varde(a, bas: a) }
        let bredd = granser.map { $0.upperBound - $0.lowerBound }
        let varden = funktion.varden
        // The residuals in the unit box u = (θ − l) / (u − l): the targets' in tolerances, then the tie-breaking pull.
        let enhet = start.indices.map { bredd[$0] > 0 ? (start[$0] - granser[$0].lowerBound) / bredd[$0] : 0 }
        func vardenI(_ u: [Double]) -> [Double] { u.indices.map { (j: Int) -> Double in granser[j].lowerBound + u[j] * bredd[j] } }
        func residualer(_ u: [Double]) -> [Double]? {
            guard var r = funktion.residualer(vardenI(u)) else { return nil }
            for j in u.indices { r.append((u[j] - enhet[j]) * Self.narhet.squareRoot()) }
            return r
        }
        func summa(_ u: [Double]) -> Double { residualer(u).map { $0.reduce(0) { $0 + $1 * $1 } } ?? .infinity }
        var starter = [enhet]
        for k in 1...Self.starter { starter.append(start.indices.map { halton(k, primtal[$0 % primtal.count]) }) }
        var bast = (x: enhet, value: Double.infinity, evaluations: 0)
        var utvarderingar = 0
        for punkt in starter where !parametrar.isEmpty {
            let r = BoundedLevenbergMarquardt().minimise(residualer, from: punkt)
            utvarderingar += r.evaluations
            if r.value < bast.value { bast = r }
        }
        // A compass search from the best point finishes where a kink (a capacity that starts to bind) stops the
        // derivative-based steps.
        if !parametrar.isEmpty {
            let polering = CompassSearch(lower: start.map { _ in 0 }, upper: start.map { _ in 1 }, initialStep: Self.poleringssteg)
                .minimise(summa, from: bast.x)
            utvarderingar += polering.evaluations
            if polering.value < bast.value { bast = polering }
        }
        bast.x = vardenI(bast.x)
        var kalibrerad = a
        for (p, v) in zip(parametrar, bast.x) { p.satt(v, i: &kalibrerad, bas: a) }
        let efter = try modell.berakna(kalibrerad)
        let mitt = varden(bast.x) ?? []
        self.parametrar = parametrar.indices.map { j in
            let bestamd = [-1.0, 1].contains { riktning -> Bool in
                var y = bast.x
                y[j] = min(max(y[j] + riktning * Self.provsteg * bredd[j], granser[j].lowerBound), granser[j].upperBound)
                guard y[j] != bast.x[j], let m = varden(y) else { return false }
                return malbara.indices.contains { (i: Int) -> Bool in abs(m[i] - mitt[i]) > Self.bestamningsgrans * malbara[i].tolerans }
            }
            return Parameterrad(parameter: parametrar[j], fore: start[j], efter: bast.x[j], granser: granser[j], bestamd: bestamd)
        }
        self.mal = mal.map { (m: Kalibreringsmal) -> Malrad in
            Malrad(mal: m, fore: m.modellvarde(fore), efter: m.modellvarde(efter), hinder: m.hinder(fore))
        }
        self.antaganden = kalibrerad
        self.utvarderingar = utvarderingar
    }

    /// The parameters the targets can inform: the turnover level when some group has turnover, and the
    /// recruitment capacity of every group that hires personnel in the base year and that a target names (in the
    /// shipped targets läkare and sjuksköterskor: their hired cost and own share). A group's base-year vacancies
    /// are not among them: vacancies (a level of the gap) and capacity (its slope) move the hired cost after the
    /// base year alike, and the documents give one such year, so the two cannot be told apart; the vacancies are
    /// the scenario's (`grupper.<grupp>.vakanser`), or calibrated when a caller names `.vakanser`.
    public static func fria(_ modell: Personalmodell, _ a: Personalantaganden, mal: [Kalibreringsmal]) -> [Kalibreringsparameter] {
        let hyr = Set(modell.inhyrdKostnad.filter { $0.value > 0 }.map(\.key.grupp))
        let namngivna = Set(mal.flatMap(\.grupper))
        let grupper = modell.bestand.grupper.filter { hyr.contains($0) && namngivna.contains($0) && (a.grupper[$0]?.hyrtak ?? 0) > 0 }
        return (a.grupper.values.contains { $0.personalomsattning > 0 } ? [.omsattningsniva] : [])
            + grupper.map { Kalibreringsparameter.rekryteringskapacitet($0) }
    }

    /// The box a parameter is searched in, always holding the scenario's value.
    static func granser(_ p: Kalibreringsparameter, _ modell: Personalmodell, _ a: Personalantaganden) -> ClosedRange<Double> {
        let b = modell.bestand
        let index = { (g: String) in b.segment.indices.filter { b.segment[$0].grupp == g } }
        switch p {
        case .omsattningsniva: return Kalibreringsparameter.omsattningsfaktor
        case .rekryteringskapacitet(let g):
            let antal = index(g).reduce(0) { $0 + b.antal[$1].reduce(0, +) }
            return 0...max(antal * Kalibreringsparameter.hogstaRekryteringsandel, a.grupper[g]?.rekryteringskapacitet ?? 0)
        case .vakanser(let g):
            let arsarbetare = index(g).reduce(0) { s, i in s + zip(b.antal[i], b.grad[i]).reduce(0) { $0 + $1.0 * $1.1 } } * (1 - a.sjukfranvaro(ar: modell.basar))
            return 0...max(arsarbetare * Kalibreringsparameter.hogstaVakansandel, a.grupper[g]?.vakanser ?? 0)
        }
    }
}

/// The first primes, the bases of the Halton sequence's coordinates.
private let primtal = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]

/// The `k`-th element of the van der Corput sequence in `bas`, in (0, 1): the digits of k mirrored about the point.
func halton(_ k: Int, _ bas: Int) -> Double {
    var (f, r, i) = (1.0, 0.0, k)
    while i > 0 {
        f /= Double(bas)
        r += f * Double(i % bas)
        i /= bas
    }
    return r
}
