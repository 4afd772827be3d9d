import GRDB

/// A table whose rows the ledger's checksum covers (see `Kontrollsumma`): the monthly amounts, the drivers'
/// values and the prognosis versions' amounts. Each names the query that reads its rows as stored, codes
/// joined in, and how one row is hashed; both are part of the file format.
enum Kontrolltabell: String, CaseIterable {
    case utfall, budget, drivare, prognosbelopp

    /// The table of a kind of monthly amounts.
    init(_ slag: Beloppsslag) {
        switch slag {
        case .utfall: self = .utfall
        case .budget: self = .budget
        }
    }

    /// What the table holds, in messages.
    var text: String {
        switch self {
        case .utfall: "utfall"
        case .budget: "budget"
        case .drivare: "drivarnas värden"
        case .prognosbelopp: "prognosversionernas belopp"
        }
    }

    /// The rows as stored, restricted by `villkor` (an SQL condition on the table's alias `t`) when given.
    func rader(_ villkor: String? = nil) -> String {
        let dar = villkor.map { " WHERE \($0)" } ?? ""
        switch self {
        case .utfall, .budget:
            return "SELECT e.kod, k.kod, t.ar, t.manad, t.ore FROM \(rawValue) t "
                + "JOIN enhet e ON e.id = t.enhet_id JOIN konto k ON k.id = t.konto_id" + dar
        case .drivare:
            return "SELECT coalesce(e.kod, ''), t.namn, t.ar, t.manad, t.varde FROM drivare t "
                + "LEFT JOIN enhet e ON e.id = t.enhet_id" + dar
        case .prognosbelopp:
            return "SELECT e.kod, k.kod, t.version_id, t.prognos, t.p2_5, t.p10, t.p90, t.p97_5 FROM prognosbelopp t "
                + "JOIN enhet e ON e.id = t.enhet_id JOIN konto k ON k.id = t.konto_id" + dar
        }
    }

    /// The hash of one row as `rader` reads it.
    func varde(_ rad: Row) -> Int64 {
        switch self {
        case .utfall, .budget:
            return Kontrollsumma.varde(enhet: rad[0], konto: rad[1], ar: rad[2], manad: rad[3], ore: rad[4])
        case .drivare:
            let ar: Int = rad[2], manad: Int = rad[3], varde: Double = rad[4]
            return Kontrollsumma.varde(texter: [rad[0], rad[1]], tal: [UInt64(bitPattern: Int64(ar * 12 + manad)), varde.bitPattern])
        case .prognosbelopp:
            let version: Int64 = rad[2]
            let belopp: [Double?] = [rad[3], rad[4], rad[5], rad[6], rad[7]]
            // A missing bound hashes as a NaN no stored value can have: refused on import, never written.
            return Kontrollsumma.varde(texter: [rad[0], rad[1]],
                                       tal: [UInt64(bitPattern: version)] + belopp.map { ($0 ?? Self.saknas).bitPattern })
        }
    }

    /// The value a missing interval bound hashes as.
    private static let saknas = Double(nan: 0x5052, signaling: false)
}
