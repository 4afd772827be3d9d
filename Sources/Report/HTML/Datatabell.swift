/// A table of the data under a chart: the figures the chart draws, readable without it and when printed.
struct Datatabell {
    let rubrik: String
    let kolumner: [String]
    let rader: [[String]]

    var html: String {
        let huvud = kolumner.map { "<th scope=\"col\">\(HTMLText.skyddad($0))</th>" }.joined()
        let kropp = rader.map { rad in
            "<tr>" + rad.enumerated().map { i, cell in
                i == 0 ? "<th scope=\"row\">\(HTMLText.skyddad(cell))</th>" : "<td>\(HTMLText.skyddad(cell))</td>"
            }.joined() + "</tr>"
        }.joined(separator: "\n")
        return "<div class=\"tabell\"><table class=\"data\">\n<caption>\(HTMLText.skyddad(rubrik))</caption>\n<thead><tr>\(huvud)</tr></thead>\n"
            + "<tbody>\n\(kropp)\n</tbody>\n</table></div>"
    }
}
