/// The calibration targets as a function of the free parameters: the model run with the parameters set in the
/// scenario's assumptions, over the years the targets need, and each target's value and residual
///
///   rᵢ(θ) = (mᵢ(θ) − yᵢ) / tolᵢ,
///
/// a residual of 1 being one tolerance whatever the unit. Shared by the estimate (`Kalibrering`) and its spread
/// (`Parameterspridning`).
struct Malfunktion {
    let modell: Personalmodell
    let parametrar: [Kalibreringsparameter]
    /// The targets in the estimate that the model can compute (a year in the projection, known groups and areas).
    let mal: [Kalibreringsmal]
    /// The scenario's assumptions with the horizon cut to the targets' last year.
    let sok: Personalantaganden

    /// The targets of `mal` in the estimate that `fore`, the projection under `a`, can compute.
    init(_ modell: Personalmodell, _ a: Personalantaganden, fore: Personalprognos, mal: [Kalibreringsmal], parametrar: [Kalibreringsparameter]) {
        let malbara = mal.filter { $0.iSkattningen && $0.hinder(fore) == nil }
        var sok = a
        sok.horisont = max(1, min(a.horisont, (malbara.map(\.ar).max() ?? modell.basar + 1) - modell.basar))
        self.modell = modell
        self.parametrar = parametrar
        self.mal = malbara
        self.sok = sok
    }

    /// The assumptions with the parameters at `x`.
    func antaganden(_ x: [Double]) -> Personalantaganden {
        var b = sok
        for (p, v) in zip(parametrar, x) { p.satt(v, i: &b, bas: sok) }
        return b
    }

    /// The model's value of each target at `x`; nil where the model cannot be computed.
    func varden(_ x: [Double]) -> [Double]? {
        guard let p = try? modell.berakna(antaganden(x)) else { return nil }
        return mal.map { $0.modellvarde(p) ?? .nan }
    }

    /// The residuals at `x` in tolerances.
    func residualer(_ x: [Double]) -> [Double]? {
        varden(x).map { m in mal.indices.map { (m[$0] - mal[$0].varde) / mal[$0].tolerans } }
    }
}
