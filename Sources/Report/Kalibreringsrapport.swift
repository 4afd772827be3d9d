import Application
import Foundation
import Input
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

    /// A scenario file that builds on the calibrated one (`bas`) and sets what it was calibrated with (its
    /// `--satt` values) and the calibrated values: turnover and vacancies with two decimals, capacity with one.
    public func yaml(bas: String) -> String {
        let a = k.antaganden
        var trad = Yamltrad()
        for (nycklar, text) in resultat.satt.compactMap(Satt.delar) {
            guard let forsta = nycklar.first, forsta != "namn", forsta != "bas" else { continue }
            trad.satt(nycklar, text)
        }
        for p in k.parametrar {
            switch p.parameter {
            case .omsattningsniva:
                for g in a.grupper.keys.sorted() {
                    trad.satt(["grupper", g, "personalomsattning"], Self.yamltal(a.grupper[g]!.personalomsattning * 100, 2))
                }
            case .rekryteringskapacitet(let g):
                trad.satt(["grupper", g, "rekryteringskapacitet"], Self.yamltal(p.efter, 1))
            case .vakanser(let g):
                trad.satt(["grupper", g, "vakanser"], Self.yamltal(p.efter, 2))
            }
        }
        let rader = ["# Kalibrerad till dokumentens siffror i \(resultat.malfil.lastPathComponent) med prognos personal kalibrera "
                        + resultat.scenariofil.lastPathComponent + (resultat.satt.isEmpty ? "" : " och --satt") + ".",
                     "bas: \(bas)",
                     "namn: \(Self.citerad("\(resultat.namn), kalibrerad"))"]
        return (rader + trad.rader(indrag: "")).joined(separator: "\n") + "\n"
    }

    /// Text as a YAML double-quoted scalar.
    static func citerad(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Keys and values for a scenario file, in the order first set: a mapping whose values are all scalars is
    /// written on one line (`läkare: {personalomsattning: 7.38, rekryteringskapacitet: 51.8}`), others as blocks.
    struct Yamltrad {
        var varde: String?
        var barn: [(nyckel: String, trad: Yamltrad)] = []

        /// Sets the value at the key path, replacing what was there.
        mutating func satt(_ nycklar: [String], _ text: String) {
            guard let forsta = nycklar.first else {
                varde = text
                barn = []
                return
            }
            varde = nil
            if let i = barn.firstIndex(where: { $0.nyckel == forsta }) {
                barn[i].trad.satt(Array(nycklar.dropFirst()), text)
            } else {
                var nytt = Yamltrad()
                nytt.satt(Array(nycklar.dropFirst()), text)
                barn.append((forsta, nytt))
            }
        }

        /// The lines of the mapping's entries at `indrag`.
        func rader(indrag: String) -> [String] {
            barn.flatMap { nyckel, trad -> [String] in
                if let varde = trad.varde { return ["\(indrag)\(nyckel): \(varde)"] }
                if trad.barn.allSatisfy({ $0.trad.varde != nil }) {
                    return ["\(indrag)\(nyckel): {" + trad.barn.map { "\($0.nyckel): \($0.trad.varde!)" }.joined(separator: ", ") + "}"]
                }
                return ["\(indrag)\(nyckel):"] + trad.rader(indrag: indrag + "  ")
            }
        }
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
