/// A self-contained HTML page: its style inline, no scripts, fonts or anything fetched over the network,
/// laid out to print on A4. Every report page is one.
struct HTMLSida {
    let titel: String
    /// The page's body, section by section.
    let delar: [String]
    /// The scenario as it was resolved from its files and `--satt` values, shown after the results as the
    /// page's last section; nil for a page without a scenario.
    var antaganden: String? = nil

    var html: String {
        let avsnitt = delar + (antaganden.map { [Self.antagandedel($0)] } ?? [])
        return """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.skyddad(titel))</title>
        <style>
        \(Self.stil)
        </style>
        </head>
        <body>
        <main>
        <h1>\(HTMLText.skyddad(titel))</h1>
        \(avsnitt.joined(separator: "\n"))
        </main>
        </body>
        </html>

        """
    }

    /// The scenario as it was resolved from its files and `--satt` values, as a section of a page.
    private static func antagandedel(_ upplost: String) -> String {
        "<h2>Antaganden</h2>\n<p>Scenariot som det lästes, med filen och raden varje värde kommer från.</p>\n"
            + "<pre class=\"antaganden\">\(HTMLText.skyddad(upplost, rader: true))</pre>"
    }

    /// The style: readable on screen, one A4 column when printed, charts kept whole on a page.
    static let stil = """
        @page { size: A4; margin: 15mm; }
        body { font-family: system-ui, "Segoe UI", "DejaVu Sans", sans-serif; color: #1b1b1b; margin: 0; background: #fff; }
        main { max-width: 780px; margin: 0 auto; padding: 16px; }
        h1 { font-size: 1.6em; margin: 0.2em 0 0.4em; }
        h2 { font-size: 1.25em; margin: 1.4em 0 0.4em; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 0.4em 0; }
        th, td { padding: 2px 6px; border-bottom: 1px solid #e4e4e4; text-align: right; white-space: nowrap; }
        th:first-child, td:first-child { text-align: left; }
        figure.diagram { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-weight: 600; margin-bottom: 4px; }
        svg { width: 100%; height: auto; }
        svg .rutnat { stroke: #ddd; stroke-width: 1; }
        svg text { font-size: 12px; fill: #333; }
        svg .yetikett { text-anchor: end; }
        svg .xetikett, svg .axeltitel { text-anchor: middle; }
        .forklaring span { margin-right: 14px; font-size: 0.9em; white-space: nowrap; }
        .forklaring i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
        .forklaring i.kontur { border: 1.2px solid #222; width: 10px; height: 10px; }
        div.tabell { overflow-x: auto; }
        thead th { white-space: normal; vertical-align: bottom; }
        table.data { font-size: 0.8em; }
        table.data caption { text-align: left; color: #555; font-size: 0.95em; padding: 2px 0; }
        pre.antaganden { font-size: 0.8em; background: #f6f6f6; padding: 8px; white-space: pre-wrap; }
        .obs { background: #fff4d6; padding: 6px 10px; border-left: 4px solid #e6a800; }
        table.falt caption { text-align: left; font-weight: 600; padding-top: 8px; }
        table.falt th { white-space: normal; }
        table.falt td { vertical-align: top; }
        table.falt input[aria-invalid] { border: 2px solid #b00020; }
        .fel { display: block; color: #b00020; white-space: normal; max-width: 22em; text-align: left; font-size: 0.85em; }
        .felruta { background: #fde7ea; padding: 6px 10px; border-left: 4px solid #b00020; }
        .jamforelse { display: flex; flex-wrap: wrap; gap: 0 24px; }
        @media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } }
        """
}
