/// One employee as an HR system exports them, anonymised: personnel group, care area, age, sex, employment
/// rate and monthly salary. `Personalbestand(anstallda:)` counts such rows into the model's stock.
public struct Anstalld: Equatable, Sendable {
    /// Sex as HR systems write it.
    public enum Kon: String, Equatable, Sendable, CaseIterable {
        case kvinna = "K"
        case man = "M"
    }

    /// The employee's group and care area.
    public let segment: Segment
    /// Age in whole years at the base year's end.
    public let alder: Int
    public let kon: Kon
    /// Employment rate (sysselsättningsgrad), share of full time, 0–1.
    public let sysselsattningsgrad: Double
    /// Monthly salary at full time (heltidslön), kronor: what the person would earn at rate 1, so that the
    /// paid salary is `sysselsattningsgrad × manadslon`.
    public let manadslon: Double

    public init(segment: Segment, alder: Int, kon: Kon, sysselsattningsgrad: Double, manadslon: Double) {
        self.segment = segment
        self.alder = alder
        self.kon = kon
        self.sysselsattningsgrad = sysselsattningsgrad
        self.manadslon = manadslon
    }
}
