import ArgumentParser
import Input
import Uppfoljning
import Vokabular

/// Reads the ledger's outcome, budget and drivers for the full-year methods, or exits with code 1 and the reason in
/// Swedish (with the import hint when the ledger is missing or empty).
enum Uppfoljningsunderlag {
    static func las(_ db: String) throws -> (Liggare, Manadsunderlag) {
        do {
            let liggare = try Liggare.oppnaForLasning(db)
            guard let utfall = try liggare.serier(.utfall) else {
                Utskrift.fel("liggaren \"\(Styrtecken.maskerade(db))\" har budget men inget utfall än; läs in ett utfall först: "
                             + "prognos uppfoljning import --utfall FIL --db \(Styrtecken.maskerade(db))")
                throw ExitCode(1)
            }
            return (liggare, try Manadsunderlag(utfall: utfall, budget: try liggare.serier(.budget), drivare: try liggare.drivare()))
        } catch let fel as LiggarFel {
            Utskrift.fel(Styrtecken.maskerade(fel.description))
            throw ExitCode(1)
        } catch let fel as PrognosFel {
            Utskrift.fel(fel.description)
            throw ExitCode(1)
        }
    }
}
