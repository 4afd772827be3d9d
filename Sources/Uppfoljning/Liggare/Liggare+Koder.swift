import GRDB

extension Liggare {
    /// Code → id of every unit (`enhet`) or row (`konto`).
    static func idn(i tabell: String, _ db: Database) throws -> [String: Int64] {
        var id: [String: Int64] = [:]
        for rad in try Row.fetchAll(db, sql: "SELECT kod, id FROM \(tabell)") { id[rad[0]] = rad[1] }
        return id
    }

    /// The ids of `koder` in `tabell` (enhet or konto), adding those not there with `infoga`; returns
    /// code → id and the added codes.
    static func idn(_ koder: [String], i tabell: String, _ db: Database,
                            infoga: (String) throws -> Void) throws -> (id: [String: Int64], nya: [String]) {
        var id = try idn(i: tabell, db)
        var nya: [String] = []
        for kod in koder where id[kod] == nil {
            try infoga(kod)
            id[kod] = db.lastInsertedRowID
            nya.append(kod)
        }
        return (id, nya)
    }

    /// `koder` without repetitions, in the order of first appearance.
    static func iOrdning(_ koder: [String]) -> [String] {
        var sedda = Set<String>()
        return koder.filter { sedda.insert($0).inserted }
    }
}
