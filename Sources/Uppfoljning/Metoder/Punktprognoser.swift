import LinearAlgebra

/// One method's point prognoses for every cut-off month, year and series of a `Manadsunderlag`: a
/// 12 × (år · serier) matrix in the same layout, row m−1 holding the full-year prognosis made after month m
/// (row 11 is unused), NaN where the method gives none.
struct Punktprognoser: Sendable {
    let metod: Prognosmetod
    var varden: Matrix

    /// The prognosis after month `manad` (1–11) for year index `y` and series `s`, if any.
    func varde(manad: Int, y: Int, serie s: Int, serier: Int) -> Double? {
        let v = varden[manad - 1, y * serier + s]
        return v.isFinite ? v : nil
    }
}
