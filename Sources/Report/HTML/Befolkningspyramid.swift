import Befolkning
import Foundation
import Vokabular

/// The population by five-year age group and sex as SVG, men to the left and women to the right: the base
/// year as filled bars, a later year as outlines over them; titled, with a text alternative and the data as
/// a table. Each year and sex is a `g.serie` with one `rect.punkt` per age group.
struct Befolkningspyramid {
    let titel: String
    /// The age groups' labels, youngest first.
    let grupper: [String]
    /// The two years compared and each one's persons per age group, `[kon][grupp]` (women, men).
    let forstaAr: Int, sistaAr: Int
    let forsta: [[Double]], sista: [[Double]]

    private static let bredd = 720.0, hojd = 420.0, topp = 16.0, botten = 40.0, mitt = 360.0, etikett = 26.0

    /// Five-year groups 0–4 … 95–99 and 100+ of a population by `[kon][ålder 0…100]`.
    static func grupperade(_ folkmangd: [[Double]]) -> [[Double]] {
        folkmangd.map { alder in stride(from: 0, to: alder.count, by: 5).map { alder[$0..<Swift.min($0 + 5, alder.count)].reduce(0, +) } }
    }

    /// The labels of `grupperade`'s groups.
    static func etiketter(antalAldrar: Int) -> [String] {
        stride(from: 0, to: antalAldrar, by: 5).map { $0 + 5 >= antalAldrar ? "\($0)+" : "\($0)–\($0 + 4)" }
    }

    var html: String {
        "<figure class=\"diagram\">\n<figcaption>\(HTMLText.skyddad(titel)) (personer)</figcaption>\n" + svg + "\n" + tabell + "\n</figure>"
    }

    var beskrivning: String {
        let summa = { (p: [[Double]]) in p.joined().reduce(0, +) }
        return "\(titel): män till vänster, kvinnor till höger, \(forstaAr) fyllt och \(sistaAr) som kontur. Totalt "
            + "\(Belopp.text(summa(forsta), decimaler: 0)) personer \(forstaAr) och \(Belopp.text(summa(sista), decimaler: 0)) \(sistaAr)."
    }

    var svg: String {
        let k = HTMLText.koordinat
        let storst = (forsta + sista).joined().max() ?? 1
        let halv = Self.mitt - Self.etikett - 10
        let radhojd = (Self.hojd - Self.topp - Self.botten) / Double(Swift.max(grupper.count, 1))
        let y = { (g: Int) in Self.hojd - Self.botten - Double(g + 1) * radhojd }
        let langd = { (v: Double) in v / storst * halv }
        var delar = Diagramram.oppning(bredd: Self.bredd, hojd: Self.hojd, titel: titel, beskrivning: beskrivning)
        for (g, namn) in grupper.enumerated() where g % 2 == 0 {
            delar.append("<text class=\"xetikett\" x=\"\(k(Self.mitt))\" y=\"\(k(y(g) + radhojd * 0.75))\">\(HTMLText.skyddad(namn))</text>")
        }
        let serier: [(String, [Double], Bool, Bool)] = [
            ("Män \(forstaAr)", forsta[1], true, true), ("Kvinnor \(forstaAr)", forsta[0], false, true),
            ("Män \(sistaAr)", sista[1], true, false), ("Kvinnor \(sistaAr)", sista[0], false, false),
        ]
        for (namn, varden, vanster, fylld) in serier {
            let farg = vanster ? Linjediagram.farger[0] : Linjediagram.farger[1]
            delar.append("<g class=\"serie\" data-namn=\"\(HTMLText.skyddad(namn))\">")
            for (g, v) in varden.enumerated() {
                let l = langd(v)
                let x = vanster ? Self.mitt - Self.etikett - l : Self.mitt + Self.etikett
                let stil = fylld ? "fill=\"\(farg)\" fill-opacity=\"0.45\"" : "fill=\"none\" stroke=\"#222\" stroke-width=\"1.2\""
                delar.append("<rect class=\"punkt\" x=\"\(k(x))\" y=\"\(k(y(g) + 1))\" width=\"\(k(l))\" height=\"\(k(radhojd - 2))\" \(stil)>"
                             + "<title>\(HTMLText.skyddad(namn)), \(HTMLText.skyddad(grupper[g])): \(Belopp.text(v, decimaler: 0))</title></rect>")
            }
            delar.append("</g>")
        }
        delar.append("<text class=\"axeltitel\" x=\"\(k(Self.mitt / 2))\" y=\"\(k(Self.hojd - 10))\">Män</text>")
        delar.append("<text class=\"axeltitel\" x=\"\(k(Self.mitt * 1.5))\" y=\"\(k(Self.hojd - 10))\">Kvinnor</text>")
        delar.append("</svg>")
        let forklaring = "<span><i style=\"background:\(Linjediagram.farger[0]);opacity:0.45\"></i>Män \(forstaAr)</span> "
            + "<span><i style=\"background:\(Linjediagram.farger[1]);opacity:0.45\"></i>Kvinnor \(forstaAr)</span> "
            + "<span><i class=\"kontur\"></i>\(sistaAr)</span>"
        return delar.joined(separator: "\n") + "\n<p class=\"forklaring\">\(forklaring)</p>"
    }

    var tabell: String {
        Datatabell(rubrik: "Data: \(titel) (personer)",
                   kolumner: ["Ålder", "Män \(forstaAr)", "Kvinnor \(forstaAr)", "Män \(sistaAr)", "Kvinnor \(sistaAr)"],
                   rader: grupper.indices.map { g in
                       [grupper[g]] + [forsta[1][g], forsta[0][g], sista[1][g], sista[0][g]].map { Belopp.text($0, decimaler: 0) }
                   }).html
    }
}

extension Befolkningspyramid {
    /// The base year of `prognos` against its year index `t`.
    init(_ prognos: Befolkningsprognos, ar t: Int) {
        let sista = prognos.ar[t]
        self.init(titel: "Befolkningen efter ålder och kön, \(prognos.basar) och \(sista)",
                  grupper: Self.etiketter(antalAldrar: Alder.antal), forstaAr: prognos.basar, sistaAr: sista,
                  forsta: Self.grupperade(prognos.bas), sista: Self.grupperade(prognos.folkmangd[t]))
    }
}
