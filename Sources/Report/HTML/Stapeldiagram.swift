import Foundation
import Personal
import Vokabular

/// Grouped bars as SVG: one group per category (e.g. a personnel group), one bar per series (e.g. need and
/// own staff), with a title, labelled axes, a legend, a text alternative and the data as a table. Series are
/// `g.serie` elements and bars `rect.punkt`.
struct Stapeldiagram {
    struct Serie {
        let namn: String
        let varden: [Double]
    }

    let titel: String
    let enhet: String
    let kategorier: [String]
    let serier: [Serie]
    let decimaler: Int

    private static let bredd = 720.0, hojd = 300.0
    private static let vanster = 78.0, hoger = 20.0, topp = 16.0, botten = 44.0

    /// Staffing need against own staff, hired staff and unmet need per personnel group in year index `t` of `p`.
    static func perYrkesgrupp(_ p: Personalprognos, ar t: Int) -> Stapeldiagram {
        let ar = p.grupper.map { p.grupp($0, t) }
        return Stapeldiagram(titel: "Personalbehov och egen personal per yrkesgrupp \(p.ar[t])", enhet: "åa", kategorier: p.grupper,
                             serier: [.init(namn: "Behov", varden: ar.map(\.behov)), .init(namn: "Egen personal", varden: ar.map(\.egna)),
                                      .init(namn: "Inhyrd personal", varden: ar.map(\.inhyrda)),
                                      .init(namn: "Ej täckt", varden: ar.map(\.ejTackt))],
                             decimaler: 0)
    }

    var html: String {
        "<figure class=\"diagram\">\n<figcaption>\(HTMLText.skyddad(titel)) (\(HTMLText.skyddad(enhet)))</figcaption>\n"
            + svg + "\n" + tabell + "\n</figure>"
    }

    var beskrivning: String {
        "\(titel), \(enhet): " + kategorier.indices.map { i in
            "\(kategorier[i]) " + serier.map { "\($0.namn) \(Belopp.text($0.varden[i], decimaler: decimaler))" }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
    }

    var svg: String {
        let skala = Skala(serier.flatMap(\.varden) + [0])
        let x0 = Self.vanster, x1 = Self.bredd - Self.hoger, y0 = Self.hojd - Self.botten, y1 = Self.topp
        let y = { (v: Double) in skala.pixel(v, fran: y0, till: y1) }
        let k = HTMLText.koordinat
        let gruppbredd = (x1 - x0) / Double(Swift.max(kategorier.count, 1))
        let stapelbredd = gruppbredd * 0.8 / Double(Swift.max(serier.count, 1))
        var delar = Diagramram.oppning(bredd: Self.bredd, hojd: Self.hojd, titel: titel, beskrivning: beskrivning)
            + Diagramram.rutnat(skala, x0: x0, x1: x1, y: y)
        for (i, namn) in kategorier.enumerated() {
            delar.append("<text class=\"xetikett\" x=\"\(k(x0 + gruppbredd * (Double(i) + 0.5)))\" y=\"\(k(y0 + 18))\">\(HTMLText.skyddad(namn))</text>")
        }
        delar.append("<text class=\"axeltitel\" transform=\"rotate(-90)\" x=\"\(k(-(y0 + y1) / 2))\" y=\"14\">\(HTMLText.skyddad(enhet))</text>")
        for (j, s) in serier.enumerated() {
            let farg = Linjediagram.farg(j)
            delar.append("<g class=\"serie\" data-namn=\"\(HTMLText.skyddad(s.namn))\">")
            for (i, v) in s.varden.enumerated() {
                let x = x0 + gruppbredd * (Double(i) + 0.1) + stapelbredd * Double(j)
                let topp = Swift.min(y(v), y(0)), h = abs(y(v) - y(0))
                delar.append("<rect class=\"punkt\" x=\"\(k(x))\" y=\"\(k(topp))\" width=\"\(k(stapelbredd))\" height=\"\(k(h))\" fill=\"\(farg)\">"
                             + "<title>\(HTMLText.skyddad(kategorier[i])), \(HTMLText.skyddad(s.namn)): "
                             + "\(Belopp.text(v, decimaler: decimaler)) \(HTMLText.skyddad(enhet))</title></rect>")
            }
            delar.append("</g>")
        }
        delar.append("</svg>")
        let forklaring = serier.enumerated().map { j, s in
            "<span><i style=\"background:\(Linjediagram.farg(j))\"></i>\(HTMLText.skyddad(s.namn))</span>"
        }
        return delar.joined(separator: "\n") + "\n<p class=\"forklaring\">\(forklaring.joined(separator: " "))</p>"
    }

    var tabell: String {
        Datatabell(rubrik: "Data: \(titel) (\(enhet))", kolumner: [""] + serier.map(\.namn),
                   rader: kategorier.indices.map { i in [kategorier[i]] + serier.map { Belopp.text($0.varden[i], decimaler: decimaler) } }).html
    }
}
