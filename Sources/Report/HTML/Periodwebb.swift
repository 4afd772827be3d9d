import Foundation
import Uppfoljning
import Vokabular

/// The ledger's period report as a page of `prognos serve` to browse by level: a form to choose the month and
/// the version, the way down from the total to the line shown, that line and its parts — each part a link
/// one level down — and, on the total, the charts of the whole ledger; with links to download the report's
/// files for the same choice. A plain GET form, no script.
public struct Periodwebb: Sendable {
    /// The report.
    public let rapport: Periodrapport
    /// The ledger's path, as the server was given it.
    public let liggare: String
    /// The months a report can be made for, oldest first.
    public let perioder: [Period]
    /// The version chosen in the form, or nil for the latest.
    public let version: Int64?
    /// The line shown, an index into `rapport.rader`.
    public let rad: Int

    /// The address of the page (or a download under it) for the report's month and chosen version.
    public static let adress = "/uppfoljning"

    /// Creates the page.
    public init(rapport: Periodrapport, liggare: String, perioder: [Period], version: Int64?, rad: Int) {
        self.rapport = rapport
        self.liggare = liggare
        self.perioder = perioder
        self.version = version
        self.rad = rad
    }

    public var html: String {
        let r = rapport, vald = r.rader[rad]
        var delar = [formular, "<p>Liggaren <code>\(HTMLText.skyddad(liggare))</code>, \(Periodtabell.slag(r.period)).</p>"]
        delar += Periodhtml.forklaring(r)
        let vag = r.overordnade(av: rad).map { "<a href=\"\(HTMLText.skyddad(lank(till: $0)))\">\(HTMLText.skyddad(r.rader[$0].namn))</a>" }
        delar.append("<nav class=\"vag\" aria-label=\"Nivåer\">" + (vag + ["<strong>\(HTMLText.skyddad(vald.namn))</strong>"]).joined(separator: " › ")
                     + "</nav>")
        let delarna = r.delar(av: rad)
        delar.append(Periodhtml.tabell("\(vald.namn) (\(vald.niva.text)) och dess delar, mnkr", r, [vald] + delarna.map { r.rader[$0] },
                                       lankar: [nil] + delarna.map { r.delar(av: $0).isEmpty ? nil : lank(till: $0) }))
        if rad == 0 { delar += Periodhtml.diagram(r) }
        delar.append("<h2>Ladda ner</h2>\n<ul>" + ["rapport.csv", "versioner.csv", "rapport.html"].map { namn in
            "<li><a href=\"\(HTMLText.skyddad(Self.adress + "/ladda/" + namn + "?" + fraga([])))\">\(namn)</a></li>"
        }.joined() + "</ul>")
        return HTMLSida(titel: "Uppföljning \(r.period)", delar: delar).html
    }

    /// The form: the month and the version, sent to the same page.
    private var formular: String {
        func s(_ text: String) -> String { HTMLText.skyddad(text) }
        let manader = perioder.reversed().map { p in
            "<option value=\"\(p)\"\(p == rapport.period ? " selected" : "")>\(p) (\(Periodtabell.slag(p)))</option>"
        }.joined()
        let versioner = ["<option value=\"\"\(version == nil ? " selected" : "")>den senaste</option>"] + rapport.versioner.compactMap { v in
            v.id.map { id in "<option value=\"\(id)\"\(id == version ? " selected" : "")>\(s(Periodtabell.namn(v)))</option>" }
        }
        return "<form method=\"get\" action=\"\(Self.adress)\" class=\"whatif\">\n"
            + "<p><label>Månad <select name=\"period\">\(manader)</select></label> "
            + "<label>Prognos <select name=\"version\">\(versioner.joined())</select></label> "
            + "<button type=\"submit\">Visa</button></p>\n</form>"
    }

    /// The page of line `index` for the same month and version.
    private func lank(till index: Int) -> String {
        let rad = rapport.rader[index]
        let plats: [(String, String)] = switch rad.niva {
        case .totalt: []
        case .namnd, .forvaltning: [("niva", rad.niva.rawValue), ("namn", rad.namn)]
        case .enhet: [("niva", "enhet"), ("namn", rad.enhet ?? "")]
        case .konto: [("niva", "konto"), ("namn", rad.konto ?? ""), ("enhet", rad.enhet ?? "")]
        }
        return Self.adress + "?" + fraga(plats)
    }

    /// The query for the report's month and chosen version, then `plats`.
    private func fraga(_ plats: [(String, String)]) -> String {
        ([("period", rapport.period.description)] + (version.map { [("version", String($0))] } ?? []) + plats)
            .map { "\($0)=\(Self.kodad($1))" }.joined(separator: "&")
    }

    /// `text` percent-encoded for a query value.
    private static func kodad(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~"))
            ?? text
    }
}
