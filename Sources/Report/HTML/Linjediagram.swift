import Foundation
import Vokabular

/// A line chart over years as SVG: one line per series with a marker per point, and bands (e.g. the 80 %
/// and 95 % intervals of a fan chart) drawn under them; titled, with labelled axes, a legend, a text
/// alternative, and the data as a table under it. Series are `g.serie` elements and points `circle.punkt`,
/// so a test can count them against the result.
struct Linjediagram {
    /// One line.
    struct Serie {
        let namn: String
        let varden: [Double]
    }

    /// A filled band between two lines, in the colour of the series it belongs to (index in `serier`).
    struct Band {
        let namn: String
        let nedre: [Double], ovre: [Double]
        var serie = 0

        /// The 95 % and 80 % intervals of quantiles `q` per year, for series `serie`, named after
        /// `namn` ("Blekinge: 95 %-intervall", a scenario's) or plainly when `namn` is nil.
        static func intervall(_ q: [Kvantiler], serie: Int = 0, namn: String? = nil) -> [Band] {
            let fore = namn.map { "\($0): " } ?? ""
            return [Band(namn: fore + "95 %-intervall", nedre: q.map(\.p2_5), ovre: q.map(\.p97_5), serie: serie),
                    Band(namn: fore + "80 %-intervall", nedre: q.map(\.p10), ovre: q.map(\.p90), serie: serie)]
        }
    }

    let titel: String
    /// The unit of the values, e.g. "mnkr".
    let enhet: String
    let ar: [Int]
    let serier: [Serie]
    let band: [Band]
    let decimaler: Int
    /// The horizontal axis' title and the heading of the table's first column: years unless told otherwise.
    var xTitel = "År"

    private static let bredd = 720.0, hojd = 300.0
    private static let vanster = 78.0, hoger = 20.0, topp = 16.0, botten = 44.0
    /// Line colours (colour-blind safe, Okabe–Ito); a band takes its series' colour.
    static let farger = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]

    /// The colour of series `j`.
    static func farg(_ j: Int) -> String { farger[j % farger.count] }

    /// Whether band `j` is its series' first, the widest, drawn lightest; the narrower ones over it darker.
    private func forstaBand(_ j: Int) -> Bool { !band[..<j].contains { $0.serie == band[j].serie } }

    /// The chart with its title, legend, SVG and data table.
    var html: String {
        "<figure class=\"diagram\">\n<figcaption>\(HTMLText.skyddad(titel)) (\(HTMLText.skyddad(enhet)))</figcaption>\n"
            + svg + "\n" + tabell + "\n</figure>"
    }

    /// What a point on the x axis is, in the description: "månad" on a chart by month, else "år".
    private var punktord: String { xTitel.lowercased().hasSuffix("månad") ? "månad" : "år" }

    /// What the chart shows, in words, for screen readers and when the picture is not seen.
    var beskrivning: String {
        guard let forsta = ar.first, let sista = ar.last else { return titel }
        let delar = serier.map { s in
            let finita = s.varden.indices.filter { s.varden[$0].isFinite }
            guard let a = finita.first, let b = finita.last else { return "\(s.namn): inga värden" }
            return "\(s.namn): \(Belopp.text(s.varden[a], decimaler: decimaler)) \(punktord) \(ar[a]), "
                + "\(Belopp.text(s.varden[b], decimaler: decimaler)) \(punktord) \(ar[b])"
        }
        let intervall = band.map { b in
            guard let i = b.nedre.indices.last(where: { b.nedre[$0].isFinite && b.ovre[$0].isFinite }) else { return b.namn }
            return "\(b.namn) \(Belopp.text(b.nedre[i], decimaler: decimaler)) till \(Belopp.text(b.ovre[i], decimaler: decimaler)) \(punktord) \(ar[i])"
        }
        let skuggat = band.isEmpty ? "" : "; skuggat: " + intervall.joined(separator: "; ")
        return "\(titel), \(enhet), \(forsta)–\(sista). " + delar.joined(separator: "; ") + skuggat + "."
    }

    var svg: String {
        let skala = Skala(serier.flatMap(\.varden) + band.flatMap { $0.nedre + $0.ovre })
        let x0 = Self.vanster, x1 = Self.bredd - Self.hoger, y0 = Self.hojd - Self.botten, y1 = Self.topp
        let x = { (i: Int) in ar.count < 2 ? (x0 + x1) / 2 : x0 + Double(i) / Double(ar.count - 1) * (x1 - x0) }
        let y = { (v: Double) in skala.pixel(v, fran: y0, till: y1) }
        let k = HTMLText.koordinat
        var delar = Diagramram.oppning(bredd: Self.bredd, hojd: Self.hojd, titel: titel, beskrivning: beskrivning)
            + Diagramram.rutnat(skala, x0: x0, x1: x1, y: y)
        let steg = Swift.max(1, ar.count / 10)
        for (i, year) in ar.enumerated() where i % steg == 0 || i == ar.count - 1 {
            delar.append("<text class=\"xetikett\" x=\"\(k(x(i)))\" y=\"\(k(y0 + 18))\">\(year)</text>")
        }
        delar.append("<text class=\"axeltitel\" x=\"\(k((x0 + x1) / 2))\" y=\"\(k(Self.hojd - 6))\">\(HTMLText.skyddad(xTitel))</text>")
        delar.append("<text class=\"axeltitel\" transform=\"rotate(-90)\" x=\"\(k(-(y0 + y1) / 2))\" y=\"14\">\(HTMLText.skyddad(enhet))</text>")
        for (j, b) in band.enumerated() {
            let finita = b.ovre.indices.filter { b.nedre[$0].isFinite && b.ovre[$0].isFinite }
            let upp = finita.map { "\(k(x($0))),\(k(y(b.ovre[$0])))" }
            let ner = finita.reversed().map { "\(k(x($0))),\(k(y(b.nedre[$0])))" }
            delar.append("<polygon class=\"band\" data-namn=\"\(HTMLText.skyddad(b.namn))\" fill=\"\(Self.farg(b.serie))\" "
                         + "fill-opacity=\"\(forstaBand(j) ? "0.15" : "0.25")\" points=\"\((upp + ner).joined(separator: " "))\"/>")
        }
        for (j, s) in serier.enumerated() {
            let farg = Self.farg(j)
            let punkter = s.varden.indices.filter { s.varden[$0].isFinite }
            delar.append("<g class=\"serie\" data-namn=\"\(HTMLText.skyddad(s.namn))\">")
            delar.append("<polyline fill=\"none\" stroke=\"\(farg)\" stroke-width=\"2\" points=\""
                         + punkter.map { "\(k(x($0))),\(k(y(s.varden[$0])))" }.joined(separator: " ") + "\"/>")
            for i in punkter {
                delar.append("<circle class=\"punkt\" cx=\"\(k(x(i)))\" cy=\"\(k(y(s.varden[i])))\" r=\"3\" fill=\"\(farg)\">"
                             + "<title>\(ar[i]): \(Belopp.text(s.varden[i], decimaler: decimaler)) \(HTMLText.skyddad(enhet))</title></circle>")
            }
            delar.append("</g>")
        }
        delar.append("</svg>")
        let forklaring = serier.enumerated().map { j, s in
            "<span><i style=\"background:\(Self.farg(j))\"></i>\(HTMLText.skyddad(s.namn))</span>"
        } + band.enumerated().map { j, b in
            "<span><i class=\"bandruta\" style=\"background:\(Self.farg(b.serie));opacity:\(forstaBand(j) ? "0.3" : "0.5")\"></i>\(HTMLText.skyddad(b.namn))</span>"
        }
        return delar.joined(separator: "\n") + "\n<p class=\"forklaring\">\(forklaring.joined(separator: " "))</p>"
    }

    /// The data as a table: one row per year, one column per series and band edge.
    var tabell: String {
        let rubriker = serier.map(\.namn) + band.flatMap { ["\($0.namn), nedre", "\($0.namn), övre"] }
        let text = { (v: Double) in v.isFinite ? Belopp.text(v, decimaler: decimaler) : "" }
        let rader = ar.indices.map { i in
            [String(ar[i])] + serier.map { text($0.varden[i]) } + band.flatMap { [text($0.nedre[i]), text($0.ovre[i])] }
        }
        return Datatabell(rubrik: "Data: \(titel) (\(enhet))", kolumner: [xTitel] + rubriker, rader: rader).html
    }
}
