/// A table of the data under a chart: the figures the chart draws, readable without it and when printed.
struct Datatabell {
    let rubrik: String
    let kolumner: [String]
    let rader: [[String]]
    /// Per row, where its first cell links to (a page of `prognos serve`), or nil for plain text.
    var lankar: [String?] = []

    var html: String {
        let huvud = kolumner.map { "<th scope=\"col\">\(HTMLText.skyddad($0))</th>" }.joined()
        let kropp = rader.enumerated().map { r, rad in
            "<tr>" + rad.enumerated().map { i, cell in
                guard i == 0 else { return "<td>\(HTMLText.skyddad(cell))</td>" }
                let text = r < lankar.count ? lankar[r].map { "<a href=\"\(HTMLText.skyddad($0))\">\(HTMLText.skyddad(cell))</a>" } : nil
                return "<th scope=\"row\">\(text ?? HTMLText.skyddad(cell))</th>"
            }.joined() + "</tr>"
        }.joined(separator: "\n")
        return "<div class=\"tabell\"><table class=\"data\">\n<caption>\(HTMLText.skyddad(rubrik))</caption>\n<thead><tr>\(huvud)</tr></thead>\n"
            + "<tbody>\n\(kropp)\n</tbody>\n</table></div>"
    }
}
