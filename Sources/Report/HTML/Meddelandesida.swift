/// A page with one message and a way back, e.g. a refused request to `prognos serve`.
public enum Meddelandesida {
    /// The page titled `titel` saying `text`, with a link to `tillbaka`.
    public static func html(titel: String, text: String, tillbaka: String) -> String {
        HTMLSida(titel: titel, delar: ["<p>\(HTMLText.skyddad(text))</p>",
                                       "<p><a href=\"\(HTMLText.skyddad(tillbaka))\">Tillbaka</a></p>"]).html
    }
}
