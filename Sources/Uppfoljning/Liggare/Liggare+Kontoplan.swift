import GRDB

extension Liggare {
    /// Gives the ledger's rows their lines of the resultaträkning as one transaction; a row already mapped
    /// takes the new line. Returns the rows mapped, and the rows of `kontoplan` the ledger does not have
    /// (left out: a row comes into the ledger with its first amounts). Refuses, changing nothing, a row
    /// given twice.
    public func placera(kontoplan: [(konto: String, rad: Resultatrad)]) throws(LiggarFel) -> (placerade: Int, saknade: [String]) {
        var sedda = Set<String>()
        for k in kontoplan where !sedda.insert(Kod.normaliserad(k.konto)).inserted {
            throw .ogiltigaVarden(fil: fil, problem: "kontot \(k.konto) ges två gånger i kontoplanen")
        }
        return try andra("läsa in kontoplanen") { db in
            var saknade: [String] = []
            let skriv = try db.makeStatement(sql: "UPDATE konto SET resultatrad = ? WHERE kod = ?")
            for k in kontoplan {
                try skriv.execute(arguments: [k.rad.rawValue, Kod.normaliserad(k.konto)])
                if db.changesCount == 0 { saknade.append(k.konto) }
            }
            return (kontoplan.count - saknade.count, saknade)
        }
    }

    /// The line of the resultaträkning of every row that has one, by the row's code.
    public func kontoplan() throws(LiggarFel) -> [String: Resultatrad] {
        let rader = try las("läsa kontoplanen") { db in
            try Row.fetchAll(db, sql: "SELECT kod, resultatrad FROM konto WHERE resultatrad IS NOT NULL")
        }
        var plan: [String: Resultatrad] = [:]
        for rad in rader {
            guard let r = Resultatrad(rawValue: rad[1]) else {
                throw .skadad(fil: fil, problem: "kontot \(rad[0] as String) har resultatraden \"\(rad[1] as String)\"")
            }
            plan[rad[0]] = r
        }
        return plan
    }
}
