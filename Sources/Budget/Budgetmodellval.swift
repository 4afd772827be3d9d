/// The standard steps of the sensitivity analysis (`Kanslighetsanalys`), each applied in every plan year,
/// as Swedish regions tabulate the analysis in their annual reports. The variants' keys and headings
/// ("personalkostnader_plus_1", "Generella statsbidrag -10 mnkr", …) are made from these values.
public enum Budgetmodellval {
    /// Added to the personnel and to the operating cost indexation, percentage points per year.
    static let kanslighetIndexering = 1.0
    /// How much lower the tax base is than the scenario's own, per cent; applied to the first year's
    /// cumulative deviation, so it carries through every year.
    static let kanslighetSkatteunderlag = 1.0
    /// Subtracted from the general state grants, mnkr per year.
    static let kanslighetStatsbidrag = 10.0
    /// Added to the pension costs, mnkr per year.
    static let kanslighetPensionskostnader = 10.0
}
