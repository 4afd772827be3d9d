import GRDB

extension Liggare {
    /// Places units in the tree as one transaction: nämnder and förvaltningar not yet there are added, a
    /// unit not yet there is added, a placed unit moves and takes the new name, and a förvaltning named
    /// under another nämnd moves there. Returns how many units were added or changed. Refuses, changing
    /// nothing, a code or name that is no valid code (`Kod`) and a unit placed twice.
    @discardableResult
    public func placera(_ placeringar: [Placering]) throws(LiggarFel) -> Int {
        var sedda = Set<String>()
        for p in placeringar {
            for (vad, text) in [("enhetskoden", p.enhet), ("namnet", p.namn), ("förvaltningen", p.forvaltning), ("nämnden", p.namnd)] {
                if let problem = Kod.problem(text) { throw .ogiltigaVarden(fil: fil, problem: "\(vad) \"\(text)\": \(problem)") }
            }
            guard sedda.insert(p.enhet).inserted else {
                throw .ogiltigaVarden(fil: fil, problem: "enheten \(p.enhet) placeras två gånger")
            }
        }
        return try andra("placera enheterna") { db in
            var andrade = 0
            for p in placeringar {
                try db.execute(sql: "INSERT INTO namnd (namn) VALUES (?) ON CONFLICT (namn) DO NOTHING", arguments: [p.namnd])
                try db.execute(sql: """
                    INSERT INTO forvaltning (namn, namnd_id) VALUES (?1, (SELECT id FROM namnd WHERE namn = ?2))
                    ON CONFLICT (namn) DO UPDATE SET namnd_id = excluded.namnd_id WHERE namnd_id <> excluded.namnd_id
                    """, arguments: [p.forvaltning, p.namnd])
                try db.execute(sql: """
                    INSERT INTO enhet (kod, namn, forvaltning_id) VALUES (?1, ?2, (SELECT id FROM forvaltning WHERE namn = ?3))
                    ON CONFLICT (kod) DO UPDATE SET namn = excluded.namn, forvaltning_id = excluded.forvaltning_id
                    WHERE namn IS NOT excluded.namn OR forvaltning_id IS NOT excluded.forvaltning_id
                    """, arguments: [p.enhet, p.namn, p.forvaltning])
                andrade += db.changesCount
            }
            return andrade
        }
    }

    /// The organisation tree.
    public func organisation() throws(LiggarFel) -> Organisation {
        try las("läsa organisationen") { db in
            let rader = try Row.fetchAll(db, sql: """
                SELECT e.kod, e.namn, f.namn AS forvaltning, n.namn AS namnd FROM enhet e
                LEFT JOIN forvaltning f ON f.id = e.forvaltning_id LEFT JOIN namnd n ON n.id = f.namnd_id
                """)
            func enhet(_ rad: Row) -> Organisation.Enhet { Organisation.Enhet(kod: rad[0], namn: rad[1]) }
            func fore(_ a: String, _ b: String) -> Bool { a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) }
            let placerade = rader.filter { $0["namnd"] as String? != nil }
            let namnder = Dictionary(grouping: placerade) { $0["namnd"] as String }.map { namnd, rader in
                Organisation.Namnd(namn: namnd, forvaltningar: Dictionary(grouping: rader) { $0["forvaltning"] as String }
                    .map { Organisation.Forvaltning(namn: $0, enheter: $1.map(enhet).sorted { fore($0.kod, $1.kod) }) }
                    .sorted { fore($0.namn, $1.namn) })
            }.sorted { fore($0.namn, $1.namn) }
            let oplacerade = rader.filter { $0["namnd"] as String? == nil }.map(enhet).sorted { fore($0.kod, $1.kod) }
            return Organisation(namnder: namnder, oplacerade: oplacerade)
        }
    }
}
