import Application
import Report
import Uppfoljning
import Vokabular

/// One request for the ledger's period report: the month (by default the latest with outcome), the version
/// (by default the latest) and the line to show (`niva`, `namn`, and `enhet` for a row; by default the total),
/// read from the ledger at `db` as `prognos uppfoljning rapport` reads it. Nothing is written.
struct Uppfoljningssida {
    let sida: Periodwebb
    /// The report's files as `--out` and `--rapport` write them.
    let filer: [(namn: String, innehall: String)]

    /// Runs the request `query` in one of `platser`.
    static func kor(_ query: String?, db: String, platser: Korplatser) async throws(Webbfel) -> Uppfoljningssida {
        let fraga = Fraga(query)
        let period = try fraga["period"].flatMap { text throws(Webbfel) -> Period? in
            guard !text.isEmpty else { return nil }
            guard let p = Period(text: text) else { throw .felaktigFraga("Månaden ska vara ÅÅÅÅ-MM, t.ex. 2018-08, inte \"\(text)\".") }
            return p
        }
        let version = try fraga["version"].flatMap { text throws(Webbfel) -> Int64? in
            guard !text.isEmpty else { return nil }
            guard let id = Int64(text) else { throw .felaktigFraga("Prognosversionen ska vara ett id-nummer, inte \"\(text)\".") }
            return id
        }
        let svar = try await platser.kor { () throws(Korfel) -> (Periodrapport, [Period]) in
            let perioder = try Uppfoljningskorning.utfallsmanader(db: db)
            guard let vald = period ?? perioder.last else { throw .ingetUtfall(db: db) }
            return (try Uppfoljningskorning.periodrapport(vald, prognos: version, db: db), perioder)
        }
        let (rapport, perioder): (Periodrapport, [Period])
        switch svar {
        case .success(let r): (rapport, perioder) = r
        case .failure(let fel): throw .uppfoljning(fel)
        }
        let rad: Int
        if let text = fraga["niva"], !text.isEmpty {
            guard let niva = Organisationsniva(rawValue: text),
                  let i = rapport.index(niva, namn: fraga["namn"] ?? "", enhet: fraga["enhet"]) else {
                throw .felaktigFraga("Rapporten för \(rapport.period) har ingen nivå \"\(text)\" som heter \"\(fraga["namn"] ?? "")\".")
            }
            rad = i
        } else {
            rad = 0
        }
        let utskrift = Periodtabell.rapport(rapport, liggare: db)
        return Uppfoljningssida(sida: Periodwebb(rapport: rapport, liggare: db, perioder: perioder, version: version, rad: rad),
                                filer: utskrift.filer + (utskrift.html.map { [("rapport.html", $0)] } ?? []))
    }
}
