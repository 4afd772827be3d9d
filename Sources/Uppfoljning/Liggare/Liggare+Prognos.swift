import Foundation
import GRDB
import Vokabular

extension Liggare {
    /// Stores `version` as one transaction and returns its id. A method's version for a year and month
    /// replaces the same method's earlier one for them, so saving again never adds a second column; a
    /// version by hand is always kept. Refuses, storing nothing, a month outside 1–12, a year outside
    /// `Artal.giltiga`, an amount that is not finite, interval bounds out of order, a series given twice, and
    /// a unit or row the ledger does not know, naming where that post was read from when `kallor` (one per
    /// post, e.g. "fil.csv rad 3") says.
    @discardableResult
    public func spara(_ version: Prognosversion, kallor: [String]? = nil) throws(LiggarFel) -> Int64 {
        try kontrollera(version)
        return try andra("spara prognosen") { db in
            let metod: String? = if case .metod(let namn) = version.upphov { namn } else { nil }
            if let metod {
                let ersatt: StatementArguments = [version.ar, version.gjordEfter, metod]
                try Kontrollsumma.justera(.prognosbelopp, med: 0 &- Kontrollsumma.berakna(.prognosbelopp, db, villkor: """
                    t.version_id IN (SELECT id FROM prognosversion WHERE ar = ? AND manad = ? AND metod = ?)
                    """, arguments: ersatt), db)
                try db.execute(sql: "DELETE FROM prognosversion WHERE ar = ? AND manad = ? AND metod = ?", arguments: ersatt)
            }
            try db.execute(sql: "INSERT INTO prognosversion (ar, manad, metod, kommentar, skapad) VALUES (?, ?, ?, ?, ?)",
                           arguments: [version.ar, version.gjordEfter, metod, version.kommentar, version.skapad])
            let id = db.lastInsertedRowID
            let enheter = try Self.idn(i: "enhet", db), konton = try Self.idn(i: "konto", db)
            let skriv = try db.makeStatement(sql: """
                INSERT INTO prognosbelopp (version_id, enhet_id, konto_id, prognos, p2_5, p10, p90, p97_5, kommentar)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (n, post) in version.poster.enumerated() {
                let kalla = kallor.flatMap { n < $0.count ? "\($0[n]): " : nil } ?? ""
                guard let enhet = enheter[post.nyckel.enhet] else {
                    throw LiggarFel.ogiltigaVarden(fil: fil, problem: "\(kalla)prognosen gäller enheten \(post.nyckel.enhet), som liggaren inte har")
                }
                guard let konto = konton[post.nyckel.konto] else {
                    throw LiggarFel.ogiltigaVarden(fil: fil, problem: "\(kalla)prognosen gäller kontot \(post.nyckel.konto), som liggaren inte har")
                }
                let i = post.intervall
                try skriv.execute(arguments: [id, enhet, konto, post.prognos, i?.p2_5, i?.p10, i?.p90, i?.p97_5, post.kommentar])
            }
            try Kontrollsumma.justera(.prognosbelopp, med: Kontrollsumma.berakna(.prognosbelopp, db, villkor: "t.version_id = ?",
                                                                                 arguments: [id]), db)
            return id
        }
    }

    /// The stored prognosis versions for `ar`, oldest first (by month made after, then by time).
    public func prognosversioner(ar: Int) throws(LiggarFel) -> [Prognosversion] {
        try las("läsa prognoserna för \(ar)") { db in
            let versioner = try Row.fetchAll(db, sql: """
                SELECT id, manad, metod, kommentar, skapad FROM prognosversion WHERE ar = ? ORDER BY manad, skapad, id
                """, arguments: [ar])
            return try versioner.map { v in
                let poster = try Row.fetchAll(db, sql: """
                    SELECT e.kod, k.kod, p.prognos, p.p2_5, p.p10, p.p90, p.p97_5, p.kommentar FROM prognosbelopp p
                    JOIN enhet e ON e.id = p.enhet_id JOIN konto k ON k.id = p.konto_id WHERE p.version_id = ?
                    """, arguments: [v["id"]]).map { p in
                    let kvantiler: [Double?] = [p[3], p[4], p[5], p[6]]
                    let intervall = kvantiler.allSatisfy({ $0 != nil })
                        ? Prognospost.Intervall(p2_5: p[3], p10: p[4], p90: p[5], p97_5: p[6]) : nil
                    return Prognospost(nyckel: Serienyckel(enhet: p[0], konto: p[1]), prognos: p[2], intervall: intervall,
                                       kommentar: p[7])
                }.sorted { $0.nyckel < $1.nyckel }
                let metod: String? = v["metod"]
                return Prognosversion(id: v["id"], ar: ar, gjordEfter: v["manad"], upphov: metod.map { .metod($0) } ?? .hand,
                                      kommentar: v["kommentar"], skapad: v["skapad"], poster: poster)
            }
        }
    }

    /// Every stored version, newest year first, then as `prognosversioner(ar:)` orders them, without their
    /// amounts: id, year, month made after, origin, comment, time made and number of amounts.
    public func versionslista() throws(LiggarFel) -> [Versionsrad] {
        try las("läsa prognosversionerna") { db in
            try Row.fetchAll(db, sql: """
                SELECT v.id, v.ar, v.manad, v.metod, v.kommentar, v.skapad, count(p.version_id) AS antal
                FROM prognosversion v LEFT JOIN prognosbelopp p ON p.version_id = v.id
                GROUP BY v.id ORDER BY v.ar DESC, v.manad, v.skapad, v.id
                """).map { r in
                let metod: String? = r["metod"]
                return Versionsrad(id: r["id"], ar: r["ar"], gjordEfter: r["manad"], upphov: metod.map { .metod($0) } ?? .hand,
                                   kommentar: r["kommentar"], skapad: r["skapad"], antal: r["antal"])
            }
        }
    }

    /// Replaces the comment of version `id`; refuses an id the ledger does not have.
    public func kommentera(version id: Int64, _ kommentar: String) throws(LiggarFel) {
        try andra("kommentera prognosversionen") { db in
            try db.execute(sql: "UPDATE prognosversion SET kommentar = ? WHERE id = ?", arguments: [kommentar, id])
            guard db.changesCount == 1 else { throw LiggarFel.ogiltigaVarden(fil: fil, problem: "prognosversion \(id) finns inte") }
        }
    }

    /// Removes version `id` and its amounts; refuses an id the ledger does not have.
    public func taBort(version id: Int64) throws(LiggarFel) {
        try andra("ta bort prognosversionen") { db in
            try Kontrollsumma.justera(.prognosbelopp, med: 0 &- Kontrollsumma.berakna(.prognosbelopp, db, villkor: "t.version_id = ?",
                                                                                     arguments: [id]), db)
            try db.execute(sql: "DELETE FROM prognosbelopp WHERE version_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM prognosversion WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw LiggarFel.ogiltigaVarden(fil: fil, problem: "prognosversion \(id) finns inte") }
        }
    }

    /// The checks a version must pass before anything is written.
    private func kontrollera(_ version: Prognosversion) throws(LiggarFel) {
        func fel(_ problem: String) -> LiggarFel { .ogiltigaVarden(fil: fil, problem: problem) }
        guard Period(ar: version.ar, manad: version.gjordEfter) != nil else {
            throw fel("prognosen gäller år \(version.ar) efter månad \(version.gjordEfter); förväntade år "
                      + "\(Artal.giltiga.lowerBound)–\(Artal.giltiga.upperBound) och månad 1–12")
        }
        if case .metod(let namn) = version.upphov, let problem = Kod.problem(namn) {
            throw fel("metodens namn \"\(namn)\": \(problem)")
        }
        var sedda = Set<Serienyckel>()
        for post in version.poster {
            guard sedda.insert(post.nyckel).inserted else { throw fel("prognosen har \(post.nyckel) två gånger") }
            let varden = [post.prognos] + (post.intervall?.varden ?? [])
            guard varden.allSatisfy(\.isFinite) else { throw fel("prognosen för \(post.nyckel) är inget ändligt tal") }
            if let i = post.intervall?.varden, i != i.sorted() {
                throw fel("intervallet för \(post.nyckel) är inte i ordning p2,5 ≤ p10 ≤ p90 ≤ p97,5")
            }
        }
    }
}
