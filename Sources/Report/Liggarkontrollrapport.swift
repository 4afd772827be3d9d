import Uppfoljning
import Vokabular

/// What `prognos uppfoljning kontrollera` prints for a sound ledger: that it is whole, and what it holds.
public enum Liggarkontrollrapport {
    /// The text; `liggare` is the ledger's path as the user gave it. No files.
    public static func rapport(_ k: Liggarkontroll, liggare: String) -> Rapport {
        func antal(_ n: Int) -> String { Belopp.text(Double(n), decimaler: 0) }
        let text = """
            Liggaren \(Styrtecken.maskerade(liggare)) är hel: SQLite:s kontroll av sidor och index, alla kopplingar \
            mellan tabellerna och alla värden (år, månader, belopp, koder) är i ordning.
              Enheter \(antal(k.enheter)), konton \(antal(k.konton))
              Utfall \(antal(k.utfall)) och budget \(antal(k.budget)) belopp per enhet, konto och månad
              Prognosversioner \(antal(k.versioner)) med \(antal(k.prognosbelopp)) belopp
              Drivarvärden \(antal(k.drivare))
            """
        return Rapport(kommando: "uppfoljning kontrollera", text: text, filer: [])
    }
}
