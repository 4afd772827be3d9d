import LinearAlgebra

/// The spread of the calibrated parameters, for intervals that carry it beside the population's: their
/// covariance when each target's tolerance is read as the standard error of the document's figure, linearised
/// at the parameters' values,
///
///   Σ = (Jᵀ J)⁻¹,   Jᵢⱼ = ∂rᵢ/∂θⱼ,   rᵢ(θ) = (mᵢ(θ) − yᵢ) / tolᵢ   (`Malfunktion`),
///
/// that is (Aᵀ W A)⁻¹ with A = ∂m/∂θ and W = diag(1 / tolᵢ²): the covariance of the weighted least-squares
/// estimate `Kalibrering` makes, were the model linear. It does not depend on the residuals, so it is the same
/// at the calibrated values and near them; at a scenario's own values it is the spread the documents leave
/// around those. J is a central difference over `differenssteg` of each parameter's search range: the model is
/// piecewise linear (capacities, ceilings), so the slope is a secant over a neighbourhood of about the size of
/// the spread, not a tangent at a kink. A parameter no target moves by `Kalibrering.bestamningsgrans` of its
/// tolerance when it moves by `Kalibrering.provsteg` of its range keeps its value in every draw: the documents
/// say nothing of it, so its uncertainty is the scenario's to argue, not the calibration's. Likewise a
/// combination of parameters the targets do not separate gets no spread (the pseudo-inverse, `kovarians`). A
/// draw is θ̂ + B z with B Bᵀ = Σ and z standard normal, clipped to the search box.
public struct Parameterspridning: Sendable {
    public let parametrar: [Kalibreringsparameter]
    /// The values the draws centre on: the scenario's (the estimate when the scenario is the calibrated one).
    public let medel: [Double]
    /// The covariance by parameter; an undetermined parameter's row and column are 0.
    public let kovarians: [[Double]]
    /// Whether some target moves with each parameter (its spread may still be 0 along combinations the targets
    /// do not separate).
    public let bestamd: [Bool]
    /// The scenario's assumptions, in which each draw sets the parameters.
    let antaganden: Personalantaganden
    let granser: [ClosedRange<Double>]
    /// B with B Bᵀ = `kovarians`, a row per parameter and a column per direction the targets determine.
    let faktor: [[Double]]

    /// The central difference's half step, share of each parameter's search range.
    static let differenssteg = 0.01

    /// Each parameter's standard deviation.
    public var standardavvikelse: [Double] { kovarians.indices.map { kovarians[$0][$0].squareRoot() } }

    /// The spread of `parametrar` (by default `Kalibrering.fria`) of `modell` under the assumptions `a`, from the
    /// targets `mal` in the estimate that the model can compute.
    public init(_ modell: Personalmodell, _ a: Personalantaganden, mal: [Kalibreringsmal],
                parametrar valda: [Kalibreringsparameter]? = nil) throws(PersonalFel) {
        let parametrar = valda ?? Kalibrering.fria(modell, a, mal: mal)
        let funktion = Malfunktion(modell, a, fore: try modell.berakna(a), mal: mal, parametrar: parametrar)
        let granser = parametrar.map { Kalibrering.granser($0, modell, a) }
        let medel = parametrar.map { $0.varde(a, bas: a) }
        let (kovarians, faktor, bestamd) = try Self.kovarians(funktion.residualer, vid: medel, granser: granser,
                                                              namn: parametrar.map(\.namn))
        self.parametrar = parametrar
        self.medel = medel
        self.kovarians = kovarians
        self.bestamd = bestamd
        self.antaganden = a
        self.granser = granser
        self.faktor = faktor
    }

    /// Draws from their own stream, seeded with `seed`: the same seed gives the same draws.
    public func dragningar(seed: UInt64) -> Parameterdragning { Parameterdragning(spridning: self, slump: SplitMix64(seed: seed)) }

    /// One draw: the scenario's assumptions with the parameters at θ̂ + B z, clipped to their ranges.
    func dra<G: RandomNumberGenerator>(_ slump: inout G) -> Personalantaganden {
        let z = (faktor.first ?? []).map { _ in slump.nextStandardNormal() }
        var a = antaganden
        for j in parametrar.indices {
            let v = medel[j] + zip(faktor[j], z).reduce(0) { $0 + $1.0 * $1.1 }
            parametrar[j].satt(min(max(v, granser[j].lowerBound), granser[j].upperBound), i: &a, bas: antaganden)
        }
        return a
    }

    /// Σ = (Jᵀ J)⁺ and a factor B with B Bᵀ = Σ, over the parameters the residuals `r` determine at `x` (zero rows
    /// and columns for the others), J by central differences over `differenssteg` of each range in `granser`;
    /// `namn` names the parameters in errors.
    ///
    /// In the unit box (θ scaled by each range, as the calibration searches) Jᵀ J = V Λ Vᵀ; a direction v_k
    /// whose λ_k is at most (`Kalibrering.bestamningsgrans` / `Kalibrering.provsteg`)² moves no target by a
    /// tenth of its tolerance when θ moves 5 % along it, so the targets do not determine it and it gets no
    /// spread (the pseudo-inverse): e.g. two capacities that only act on the same total hired cost, whose sum the
    /// targets fix but whose split they do not. B = D V Λ^(−1/2) over the kept directions, D the ranges.
    static func kovarians(_ r: ([Double]) -> [Double]?, vid x: [Double], granser: [ClosedRange<Double>], namn: [String])
        throws(PersonalFel) -> (kovarians: [[Double]], faktor: [[Double]], bestamd: [Bool]) {
        let n = x.count
        let bredd = granser.map { $0.upperBound - $0.lowerBound }
        // ∂r/∂u in the unit box, one column per parameter.
        var jacobi: [[Double]] = []
        for j in 0..<n {
            // Within the box: one-sided where the value lies on a bound.
            let h = differenssteg * bredd[j]
            var upp = x, ner = x
            upp[j] = min(x[j] + h, granser[j].upperBound)
            ner[j] = max(x[j] - h, granser[j].lowerBound)
            guard upp[j] > ner[j], let ru = r(upp), let rn = r(ner) else {
                throw .ogiltigaData("målen kan inte räknas när \(namn[j]) ändras kring \(x[j])")
            }
            jacobi.append(zip(ru, rn).map { ($0 - $1) / (upp[j] - ner[j]) * bredd[j] })
        }
        let grans = Kalibrering.bestamningsgrans / Kalibrering.provsteg
        let bestamd = jacobi.map { kolumn in kolumn.contains { abs($0) > grans } }
        let d = (0..<n).filter { bestamd[$0] }
        var faktor = [[Double]](repeating: [], count: n)
        if !d.isEmpty {
            let eigen: SymmetricEigenDecomposition
            do {
                eigen = try Matrix(rowMajor: d.map { j in d.map { k in zip(jacobi[j], jacobi[k]).reduce(0) { $0 + $1.0 * $1.1 } } })
                    .symmetricEigen()
            } catch {
                throw .ogiltigaData("parametrarnas spridning går inte att räkna (\(d.map { namn[$0] }.joined(separator: "; "))): \(error)")
            }
            for (k, lambda) in eigen.values.enumerated() where lambda > grans * grans {
                for (a, j) in d.enumerated() { faktor[j].append(bredd[j] * eigen.vectors[a, k] / lambda.squareRoot()) }
            }
        }
        let rang = faktor.map(\.count).max() ?? 0
        faktor = faktor.map { $0.isEmpty ? [Double](repeating: 0, count: rang) : $0 }
        let kovarians = (0..<n).map { i in (0..<n).map { j in zip(faktor[i], faktor[j]).reduce(0) { $0 + $1.0 * $1.1 } } }
        return (kovarians, faktor, bestamd)
    }
}

/// A run's draws of the calibrated parameters (`Parameterspridning.dragningar`), one per path.
public struct Parameterdragning: Sendable {
    let spridning: Parameterspridning
    var slump: SplitMix64

    /// The next path's assumptions.
    public mutating func nasta() -> Personalantaganden { spridning.dra(&slump) }
}
