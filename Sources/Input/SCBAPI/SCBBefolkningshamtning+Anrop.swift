import Foundation

/// Requests within the rate limit, and what SCB's HTTP statuses mean.
extension SCBBefolkningshamtning {
    /// Sends `forfragan` within the rate limit and returns the body of a successful answer; a request refused
    /// for the rate is made again after a whole window.
    mutating func anropa(_ forfragan: HTTPForfragan, _ tabell: Befolkningstabell, _ vad: String) throws(ScenarioFel) -> Data {
        var forsok = 0
        while true {
            takt.fore()
            let svar: HTTPSvar
            do {
                svar = try hamtare.hamta(forfragan)
            } catch {
                throw fel(tabell, vad, "\(error.beskrivning); kontrollera nätverket och försök igen")
            }
            if svar.status == 429, forsok < Self.forsokVidForMangaAnrop {
                forsok += 1
                takt.vantaFonster()
                continue
            }
            guard svar.status == 200 else { throw fel(tabell, vad, "SCB svarade HTTP \(svar.status)\(Self.orsak(svar.status))") }
            return svar.data
        }
    }

    /// What an HTTP status from SCB's API means, for the message.
    private static func orsak(_ status: Int) -> String {
        switch status {
        case 400: return " (frågan godtogs inte)"
        case 403: return " (frågan bad om fler värden än API:et ger)"
        case 404: return " (tabellen finns inte på adressen; SCB kan ha flyttat den)"
        case 429: return " (för många anrop; vänta en stund och försök igen)"
        case 500...599: return " (fel hos SCB; försök igen senare)"
        default: return ""
        }
    }

    /// Years as text: "2015" or "2008–2015".
    static func text(_ ar: ClosedRange<Int>) -> String {
        ar.count == 1 ? "\(ar.lowerBound)" : "\(ar.lowerBound)–\(ar.upperBound)"
    }
}
