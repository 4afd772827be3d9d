import Vokabular

/// What every chart's SVG is framed by: the element with its size and its text alternative, the title and
/// description screen readers read, and on a value axis the grid lines with their labels.
enum Diagramram {
    /// The opening `svg` element, its `title` and `desc`.
    static func oppning(bredd: Double, hojd: Double, titel: String, beskrivning: String) -> [String] {
        let k = HTMLText.koordinat
        return ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(k(bredd)) \(k(hojd))\" role=\"img\" "
                + "aria-label=\"\(HTMLText.skyddad(beskrivning))\">",
                "<title>\(HTMLText.skyddad(titel))</title><desc>\(HTMLText.skyddad(beskrivning))</desc>"]
    }

    /// A grid line and a label at each of the axis' ticks, across `x0`–`x1`, at the heights `y` gives.
    static func rutnat(_ skala: Skala, x0: Double, x1: Double, y: (Double) -> Double) -> [String] {
        let k = HTMLText.koordinat
        return skala.steg.map { v in
            "<line class=\"rutnat\" x1=\"\(k(x0))\" x2=\"\(k(x1))\" y1=\"\(k(y(v)))\" y2=\"\(k(y(v)))\"/>"
                + "<text class=\"yetikett\" x=\"\(k(x0 - 6))\" y=\"\(k(y(v) + 4))\">\(Belopp.text(v, decimaler: skala.decimaler))</text>"
        }
    }
}
