/// The what-if form of `prognos serve`, as HTML: the bundled chain scenario to run, tables of fields — each
/// named by the `--satt` key it sets, empty meaning unchanged — with the error beside a field the chain's
/// readers refused, and links to download the run's files. A plain GET form, no script; which fields exist
/// and what they mean is the server's to say.
public struct Whatifformular: Sendable {
    /// One field: the `--satt` key it sets, what the user typed, and why it was refused.
    public struct Falt: Sendable {
        public let nyckel: String
        public let varde: String
        public let fel: String?

        /// Creates a field.
        public init(nyckel: String, varde: String, fel: String?) {
            self.nyckel = nyckel
            self.varde = varde
            self.fel = fel
        }
    }

    /// A table of fields: a row per year or group, a column per assumption; nil where a row has no such field.
    public struct Tabell: Sendable {
        public let rubrik: String
        public let kolumner: [String]
        public let rader: [(etikett: String, falt: [Falt?])]

        /// Creates a table.
        public init(rubrik: String, kolumner: [String], rader: [(etikett: String, falt: [Falt?])]) {
            self.rubrik = rubrik
            self.kolumner = kolumner
            self.rader = rader
        }
    }

    /// Where the form is sent (GET).
    public let atgard: String
    /// The scenarios to choose from and the one chosen.
    public let scenarier: [String], valt: String
    public let tabeller: [Tabell]
    /// The messages shown above the form.
    public let fel: [String]
    /// The files of this run to download, each with its name and address.
    public let nedladdningar: [(namn: String, adress: String)]

    /// Creates the form.
    public init(atgard: String, scenarier: [String], valt: String, tabeller: [Tabell], fel: [String],
                nedladdningar: [(namn: String, adress: String)]) {
        self.atgard = atgard
        self.scenarier = scenarier
        self.valt = valt
        self.tabeller = tabeller
        self.fel = fel
        self.nedladdningar = nedladdningar
    }

    public var html: String {
        func s(_ text: String) -> String { HTMLText.skyddad(text) }
        var delar = ["<h2>What-if</h2>",
                     "<p>Ändra antaganden och kör kedjan igen. Ett tomt fält behåller scenariots värde; värdena kontrolleras "
                     + "som <code>prognos kor --satt nyckel=värde</code> kontrollerar dem.</p>"]
        if !fel.isEmpty {
            delar.append("<div class=\"felruta\" role=\"alert\">\n" + fel.map { "<p>\(s($0))</p>" }.joined(separator: "\n") + "\n</div>")
        }
        delar.append("<form class=\"whatif\" method=\"get\" action=\"\(s(atgard))\">")
        let val = scenarier.map { "<option value=\"\(s($0))\"\($0 == valt ? " selected" : "")>\(s($0))</option>" }.joined()
        delar.append("<p><label for=\"scenario\">Scenario</label> <select id=\"scenario\" name=\"scenario\">\(val)</select></p>")
        for t in tabeller {
            let huvud = ([""] + t.kolumner).map { "<th scope=\"col\">\(s($0))</th>" }.joined()
            let kropp = t.rader.map { rad -> String in
                let celler = zip(t.kolumner, rad.falt).map { kolumn, falt -> String in
                    "<td>" + (falt.map { Self.falt($0, etikett: "\(kolumn), \(rad.etikett)") } ?? "") + "</td>"
                }
                return "<tr><th scope=\"row\">\(s(rad.etikett))</th>" + celler.joined() + "</tr>"
            }.joined(separator: "\n")
            delar.append("<div class=\"tabell\"><table class=\"falt\">\n<caption>\(s(t.rubrik))</caption>\n"
                         + "<thead><tr>\(huvud)</tr></thead>\n<tbody>\n\(kropp)\n</tbody>\n</table></div>")
        }
        delar.append("<p><button type=\"submit\">Kör what-if</button> <a href=\"/\">Börja om</a></p>")
        delar.append("</form>")
        if !nedladdningar.isEmpty {
            delar.append("<p class=\"ladda\">Ladda ner: " + nedladdningar.map { "<a href=\"\(s($0.adress))\">\(s($0.namn))</a>" }
                .joined(separator: " · ") + "</p>")
        }
        return delar.joined(separator: "\n")
    }

    /// An input named by its key, labelled for screen readers, marked and explained when refused.
    private static func falt(_ f: Falt, etikett: String) -> String {
        func s(_ text: String) -> String { HTMLText.skyddad(text) }
        let fel = f.fel == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"fel-\(s(f.nyckel))\""
        return "<input type=\"text\" inputmode=\"decimal\" size=\"7\" name=\"\(s(f.nyckel))\" id=\"\(s(f.nyckel))\" "
            + "aria-label=\"\(s(etikett))\" value=\"\(s(f.varde))\"\(fel)>"
            + (f.fel.map { "<span class=\"fel\" id=\"fel-\(s(f.nyckel))\">\(s($0))</span>" } ?? "")
    }
}
