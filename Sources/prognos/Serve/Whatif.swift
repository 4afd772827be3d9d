import Application
import Foundation
import Report

/// One what-if request: a bundled chain scenario and the form's filled fields as `--satt` values, run as
/// `prognos kor --satt …` runs them, and its base — the same chain without the changes. Nothing is written
/// to disk.
struct Whatif {
    /// The chain as the user names it, e.g. `scenarios/kedja-blekinge.yaml`.
    let scenario: String
    /// The request's query as sent, for the download links of the same run.
    let fraga: String
    let falt: Whatiffalt
    /// The filled fields, key and value, in the order sent.
    let ifyllda: [(nyckel: String, varde: String)]
    let bas: Kedjeresultat
    /// The what-if, or the base when no field was filled.
    let resultat: Kedjeresultat

    /// Runs the request `query` in one of `platser`: the base (once, kept in `baser`), then the what-if when
    /// a field is filled. A value the readers refuse gives the form with the message beside its field.
    static func kor(_ query: String?, platser: Korplatser, baser: Baser) async throws(Webbfel) -> Whatif {
        let fraga = Fraga(query)
        let scenario = fraga["scenario"] ?? Standardfiler.kedjescenarioNamn
        guard Standardfiler.kedjescenarier.contains(scenario) else { throw .okantScenario(scenario) }
        let fil = Standardfiler.fil(scenario)
        let bas: Kedjeresultat
        switch try await baser.bas(scenario, fil: fil, platser: platser) {
        case .success(let r): bas = r
        case .failure(let fel): throw .scenariot(fel)
        }
        let falt = Whatiffalt(bas)
        let ifyllda = fraga.par.filter { $0.nyckel != "scenario" }
            .map { (nyckel: $0.nyckel, varde: $0.varde.trimmingCharacters(in: .whitespaces)) }.filter { !$0.varde.isEmpty }
        if let okand = ifyllda.first(where: { !falt.nycklar.contains($0.nyckel) }) { throw .okantFalt(okand.nyckel) }
        let basen = Whatif(scenario: scenario, fraga: query ?? "", falt: falt, ifyllda: ifyllda, bas: bas, resultat: bas)
        guard !ifyllda.isEmpty else { return basen }
        let satt = ifyllda.map { "\($0.nyckel)=\($0.varde)" }
        switch try await platser.kor({ () throws(Korfel) in try Kedja.kor(fil, satt: satt, befolkningsdata: bas.befolkningsdata) }) {
        case .success(let r): return Whatif(scenario: scenario, fraga: basen.fraga, falt: falt, ifyllda: ifyllda, bas: bas, resultat: r)
        case .failure(let fel): throw .felaktigtVarde(sida: basen.sida(fel: fel))
        }
    }

    /// The page: the form, the comparison with the base when something changed, then the run's report.
    /// With `fel`, the form with the message above it and beside the field it belongs to, over the base's report.
    func sida(fel: Korfel? = nil) -> String {
        // The field a refused `--satt` value belongs to, and the problem to show beside it.
        let plats = fel?.scenarioFel.flatMap { f -> (nyckel: String, problem: String)? in
            guard f.iSatt, let nyckel = Whatiffalt.falt(for: f.nyckel, bland: ifyllda.map(\.nyckel)) else { return nil }
            return (nyckel, f.problem)
        }
        let formular = Whatifformular(
            atgard: "/kor", scenarier: Standardfiler.kedjescenarier, valt: scenario,
            tabeller: falt.formular(varden: Dictionary(ifyllda.map { ($0.nyckel, $0.varde) }) { $1 }, fel: plats),
            fel: fel.map { [$0.description] } ?? [],
            nedladdningar: fel == nil ? nedladdningar : [])
        guard fel == nil else { return Kedjehtml.sida(bas, fil: scenario, fore: [formular.html]) }
        let jamforelse = ifyllda.isEmpty ? [] : [Kedjejamforelse.html(bas: bas, whatif: resultat)]
        return Kedjehtml.sida(resultat, fil: scenario, fore: [formular.html] + jamforelse)
    }

    /// The run's files, as `prognos kor --out` writes them, and its HTML report as `--rapport` writes it.
    var filer: [(namn: String, innehall: String)] {
        let rapport = Kedjerapport.rapport(resultat, fil: scenario)
        return rapport.filer + (rapport.html.map { [("rapport.html", $0)] } ?? [])
    }

    /// The download links: each of `filer`, for the same request.
    private var nedladdningar: [(namn: String, adress: String)] {
        filer.map { ($0.namn, "/ladda/\($0.namn)" + (fraga.isEmpty ? "" : "?" + fraga)) }
    }
}
