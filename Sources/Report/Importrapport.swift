import Budget
import Uppfoljning
import Vokabular

/// What `prognos uppfoljning import` prints: what was read, what changed, and what the ledger gained.
public enum Importrapport {
    /// The summary of importing `fil` into the ledger `liggare`.
    public static func text(_ s: Importsammanfattning, fil: String, liggare: String) -> String {
        let rubrik = s.slag == .utfall ? "Utfall" : "Budget"
        var rader = ["\(rubrik) inläst från \(Styrtecken.maskerade(fil)) till liggaren \(Styrtecken.maskerade(liggare))"]
        rader.append("  \(antal(s.antalBelopp)) belopp\(perioder(s.perioder)): " + neutrum(nya: s.nyaBelopp, andrade: s.andradeBelopp,
                                                                                            oforandrade: s.oforandradeBelopp))
        rader += nya(s.nyaEnheter)
        if !s.nyaKonton.isEmpty {
            rader.append("  Nya konton (\(antal(s.nyaKonton.count))): "
                         + s.nyaKonton.map { "\(Styrtecken.maskerade($0.kod)) (\($0.slag.text))" }.joined(separator: ", "))
        }
        if let periodisering = Periodiseringstext.text(s.periodiserade) { rader.append("  \(periodisering)") }
        if s.ingenAndring {
            rader.append(s.antalBelopp == 0 ? "  Liggaren är oförändrad: filen hade inga belopp."
                         : "  Liggaren är oförändrad: alla belopp fanns redan med samma värde.")
        }
        return rader.joined(separator: "\n")
    }

    /// The summary of placing units from `fil` in the ledger's organisation tree.
    public static func organisation(antal placerade: Int, andrade: Int, fil: String, liggare: String) -> String {
        "Organisation inläst från \(Styrtecken.maskerade(fil)) till liggaren \(Styrtecken.maskerade(liggare))\n"
            + "  \(antal(placerade)) \(placerade == 1 ? "enhet" : "enheter"), varav \(antal(andrade)) \(andrade == 1 ? "ny eller ändrad" : "nya eller ändrade")"
    }

    /// The summary of giving the ledger's rows their lines of the resultaträkning from `fil`.
    public static func kontoplan(placerade: Int, saknade: [String], fil: String, liggare: String) -> String {
        var rader = ["Kontoplan inläst från \(Styrtecken.maskerade(fil)) till liggaren \(Styrtecken.maskerade(liggare))",
                     "  \(antal(placerade)) \(placerade == 1 ? "konto" : "konton") fick sin rad i resultaträkningen"]
        if !saknade.isEmpty {
            rader.append("  \(antal(saknade.count)) \(saknade.count == 1 ? "konto" : "konton") i filen finns inte i liggaren och hoppades över (de läses in med sina första belopp): "
                         + saknade.map(Styrtecken.maskerade).joined(separator: ", "))
        }
        return rader.joined(separator: "\n")
    }

    /// The summary of importing drivers from `fil` into the ledger `liggare`.
    public static func drivare(_ s: Drivarsammanfattning, fil: String, liggare: String) -> String {
        var rader = ["Drivare inlästa från \(Styrtecken.maskerade(fil)) till liggaren \(Styrtecken.maskerade(liggare))"]
        let namn = s.drivare.isEmpty ? "" : " (\(s.drivare.map(Styrtecken.maskerade).joined(separator: ", ")))"
        rader.append("  \(antal(s.antalVarden)) värden\(perioder(s.perioder))\(namn): "
                     + neutrum(nya: s.nyaVarden, andrade: s.andradeVarden, oforandrade: s.oforandradeVarden))
        rader += nya(s.nyaEnheter)
        for (rubrik, kopplingar) in [("Nya", s.nyaKopplingar), ("Borttagna", s.borttagnaKopplingar)] where !kopplingar.isEmpty {
            rader.append("  \(rubrik) kopplingar konto ← drivare: "
                         + kopplingar.map { "\(Styrtecken.maskerade($0.konto)) ← \(Styrtecken.maskerade($0.drivare))" }.joined(separator: ", "))
        }
        if s.ingenAndring { rader.append("  Liggaren är oförändrad: alla värden och kopplingar fanns redan.") }
        return rader.joined(separator: "\n")
    }

    /// " för 2018-01–2018-12", " för 2018-08" or nothing.
    private static func perioder(_ p: ClosedRange<Period>?) -> String {
        p.map { $0.lowerBound == $0.upperBound ? " för \($0.lowerBound)" : " för \($0.lowerBound)–\($0.upperBound)" } ?? ""
    }

    /// The line listing the units an import added, if any.
    private static func nya(_ enheter: [String]) -> [String] {
        enheter.isEmpty ? [] : ["  Nya enheter (\(antal(enheter.count))): " + enheter.map(Styrtecken.maskerade).joined(separator: ", ")]
    }

    private static func antal(_ n: Int) -> String { Belopp.text(Double(n), decimaler: 0) }

    /// "3 nya, 1 ändrat, 0 oförändrade": counts of a neuter noun (belopp, värden), the adjective agreeing with each.
    static func neutrum(nya: Int, andrade: Int, oforandrade: Int) -> String {
        "\(antal(nya)) \(nya == 1 ? "nytt" : "nya"), \(antal(andrade)) \(andrade == 1 ? "ändrat" : "ändrade"), "
            + "\(antal(oforandrade)) \(oforandrade == 1 ? "oförändrat" : "oförändrade")"
    }
}
