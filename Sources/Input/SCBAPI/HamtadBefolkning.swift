import Foundation

/// SCB's three population tables for a region and the country, fetched from SCB's API and checked
/// complete, with where and when they came from: what `prognos befolkning hamta` writes as a data folder.
public struct HamtadBefolkning: Sendable {
    /// One count, as a row of the data layout (`region,kon,alder,ar,antal`).
    public struct Rad: Sendable, Equatable {
        /// The region's code and name, "10 Blekinge län".
        public let region: String
        /// "kvinnor" or "män".
        public let kon: String
        /// The age code as the layout writes it ("100+", "49+", "uppgift saknas").
        public let alder: String
        public let ar: Int
        public let antal: Int
    }

    /// One table: its file in the layout, its source and its rows.
    public struct Tabell: Sendable {
        /// The file name in the data folder, e.g. "folkmangd.csv".
        public let fil: String
        /// What it counts, in Swedish.
        public let beskrivning: String
        /// The table's address in SCB's API.
        public let url: URL
        /// The table's title at SCB.
        public let titel: String
        /// The content code (`ContentsCode`, e.g. "BE0101N1") and its text.
        public let innehall: String, innehallstext: String
        /// When SCB last updated the table, as its answer says (`updated`), if it says.
        public let uppdaterad: String?
        /// The number of data requests it took.
        public let anrop: Int
        /// The rows, by region, year, sex (women first) and age.
        public let rader: [Rad]
    }

    /// The regions fetched, "00 Riket" and the region asked for, in code order.
    public let regioner: [String]
    /// The years every table covers.
    public let ar: ClosedRange<Int>
    /// Population, births and deaths, in that order.
    public let tabeller: [Tabell]
    /// When they were fetched.
    public let hamtad: Date
}
