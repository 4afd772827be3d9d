/// The standard steps of the sensitivity analysis (`Kanslighetsanalys`), each applied in every plan year,
/// as Swedish regions tabulate the analysis in their annual reports. The variants' keys and headings in
/// `Kanslighetsanalys` ("personalkostnader_plus_1", "Generella statsbidrag -10 mnkr", …) spell these
/// values out, so a change here must be made there too.
public enum Budgetmodellval {
    /// Added to the personnel and to the operating cost indexation, percentage points per year.
    public static let kanslighetIndexering = 1.0
    /// How much lower the tax base is than the scenario's own, per cent; applied to the first year's
    /// cumulative deviation, so it carries through every year.
    public static let kanslighetSkatteunderlag = 1.0
    /// Subtracted from the general state grants, mnkr per year.
    public static let kanslighetStatsbidrag = 10.0
    /// Added to the pension costs, mnkr per year.
    public static let kanslighetPensionskostnader = 10.0
}
