/// The defaults of a workforce scenario for the keys a scenario file may leave out (`Personalscenario` in
/// Input reads them), in the units `Personalantaganden` holds: shares as fractions (0,064 for 6,4 %),
/// indexation in percent. The shipped scenario `scenarios/personal-blekinge.yaml` sets each key itself;
/// its comment is quoted where it gives a source.
public enum Personalmodellval {
    /// Years projected after the base year, years: the horizon of a staffing plan. No source.
    public static let horisont = 10
    /// Sick leave (sjukfrånvaro), share of paid time: "Sjukfrånvaro 6,4 % (Regionplan 2023–2025 rad
    /// 2011–2021, helår 2022)" (scenarios/personal-blekinge.yaml:13).
    public static let sjukfranvaro = 0.064
    /// Personnel overheads on salary (personalomkostnadspålägg, PO), share of salary. An assumption
    /// (scenarios/personal-blekinge.yaml:15).
    public static let poPalagg = 0.43
    /// Working hours a year of one hired FTE, hours. An assumption (scenarios/personal-blekinge.yaml:17).
    public static let timmarPerArsarbetare: Double = 1_700
    /// Change of productivity, share per year: none, so the same care needs the same FTE every year.
    public static let produktivitet = 0.0
    /// Indexation of salaries and hired prices in the years a scenario does not name, percent per year
    /// (scenarios/personal-blekinge.yaml:21). No source.
    public static let standardindexering = 2.5
    /// Ceiling for hired personnel's share of total personnel cost, share: "Regionernas mål: inhyrd
    /// personal högst 2 % av personalkostnaden" (scenarios/personal-blekinge.yaml:23).
    public static let hyrkostnadstak = 0.02
    /// How unmet need is priced: as hiring it would cost, the price the region pays when a post stays empty
    /// and the work is still done (regionstyrelsen-2019-02-13.txt lines 1305–1308: the shortage "blir synligt
    /// exempelvis i beroendet av hyrpersonal").
    public static let ejTacktPris = Personalantaganden.Ejtacktpris.inhyrd
    /// External turnover relative to the group's level by age, factors: falling with age. An assumption
    /// with a reason, not a source: the documents give only the level (7,6 %, regionplan-2023-2025.txt lines
    /// 2036–2046); those early in their careers change employer, specialise and move far more often than
    /// those after 50, and from 60 most exits are retirements, counted apart. Only the shape matters: the
    /// model scales it so that each group's base-year turnover is its level.
    public static let omsattningsprofil: [(aldrar: ClosedRange<Int>, faktor: Double)] = [
        (14...29, 1.6), (30...39, 1.2), (40...49, 0.8), (50...59, 0.6), (60...80, 0.5),
    ]
    /// Years the retirement curve moves (the pension-age lever), years: none.
    public static let pensionsforskjutning = 0
}
