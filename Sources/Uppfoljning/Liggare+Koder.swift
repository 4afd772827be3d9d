import GRDB

extension Liggare {
    /// Code → id of every unit (`enhet`) or row (`konto`).
    static func idn(i tabell: String, _ db: Database) throws -> [String: Int64] {
        var id: [String: Int64] = [:]
        for rad in try Row.fetchAll(db, sql: "SELECT kod, id FROM \(tabell)") { id[rad[0]] = rad[1] }
        return id
    }
}
