import Application
import Foundation
import Personal
import Vokabular

/// `prognos personal kalibrera`: every target with its source, the model's value before and after, the
/// difference and whether it is met (or why it cannot be computed); the free parameters before and after; and
/// the scenario that carries the calibrated values, printed and written as `personal-kalibrerad.yaml`, with
/// the targets as `kalibrering.csv`.
public struct Kalibreringsrapport {
    public let resultat: Personalkalibreringsresultat

    public init(_ resultat: Personalkalibreringsresultat) { self.resultat = resultat }

    /// The text and the two files.
    public var rapport: Rapport {
        Rapport(kommando: "personal kalibrera", text: text,
                filer: [("kalibrering.csv", csv), ("personal-kalibrerad.yaml", yaml(bas: resultat.scenariofil.standardizedFileURL.path))])
    }

    private var k: Kalibrering { resultat.kalibrering }

    /// The quantity's name in the tables.
    static func namn(_ s: Kalibreringsmal.Storhet) -> String {
        switch s {
        case .inhyrdKostnad: return "Inhyrd kostnad mnkr"
        case .egenAndel: return "Egen andel %"
        case .omsattning: return "Extern omsättning %"
        }
    }

    private static func tal(_ x: Double?) -> String { x.map { Belopp.text($0, decimaler: 2) } ?? "–" }

    /// Whether a target is met, in words.
    static func uppfyllt(_ r: Kalibrering.Malrad) -> String {
        if let hinder = r.hinder { return "kan inte räknas: \(hinder)" }
        return (r.uppfyllt == true ? "ja" : "nej, utanför toleransen") + (r.mal.iSkattningen ? "" : " (inte med i skattningen)")
    }

    public var text: String {
        let rader = k.mal
        let uppfyllda = rader.filter { $0.uppfyllt == true }.count, utanfor = rader.filter { $0.uppfyllt == false }.count
        var delar = ["Kalibrering: \(resultat.namn)",
                     "Målen ur \(resultat.malfil.path); skillnad = kalibrerat − dokumentet. \(uppfyllda) av \(rader.count) mål "
                        + "uppfyllda inom toleransen, \(utanfor) utanför, \(rader.count - uppfyllda - utanfor) kan inte räknas.", ""]
        delar.append(Kolumntabell(
            rubrik: "Mål ur dokumenten",
            kolumner: ["Storhet", "År", "Grupp", "Område", "Dokumentet", "Tolerans", "Scenariot", "Kalibrerat", "Skillnad", "Uppfyllt", "Källa"],
            rader: rader.map { r in
                [Self.namn(r.mal.storhet), String(r.mal.ar), r.mal.grupper.isEmpty ? "totalt" : r.mal.grupper.joined(separator: "+"),
                 r.mal.omrade ?? "totalt", Self.tal(r.mal.varde), Self.tal(r.mal.tolerans), Self.tal(r.fore), Self.tal(r.efter),
                 Self.tal(r.skillnad), Self.uppfyllt(r), r.mal.kalla]
            }).text)
        delar.append("")
        delar.append(Kolumntabell(
            rubrik: "Fria parametrar (\(k.utvarderingar) modellkörningar)",
            kolumner: ["Parameter", "Nyckel", "Scenariot", "Kalibrerat", "Sökintervall", "Bestämd av målen"],
            rader: k.parametrar.map { p in
                [p.parameter.namn, p.parameter.nyckel, Self.tal(p.fore), Self.tal(p.efter),
                 "\(Belopp.text(p.granser.lowerBound, decimaler: 2))–\(Belopp.text(p.granser.upperBound, decimaler: 2))"
                    + (p.vidGrans ? " (vid gränsen)" : ""),
                 p.bestamd ? "ja" : "nej, scenariots värde behålls"]
            }).text)
        delar.append("")
        delar.append("Det kalibrerade scenariot (spara bredvid \(resultat.scenariofil.lastPathComponent), "
                     + "t.ex. som personal-kalibrerad.yaml, och kör det med prognos personal):")
        delar.append("")
        delar.append(yaml(bas: resultat.scenariofil.lastPathComponent))
        return delar.joined(separator: "\n")
    }

    /// A scenario file that builds on the calibrated one (`bas`) and sets the calibrated values: turnover and
    /// vacancies with two decimals, capacity with one.
    public func yaml(bas: String) -> String {
        let a = k.antaganden
        var perGrupp: [String: [String]] = [:]
        for p in k.parametrar {
            switch p.parameter {
            case .omsattningsniva:
                for (g, v) in a.grupper { perGrupp[g, default: []].append("personalomsattning: \(Self.yamltal(v.personalomsattning * 100, 2))") }
            case .rekryteringskapacitet(let g):
                perGrupp[g, default: []].append("rekryteringskapacitet: \(Self.yamltal(p.efter, 1))")
            case .vakanser(let g):
                perGrupp[g, default: []].append("vakanser: \(Self.yamltal(p.efter, 2))")
            }
        }
        var rader = ["# Kalibrerad till dokumentens siffror i \(resultat.malfil.lastPathComponent) med prognos personal kalibrera "
                        + resultat.scenariofil.lastPathComponent + ".",
                     "bas: \(bas)",
                     "namn: \(resultat.namn), kalibrerad"]
        if !perGrupp.isEmpty {
            rader.append("grupper:")
            for g in perGrupp.keys.sorted() { rader.append("  \(g): {\(perGrupp[g]!.joined(separator: ", "))}") }
        }
        return rader.joined(separator: "\n") + "\n"
    }

    /// A number as YAML writes it: decimal point, `decimaler` decimals.
    static func yamltal(_ x: Double, _ decimaler: Int) -> String { String(format: "%.\(decimaler)f", x) }

    /// `kalibrering.csv`: one row per target.
    public var csv: String {
        CSVText.text(rubrik: ["storhet", "ar", "grupp", "omrade", "varde", "tolerans", "scenariot", "kalibrerat", "skillnad", "uppfyllt", "kalla"],
                     rader: k.mal.map { r in
                         let tal = { (x: Double?) in x.map { CSVText.tal($0, decimaler: 3) } ?? "" }
                         return [r.mal.storhet.rawValue, String(r.mal.ar), r.mal.grupper.isEmpty ? "totalt" : r.mal.grupper.joined(separator: "+"),
                                 r.mal.omrade ?? "totalt", tal(r.mal.varde), tal(r.mal.tolerans), tal(r.fore), tal(r.efter), tal(r.skillnad),
                                 Self.uppfyllt(r), r.mal.kalla]
                     }, scenario: resultat.namn)
    }
}
