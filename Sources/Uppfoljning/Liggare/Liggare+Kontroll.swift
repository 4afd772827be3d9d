import GRDB
import Vokabular

/// What a full check of a ledger found: how much it holds, all of it sound.
public struct Liggarkontroll: Equatable, Sendable {
    /// Rows in each table: units, rows (konton), outcome and budget months, prognosis versions and their
    /// amounts, driver values.
    public let enheter: Int, konton: Int, utfall: Int, budget: Int, versioner: Int, prognosbelopp: Int, drivare: Int
}

extension Liggare {
    /// The full check, on request (`prognos uppfoljning kontrollera`): SQLite's `integrity_check` (pages,
    /// indexes, constraints), every reference between tables, and every value within what an import can
    /// write — years in `Artal.giltiga`, months 1–12, amounts within `maxOre`, codes that `Kod` accepts and
    /// the two kinds of row — and the amounts against their checksum (`Kontrollsumma`). The first fault found
    /// is thrown as `skadad`.
    public func kontrollera() throws(LiggarFel) -> Liggarkontroll {
        let (fel, kontroll) = try las("kontrollera liggaren") { db -> (String?, Liggarkontroll) in
            if let sqlite = try Self.sqliteKontroll(db, pragma: "integrity_check") { return (sqlite, Self.tom) }
            let lankar = try Int.fetchOne(db, sql: "SELECT count(*) FROM pragma_foreign_key_check") ?? 0
            if lankar > 0 { return ("\(lankar) rader pekar på enheter, konton eller versioner som inte finns", Self.tom) }
            if let varde = try Self.felaktigtVarde(db) ?? Kontrollsumma.avvikelse(db) { return (varde, Self.tom) }
            func antal(_ tabell: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(tabell)") ?? 0 }
            return (nil, Liggarkontroll(enheter: try antal("enhet"), konton: try antal("konto"), utfall: try antal("utfall"),
                                        budget: try antal("budget"), versioner: try antal("prognosversion"),
                                        prognosbelopp: try antal("prognosbelopp"), drivare: try antal("drivare")))
        }
        if let fel { throw .skadad(fil: fil, problem: fel) }
        return kontroll
    }

    private static let tom = Liggarkontroll(enheter: 0, konton: 0, utfall: 0, budget: 0, versioner: 0, prognosbelopp: 0, drivare: 0)

    /// The first value no import can have written, described; nil when every value is valid.
    private static func felaktigtVarde(_ db: Database) throws -> String? {
        let (forsta, sista) = (Artal.giltiga.lowerBound, Artal.giltiga.upperBound)
        let period = "(ar NOT BETWEEN \(forsta) AND \(sista) OR manad NOT BETWEEN 1 AND 12)"
        let fragor: [(String, String)] = Beloppsslag.allCases.map { slag in
            (slag.text, "SELECT count(*) FROM \(slag.tabell) WHERE \(period) OR typeof(ore) != 'integer' "
                + "OR ore NOT BETWEEN -\(maxOre) AND \(maxOre)")
        } + [
            ("prognosversioner", "SELECT count(*) FROM prognosversion WHERE \(period)"),
            ("prognosbelopp", "SELECT count(*) FROM prognosbelopp WHERE typeof(prognos) NOT IN ('real', 'integer')"),
            ("drivarvärden", "SELECT count(*) FROM drivare WHERE \(period) OR typeof(varde) NOT IN ('real', 'integer')"),
            ("konton", "SELECT count(*) FROM konto WHERE slag NOT IN ('intakt', 'kostnad')"),
        ]
        for (vad, sql) in fragor {
            let antal = try Int.fetchOne(db, sql: sql) ?? 0
            if antal > 0 { return "\(antal) \(vad) har år, månad, belopp eller slag utanför det en inläsning kan skriva" }
        }
        for tabell in ["enhet", "konto"] {
            for kod in try String.fetchAll(db, sql: "SELECT kod FROM \(tabell)") {
                if let problem = Kod.problem(kod) {
                    return "\(tabell == "enhet" ? "enhetskoden" : "kontokoden") \"\(Styrtecken.maskerade(kod))\" duger inte: \(problem)"
                }
            }
        }
        return nil
    }
}
